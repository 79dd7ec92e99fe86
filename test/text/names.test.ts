import { describe, expect, it } from 'vitest';
import { checkNameTyping, hasHan, isLatinName, looksLikeOrganizationName, looksLikePersonName } from '../../src/text/names.js';

describe('looksLikeOrganizationName', () => {
  it.each([
    ['北京某某科技有限公司', '有限公司'],
    ['某某集团', '集团'],
    ['上海市某某律师事务所', '律师事务所'],
    ['某某农民专业合作社', '合作社'],
    ['某某居民委员会', '委员会'],
    ['中国计算机学会', '学会'],
    ['清华大学', '大学'],
    ['某某市第一人民医院', '医院'],
    ['某某基金会', '基金会'],
    ['张三设计工作室', '工作室'],
    ['老王五金店', '店'],
    ['某某水泥厂', '厂'],
    ['某某县公安局', '局'],
    ['某某服务站', '站'],
    ['某某足球俱乐部', '俱乐部'],
    ['某某商行', '商行'],
    ['某某银行股份有限公司', '股份有限公司'],
    ['某某科技有限公司（北京）', '有限公司'],
    ['某某服务中心（北京）', '中心'],
  ])('%s → %s', (name, marker) => {
    expect(looksLikeOrganizationName(name)?.marker).toBe(marker);
  });

  it.each([
    ['Acme Co., Ltd.', 'Co., Ltd.'],
    ['ACME LIMITED', 'Limited'],
    ['Example Inc.', 'Inc.'],
    ['Example LLC', 'LLC'],
    ['Beispiel GmbH', 'GmbH'],
    ['Muster AG', 'AG'],
    ['Example Corporation', 'Corporation'],
    ['Ｅｘａｍｐｌｅ　Ｉｎｃ', 'Inc'],
  ])('%s → %s', (name, marker) => {
    expect(looksLikeOrganizationName(name)?.marker).toBe(marker);
  });

  it('reports where the marker is', () => {
    expect(looksLikeOrganizationName('北京某某科技有限公司')).toEqual({
      marker: '有限公司',
      index: 6,
      found: '有限公司',
      kind: 'zh-keyword',
    });
  });

  it.each(['张三', '王小明', '李学会', '王中心', '欧阳娜娜', '阿卜杜·热合曼', 'Zhang San', 'Vincent Coleman', 'Inca Smith', 'Ag Wang', ''])(
    'person or empty name %s is not an organization',
    (name) => {
      expect(looksLikeOrganizationName(name)).toBeNull();
    },
  );

  it('accepts extra markers from a profile', () => {
    expect(looksLikeOrganizationName('某某门诊', { extraMarkers: ['门诊'] })?.marker).toBe('门诊');
  });
});

describe('looksLikePersonName', () => {
  it.each([
    ['张三', 'han'],
    ['王小明', 'han'],
    ['张王小明', 'han'],
    ['欧阳娜娜', 'han-compound-surname'],
    ['司马相如', 'han-compound-surname'],
    ['阿卜杜·热合曼', 'han-dotted'],
    ['买买提·艾力·阿不都', 'han-dotted'],
    ['Zhang San', 'latin'],
    ['ZHANG SAN', 'latin'],
    ['John F. Smith', 'latin'],
    ["Seán O'Brien", 'latin'],
    ['Anne-Marie Dupont', 'latin'],
  ])('%s → %s', (name, shape) => {
    expect(looksLikePersonName(name)?.shape).toBe(shape);
  });

  it('reports a look-alike dot', () => {
    expect(looksLikePersonName('阿卜杜・热合曼')).toEqual({ shape: 'han-dotted', dot: '・' });
  });

  it.each(['北京某某科技有限公司', '清华大学', '老王五金店', 'Acme Co., Ltd.', 'Madonna', '张', '张三丰李四王五', '张 三', '张三1', '', '   ', '·张三'])(
    '%s is not a person name',
    (name) => {
      expect(looksLikePersonName(name)).toBeNull();
    },
  );
});

describe('hasHan / isLatinName', () => {
  it('hasHan', () => {
    expect(hasHan('Zhang San')).toBe(false);
    expect(hasHan('张三 Zhang')).toBe(true);
    expect(hasHan('𠮷')).toBe(true);
    expect(hasHan('')).toBe(false);
  });
  it('isLatinName', () => {
    expect(isLatinName('John Smith')).toBe(true);
    expect(isLatinName('ACME TRADING CO., LTD.')).toBe(true);
    expect(isLatinName('José Müller-Lüdenscheidt')).toBe(true);
    expect(isLatinName('约翰 Smith')).toBe(false);
    expect(isLatinName('Ｊｏｈｎ')).toBe(false);
    expect(isLatinName('John 3rd')).toBe(false);
    expect(isLatinName(' . ')).toBe(false);
    expect(isLatinName('')).toBe(false);
  });
});

