/**
 * Extraction over OCR output captured from the generated fixtures (tesseract.js 7, chi_sim+eng best_int, ≤1000 px
 * thumbnails), plus hand-made noisy strings. No OCR runs here.
 */
import { describe, expect, it } from 'vitest';
import { compareTypedNumber, extractDocumentFacts, holderNameOnDocument } from '../../src/ocr/extract.js';
import { findNumberCandidates } from '../../src/ocr/candidates.js';
import { joinHanSpaces, normalizeLine } from '../../src/ocr/text.js';

const CAPTURED = {
  idFront:
    '王小明\n\n下 一 R 疙 坟 全\n499g- 年 3- 月 :7 有 肯\n\n北京 市 东城 区 景山 前 街 4 号\n\n院内 1 号 楼 2 单元 301 室 多\n\n公民 身份 引 ”11L0101199003071233\n\n',
  idFront1000:
    '姓名 王小明\n\n性 别 一 男 民族 一 汉 外\n出 生 ”1990 年 3 月 7 日\n\n住址 “北京 市 东城 区 景山 前 街 4 号\n院内 1 号 楼 2 单元 301 室\n\n4\n\n公民 身份 引 “ 11LO0101199003071233\n',
  idBack: '@ 中 华人 民 共 和 国\n居民 身份 证\n\n签发 机 关 “ 北京 市 公安 局 东城 分 局\n有 效 期 限 “2020.01.01-2040.01.01\n',
  license:
    '营业 执照\n\n统一 社会 信用 代码 91350100M000100Y43\n\n名 称 福州 示例 科技 有 限 公司 注册 资本\n类 型 有 限 责任 公司 (自然 人 投资 或 控 须 立 日 期\n法 定 代表 人 陈建国 住所\n\n经 营 范围 软件 开发 ; 信息 技术 咨询 服务 ; 数据 处 理 服务 。\n\n力 登记 机 关\n\n(副本 )\n副本 编号 : 1-1\n\n过 佰 万 元 整\n2016 年 05 月 20 日\n福建 省 福州 市 鼓楼 区 五 四 路 88 号\n\n',
  license640:
    '(副本 )\n副 林 缚 号 :11\n\n营业 执照\n\n统一 社会 信用 代码 91350100M000100Y43\n\n福州 示例 科技 有 限 公司 注册 资本 。 过 佰 万 元 整\n\n有 限 责任 公司 (自然 人 投资 或 控 觅 立 日 期 “2016 年 05 月 20 日\n\n陈建国 住所 福建 省 福州 市 鼓楼 区 五 四 路 88 号\n软件 开发 ; 信息 技术 咨询 服务 ; 数据 处 理 服务 。\n\n',
  usccCertificate:
    '统一 社会 信用 代码 证 书\n\n统一 社会 信用 代码 : 91110108MAO1C3K5XA\n机 构 名 称 : ”北京 云端 数据 服务 有 限 公司\n\n机 构 类 型 : ”企业 法 人\n\n有 效 期 : 2019 年 08 月 01 日 至 2039 年 07 月 31 日\n颁发 单位 : ”北京 市 海淀 区 市 场 监督 管理 局\n\n',
  orgCode640:
    '中 华人 民 共 和 国 组 织 机 构 代码 证\n\n代码 :\n\n机 构 名 称 :\n机 构 类 型 :\n有 效 期 ;\n颁发 单位 :\n\n12345678-8\n\n上 海 明 德 教育 研究 中 心\n\n事业 单位\n\n自 2018 年 1 月 1 日 至 2028 年 1 月 1 日\n上 海 市 质量 技术 监督 局\n\n',
  passport:
    "中 华人 民 共 和 国 护照\n\nPEOPLE'S REPUBLIC OF CHINA PASSPORT\n\n类 型 /Type 国家 码 /Country Code 护照 号 /Passport No-.\nP CHN E12345678\n姓名 /Name\n\n李 华 LI HUA\n\n性 别 /Sex 出 生日 期 /Date of birth\n\n女 /F 22 NOV 1988\n\n签发 日 期 /Date of issue 有 效 期 至 /Date of expiry\n多 02 JAN 2020 0O1 JAN 2030\n\nP0OCHNLI<<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nE12345678<5CHN8811227F3001016NGKELNPNPAMKA942\n",
};

describe('text normalisation', () => {
  it('removes the spaces OCR puts between Chinese characters, keeps Latin spacing', () => {
    expect(joinHanSpaces('名 称 福州 示例 科技 有 限 公司')).toBe('名称福州示例科技有限公司');
    expect(normalizeLine('统一 社会 信用 代码 ： ９１３５ 0100M000100Y43')).toBe('统一社会信用代码 : 9135 0100M000100Y43');
    expect(normalizeLine('LI  HUA')).toBe('LI HUA');
  });
});