describe('checkNameTyping', () => {
  const zh = { brackets: 'half-width', spaces: 'forbid' } as const;

  it('passes a clean name', () => {
    expect(checkNameTyping('某某(北京)科技有限公司', { ...zh, maxLength: 50 })).toEqual({ problems: [] });
  });

  it('reports full-width brackets and suggests half-width ones', () => {
    const r = checkNameTyping('某某（北京）科技有限公司', zh);
    expect(r.problems).toEqual([
      {
        code: 'full-width-brackets',
        data: {
          found: [
            { index: 2, char: '（' },
            { index: 5, char: '）' },
          ],
        },
      },
    ]);
    expect(r.suggestion).toBe('某某(北京)科技有限公司');
  });

  it('reports half-width brackets when the registrar wants full-width', () => {
    const r = checkNameTyping('某某(北京)科技有限公司', { brackets: 'full-width', spaces: 'forbid' });
    expect(r.problems.map((p) => p.code)).toEqual(['half-width-brackets']);
    expect(r.suggestion).toBe('某某（北京）科技有限公司');
  });

  it('ignores brackets with "any"', () => {
    expect(checkNameTyping('某某（北京）科技(上海)有限公司', { brackets: 'any', spaces: 'forbid' }).problems).toEqual([]);
  });

  it('counts internal spaces of every kind, and leading/trailing ones separately', () => {
    const r = checkNameTyping(' 某某 科技\u3000有限\u200b公司 ', zh);
    expect(r.problems.map((p) => p.code)).toEqual(['leading-trailing-space', 'spaces']);
    expect(r.problems[0]).toEqual({ code: 'leading-trailing-space', data: { leading: 1, trailing: 1 } });
    const spaces = r.problems[1]!;
    expect(spaces.code === 'spaces' && spaces.data.count).toBe(3);
    expect(r.suggestion).toBe('某某科技有限公司');
  });

  it('allows single ASCII spaces in Latin names but flags odd and repeated ones', () => {
    const en = { brackets: 'half-width', spaces: 'allow' } as const;
    expect(checkNameTyping('ACME TRADING CO., LTD.', en)).toEqual({ problems: [] });
    const r = checkNameTyping('John\u00a0Smith  Jr', en);
    expect(r.problems.map((p) => p.code)).toEqual(['nonstandard-space', 'repeated-spaces']);
    expect(r.suggestion).toBe('John Smith Jr');
    expect(checkNameTyping(' John Smith', en).problems.map((p) => p.code)).toEqual(['leading-trailing-space']);
  });

  it('reports empty names', () => {
    expect(checkNameTyping('', zh)).toEqual({ problems: [{ code: 'empty' }] });
    expect(checkNameTyping(' \u3000\u200b ', zh)).toEqual({ problems: [{ code: 'empty' }] });
  });

  it('reports control characters and removes them', () => {
    const r = checkNameTyping('张\u0000三\u202e', zh);
    expect(r.problems).toEqual([{ code: 'control-chars', data: { positions: [1, 3], found: ['\u0000', '\u202e'] } }]);
    expect(r.suggestion).toBe('张三');
  });

  it('reports tag characters, fillers and lone surrogates once each, at their first unit', () => {
    const r = checkNameTyping('张\u{E0041}三\u3164\uDC00\u{E0041}', zh);
    expect(r.problems).toEqual([{ code: 'control-chars', data: { positions: [1, 4, 5, 6], found: ['\u{E0041}', '\u3164', '\uDC00'] } }]);
    expect(r.suggestion).toBe('张三');
    // A surrogate pair of a visible character is no control character.
    expect(checkNameTyping('𠮷三', zh).problems).toEqual([]);
  });

  it('reports names over maxLength in code points', () => {
    expect(checkNameTyping('一二三四五六', { ...zh, maxLength: 5 }).problems).toEqual([
      { code: 'too-long', data: { length: 6, maxLength: 5 } },
    ]);
    expect(checkNameTyping('𠮷𠮷𠮷', { ...zh, maxLength: 3 }).problems).toEqual([]);
    expect(checkNameTyping('一二三四五六', zh).problems).toEqual([]);
  });

  it('reports look-alike middle dots', () => {
    const r = checkNameTyping('阿卜杜・热合曼', zh);
    expect(r.problems).toEqual([
      { code: 'nonstandard-middle-dot', data: { found: [{ index: 3, char: '・' }], expected: '\u00b7' } },
    ]);
    expect(r.suggestion).toBe('阿卜杜·热合曼');
    expect(checkNameTyping('阿卜杜·热合曼', zh).problems).toEqual([]);
  });

  it('sees a look-alike dot between Han characters past a space, and fixes both', () => {
    const r = checkNameTyping('阿卜杜 .热合曼', zh);
    expect(r.problems.map((p) => p.code)).toEqual(['spaces', 'nonstandard-middle-dot']);
    expect(r.suggestion).toBe('阿卜杜·热合曼');
    // A full stop between Latin letters is not a name dot.
    expect(checkNameTyping('ACME .Ltd', zh).problems.map((p) => p.code)).toEqual(['spaces']);
  });

  it('reports full-width letters when asked', () => {
    const r = checkNameTyping('ＡＣＭＥ科技有限公司', { ...zh, fullWidthAlphanumerics: 'forbid' });
    expect(r.problems.map((p) => p.code)).toEqual(['full-width-alphanumerics']);
    expect(r.suggestion).toBe('ACME科技有限公司');
    expect(checkNameTyping('ＡＣＭＥ科技有限公司', zh).problems).toEqual([]);
  });
});