describe('document facts from captured OCR output', () => {
  it('identity card, portrait side: number despite letters read inside it, name', () => {
    for (const text of [CAPTURED.idFront, CAPTURED.idFront1000]) {
      const f = extractDocumentFacts(text);
      expect(f.kind).toBe('resident-id');
      expect(f.side).toBe('portrait');
      expect(f.number?.value).toBe('110101199003071233');
    }
    expect(extractDocumentFacts(CAPTURED.idFront1000).name?.value).toBe('王小明');
  });

  it('identity card, emblem side: no number, side told by 签发机关 / 有效期限', () => {
    const f = extractDocumentFacts(CAPTURED.idBack);
    expect(f).toMatchObject({ kind: 'resident-id', side: 'emblem', number: null });
  });

  it('business license: USCC, name cut before the next field; also when columns are read apart', () => {
    const f = extractDocumentFacts(CAPTURED.license);
    expect(f.kind).toBe('business-license');
    expect(f.number).toMatchObject({ kind: 'uscc', value: '91350100M000100Y43', valid: true, labelled: true });
    expect(f.name?.value).toBe('福州示例科技有限公司');
    const g = extractDocumentFacts(CAPTURED.license640);
    expect(g.kind).toBe('business-license');
    expect(g.number?.value).toBe('91350100M000100Y43');
    expect(holderNameOnDocument('福州示例科技有限公司', g).status).toBe('match');
  });

  it('USCC certificate is not a business license; O read for 0 is repaired', () => {
    const f = extractDocumentFacts(CAPTURED.usccCertificate);
    expect(f.kind).toBe('uscc-certificate');
    expect(f.number).toMatchObject({ value: '91110108MA01C3K5XA', repairs: 1, valid: true });
    expect(f.name?.value).toBe('北京云端数据服务有限公司');
  });

  it('organization code certificate: hyphenated code normalised', () => {
    const f = extractDocumentFacts(CAPTURED.orgCode640);
    expect(f.kind).toBe('org-code-certificate');
    expect(f.number).toMatchObject({ kind: 'org-code', value: '123456788' });
  });

  it('passport: kind from 护照/PASSPORT, mainland number, bilingual name label', () => {
    const f = extractDocumentFacts(CAPTURED.passport);
    expect(f.kind).toBe('passport');
    expect(f.number?.value).toBe('E12345678');
    expect(f.name?.value).toBe('李华 LI HUA');
  });
});

describe('numbers cut out of a longer one', () => {
  it('the first 8 digits of a credit code cut by the picture edge are no Taiwan permit number', () => {
    // A crop through the credit code on a portrait license: its first 8 digits, alone or with the rest spaced off.
    for (const line of ['统一社会信用代码 91350100', '91350100 M000100Y43', '统一社会信用代码 91350100 M0']) {
      expect(findNumberCandidates([line]).filter((c) => c.kind === 'taiwan-permit')).toEqual([]);
    }
    const f = extractDocumentFacts('营业执照\n统一社会信用代码 91350100\n名称 福州示例科技有限公司');
    expect(f.numbers.map((c) => c.kind)).not.toContain('taiwan-permit');
    expect(compareTypedNumber('91350100M000100Y43', f, []).status).not.toBe('mismatch');
    // On its own, or under its own label, an 8-digit number is still read as one.
    expect(findNumberCandidates(['12345678'])[0]).toMatchObject({ kind: 'taiwan-permit', value: '12345678' });
    expect(findNumberCandidates(['证件号码 12345678'])[0]).toMatchObject({ kind: 'taiwan-permit', labelled: true });
  });
});

describe('hand-made noisy strings', () => {
  const uscc = '91350100M000100Y43';
  it('spaces inside a number and look-alikes are tolerated', () => {
    const c = findNumberCandidates(['统一社会信用代码 9135 0100 MOOO 100Y 43']);
    expect(c[0]).toMatchObject({ kind: 'uscc', value: uscc, valid: true, repairs: 3 });
  });

  it('an x or × check character on an identity number', () => {
    // 11010119900307002X is valid (check character X).
    expect(findNumberCandidates(['公民身份号码 11010119900307002x'])[0]?.value).toBe('11010119900307002X');
    expect(findNumberCandidates(['公民身份号码 11010119900307002×'])[0]?.value).toBe('11010119900307002X');
  });

  it('checks an identity number read off the image on the validation date, not the clock', () => {
    // Born 2026-07-01: a real number on the clock's today, a birth date in the future on 2026-06-15.
    const line = ['公民身份号码 110101202607010014'];
    expect(findNumberCandidates(line)[0]).toMatchObject({ value: '110101202607010014', valid: true });
    expect(findNumberCandidates(line, { now: '2026-06-15' })[0]).toMatchObject({ value: '110101202607010014', valid: false });
    expect(extractDocumentFacts(`居民身份证\n${line[0]}`, { now: '2026-06-15' }).number).toBeNull();
  });

  it('a license showing a USCC and a registration number: the USCC comes first', () => {
    const f = extractDocumentFacts(`营业执照\n注册号 110108000000016\n统一社会信用代码 ${uscc}`);
    expect(f.numbers.map((c) => c.kind)).toEqual(['uscc', 'registration-number']);
    const cmp = compareTypedNumber('110108000000016', f);
    expect(cmp).toMatchObject({ status: 'mismatch', typedKind: 'registration-number', expected: { value: uscc } });
  });

  it('typed number compared with the image', () => {
    const f = extractDocumentFacts(`营业执照\n统一社会信用代码 ${uscc}\n名称 福州示例科技有限公司`);
    expect(compareTypedNumber(uscc, f).status).toBe('match');
    expect(compareTypedNumber(' 91350100m000100y43 ', f).status).toBe('match');
    // A copy number or an invisible character is a typing finding of its own, not a difference from the image.
    expect(compareTypedNumber('91350100M000100Y43(1-1)', f).status).toBe('match');
    expect(compareTypedNumber('９１３５０１００Ｍ０００１００Ｙ４３\u200b', f).status).toBe('match');
    expect(compareTypedNumber('91350100M000100Y34', f)).toMatchObject({ status: 'mismatch', expected: { value: uscc } });
    expect(compareTypedNumber(uscc, extractDocumentFacts('营业执照\n名称 福州示例科技有限公司')).status).toBe('unreadable');
  });

  it('an unvalidated reading makes no claim', () => {
    const f = extractDocumentFacts('营业执照\n统一社会信用代码 91350100M000100Y44');
    expect(f.number).toBeNull();
    expect(compareTypedNumber('91350100M000100Y43', f).status).toBe('uncertain');
  });

  it('holder name: width, brackets and spaces folded; a name read for certain is compared exactly', () => {
    const f = extractDocumentFacts('营业执照\n名 称 北京 某某 科技 有限 公司 （ 分公司 ）');
    expect(holderNameOnDocument('北京某某科技有限公司(分公司)', f).status).toBe('match');
    expect(holderNameOnDocument('北京 某某科技有限公司（分公司）', f).status).toBe('match');
    // An abbreviation, the company without its branch, another company, the legal representative: not the name read,
    // but more than a character apart, so only a doubt (a misread field looks the same).
    for (const other of ['某某科技', '北京某某科技有限公司', '上海另一家贸易有限公司', '陈建国']) {
      expect(holderNameOnDocument(other, f)).toMatchObject({ status: 'doubt', read: '北京某某科技有限公司(分公司)' });
    }
    // Half the characters in common: a misread field as likely as another name, nothing is claimed.
    expect(holderNameOnDocument('北京某某科技集团', f).status).toBe('uncertain');
  });

  it('no name field: the name is looked for in the whole text', () => {
    const f = extractDocumentFacts('营业执照\n统一社会信用代码 91350100M000100Y43\n福州示例科技有限公司 注册资本');
    expect(f.names).toEqual([]);
    expect(holderNameOnDocument('福州示例科技有限公司', f).status).toBe('match');
    expect(holderNameOnDocument('上海另一家贸易有限公司', f).status).toBe('not-found');
  });

  it('a one-character change of a name read for certain is a mismatch, in a short name and a long one', () => {
    const g = extractDocumentFacts('姓名 王小明\n公民身份号码 110101199003071233');
    expect(holderNameOnDocument('王小明', g).status).toBe('match');
    expect(holderNameOnDocument('王晓明', g)).toMatchObject({ status: 'mismatch', read: '王小明' });
    // A character left out is read for certain; one typed that the reading lacks may be one OCR dropped.
    expect(holderNameOnDocument('王明', g).status).toBe('mismatch');
    expect(holderNameOnDocument('王小明明', g).status).toBe('uncertain');
    const f = extractDocumentFacts('营业执照\n名称 福州示例科技有限公司');
    expect(holderNameOnDocument('福州示范科技有限公司', f).status).toBe('mismatch');
  });

  it('differences on characters OCR was unsure of make no claim', () => {
    // 王小朋 with 朋 read at 40%: 王小明 may well be what is printed; 王大明 differs where OCR was sure.
    const page = {
      text: '姓名 王小朋',
      confidence: 80,
      lines: [
        {
          text: '姓名 王小朋',
          chars: [...'姓名王小朋'].map((ch, i) => ({ ch, confidence: i === 4 ? 40 : 96 })),
        },
      ],
    };
    const f = extractDocumentFacts(page);
    expect(f.names).toEqual([{ value: '王小朋', confidences: [96, 96, 40] }]);
    expect(holderNameOnDocument('王小明', f).status).toBe('uncertain');
    expect(holderNameOnDocument('王大明', f).status).toBe('mismatch');
    // A field read all unsure contradicts nothing.
    const unsure = extractDocumentFacts({ ...page, lines: [{ text: page.text, chars: page.lines[0]!.chars.map((c) => ({ ...c, confidence: 50 })) }] });
    expect(holderNameOnDocument('李四', unsure).status).toBe('uncertain');
  });

  it('marks OCR reads in the gap after a name are not part of it', () => {
    for (const tail of ['。', ' ”', '，', ' |']) {
      const f = extractDocumentFacts(`营业执照\n名称 杭州星河网络科技有限公司${tail}`);
      expect(f.name?.value).toBe('杭州星河网络科技有限公司');
      expect(holderNameOnDocument('杭州星河网络科技有限公司', f).status).toBe('match');
    }
    // A bracket ends a name.
    expect(extractDocumentFacts('名称 北京某某科技有限公司（分公司）').name?.value).toBe('北京某某科技有限公司(分公司)');
  });

  it('a certain mismatch rests on the readings in print large enough: one in small print does not excuse another', () => {
    const sure = (value: string, glyphHeight: number) => ({ value, confidences: [...value].map(() => 99), glyphHeight });
    const f = { ...extractDocumentFacts('营业执照'), names: [sure('福州示例科技有限公司', 29), sure('福州示例科技有限公司', 12)] };
    expect(holderNameOnDocument('福州华例科技有限公司', f).status).toBe('mismatch');
    // Read only in small print: a doubt.
    expect(holderNameOnDocument('福州华例科技有限公司', { ...f, names: [sure('福州示例科技有限公司', 12)] }).status).toBe('doubt');
  });

  it('a bilingual name field matches either script', () => {
    const f = extractDocumentFacts(CAPTURED.passport);
    expect(holderNameOnDocument('李华', f).status).toBe('match');
    expect(holderNameOnDocument('LI HUA', f).status).toBe('match');
    expect(holderNameOnDocument('李明', f).status).toBe('mismatch');
    // 化 and 华 are look-alikes (neighbours in the radical-ordered ideographs): a doubt, not a mismatch.
    expect(holderNameOnDocument('李化', f).status).toBe('doubt');
  });

  it('the name label with its grey 姓 misread still gives the name; 名称 is not taken for it', () => {
    expect(extractDocumentFacts('要名 “ 张伟\n性别 “ 男民族汉').name).toMatchObject({ value: '张伟', label: '要名' });
    expect(extractDocumentFacts('码名王小明\n丛别 男').name?.value).toBe('王小明');
    expect(extractDocumentFacts('名称 福州示例科技有限公司').name?.label).toBe('名称');
  });

  it('a value that is the next field is no name', () => {
    const f = extractDocumentFacts('姓名\n性别 男 民族 汉\n公民身份号码 110101199003071233');
    expect(f.names).toEqual([]);
  });

  it('document kinds from keywords', () => {
    const kind = (t: string) => extractDocumentFacts(t).kind;
    expect(kind('港澳居民来往内地通行证\nMAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS')).toBe('hk-macau-permit');
    expect(kind('中华人民共和国往来港澳通行证\nEXIT-ENTRY PERMIT')).toBe('hk-macau-exit-permit');
    expect(kind('台湾居民来往大陆通行证')).toBe('taiwan-permit');
    expect(kind('中华人民共和国港澳居民居住证\n公民身份号码 810000199408230021')).toBe('residence-permit');
    expect(kind('组织机构代码证\n代码: 12345678-8')).toBe('org-code-certificate');
    expect(kind('P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<')).toBe('passport');
    expect(kind('随便一些文字 hello')).toBe('unknown');
  });

  it('documents that print an identity number without being an identity card', () => {
    const kind = (t: string) => extractDocumentFacts(t).kind;
    const id = '110101199003071233';
    expect(kind(`中华人民共和国机动车驾驶证\n证号 ${id}\n姓名 王小明 性别 男\n住址 北京市东城区景山前街4号\n初次领证日期 2012-05-01\n准驾车型 C1`)).toBe('driving-licence');
    expect(kind(`中华人民共和国社会保障卡\n姓名 王小明\n社会保障号码 ${id}\n发卡日期 2018年05月`)).toBe('social-security-card');
    expect(kind(`常住人口登记卡\n户主或与户主关系 户主\n姓名 王小明 性别 男 民族 汉\n出生日期 1990年3月7日\n公民身份号码 ${id}`)).toBe('household-register');
    expect(kind('居民户口簿\n户别 家庭户 户号 000123')).toBe('household-register');
    // The identity card itself still reads as one.
    expect(kind(`姓名 王小明\n性别 男 民族 汉\n住址 北京市东城区\n公民身份号码 ${id}`)).toBe('resident-id');
  });
});
