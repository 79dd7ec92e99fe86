// The documents the photo generator can photograph: the certificate templates of generate-fixtures-docs.mjs and the
// documents the library must recognise as the wrong kind (driving licence, social security card, household register,
// a blank card back), plus a portrait A4 business license. Each entry says what its number/name/text/seal areas are
// (fractions of the document's width and height) so defects can be placed over them.
import * as docs from '../generate-fixtures-docs.mjs';

const { t, pattern, seal, emblem, frame } = docs;
const svg = (w, h, base, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${w / base})">${body}</g></svg>`;
const portrait = (x, y, w, h, bg = '#cfd8e3', fg = '#6b7b8c') =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bg}"/><circle cx="${x + w / 2}" cy="${y + h * 0.36}" r="${w * 0.26}" fill="${fg}"/>` +
  `<path d="M${x + w * 0.08} ${y + h} Q${x + w / 2} ${y + h * 0.5} ${x + w * 0.92} ${y + h} Z" fill="${fg}"/>`;
const idBirth = (n) => `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
const idSex = (n) => (Number(n[16]) % 2 ? '男' : '女');

/** 机动车驾驶证 (the card of the licence): its 证号 is the holder's identity number. */
export function drivingLicence(w = 1400, h = 882, p = docs.PEOPLE.idFront) {
  return svg(w, h, 1400, `<rect width="1400" height="882" rx="40" fill="#eef1ec"/>${pattern(1400, 882, '#9bb7a4', 16)}
  ${t(250, 95, 58, '中华人民共和国机动车驾驶证', 'fill="#1d3b6f" font-weight="bold"')}
  ${t(300, 145, 30, "Driving License of the People's Republic of China", 'fill="#1d3b6f"')}
  ${t(70, 230, 34, '证号', 'fill="#333"')}${t(180, 230, 46, p.number, 'fill="#111" letter-spacing="4"')}
  ${t(70, 320, 34, '姓名', 'fill="#333"')}${t(180, 320, 46, p.name, 'fill="#111"')}
  ${t(520, 320, 34, '性别', 'fill="#333"')}${t(620, 320, 44, idSex(p.number), 'fill="#111"')}
  ${t(760, 320, 34, '国籍', 'fill="#333"')}${t(860, 320, 44, '中国', 'fill="#111"')}
  ${t(70, 410, 34, '住址', 'fill="#333"')}${t(180, 410, 40, '北京市东城区景山前街4号', 'fill="#111"')}
  ${t(70, 500, 34, '出生日期', 'fill="#333"')}${t(260, 500, 42, idBirth(p.number), 'fill="#111"')}
  ${t(70, 590, 34, '初次领证日期', 'fill="#333"')}${t(330, 590, 42, '2012-06-18', 'fill="#111"')}
  ${t(70, 680, 34, '准驾车型', 'fill="#333"')}${t(260, 680, 46, 'C1', 'fill="#111" font-weight="bold"')}
  ${t(70, 790, 34, '有效期限', 'fill="#333"')}${t(260, 790, 42, '2018-06-18 至 2028-06-18', 'fill="#111"')}
  ${portrait(1030, 210, 300, 390)}
  <g opacity="0.8"><rect x="1000" y="640" width="340" height="200" rx="16" fill="none" stroke="#d0141c" stroke-width="8"/>
  ${t(1030, 720, 34, '北京市公安局', 'fill="#d0141c"')}${t(1030, 790, 34, '公安交通管理局', 'fill="#d0141c"')}</g>`);
}

/** 社会保障卡: 社会保障号码 is the holder's identity number. */
export function socialSecurityCard(w = 1400, h = 882, p = docs.PEOPLE.idFront) {
  return svg(w, h, 1400, `<rect width="1400" height="882" rx="50" fill="#e9f1fa"/>${pattern(1400, 882, '#7ea6d8', 14)}
  <rect width="1400" height="190" fill="#2f6db5"/>${emblem(110, 95, 62)}
  ${t(210, 115, 70, '中华人民共和国社会保障卡', 'fill="#fff" font-weight="bold"')}
  ${t(520, 170, 28, 'SOCIAL SECURITY CARD', 'fill="#dfe9f7"')}
  <rect x="110" y="280" width="180" height="140" rx="18" fill="#d9b44a" stroke="#9c7a1e" stroke-width="4"/>
  <path d="M110 350 H290 M200 280 V420 M150 280 V420 M250 280 V420" stroke="#9c7a1e" stroke-width="3"/>
  ${t(380, 330, 40, '姓名', 'fill="#2f4f7f"')}${t(560, 330, 50, p.name, 'fill="#111"')}
  ${t(380, 440, 40, '社会保障号码', 'fill="#2f4f7f"')}${t(640, 440, 48, p.number, 'fill="#111" letter-spacing="3"')}
  ${t(380, 550, 40, '社会保障卡号', 'fill="#2f4f7f"')}${t(640, 550, 46, 'A12345678', 'fill="#111"')}
  ${t(380, 660, 40, '发卡日期', 'fill="#2f4f7f"')}${t(640, 660, 46, '2019年09月', 'fill="#111"')}
  ${portrait(90, 470, 230, 300)}
  ${t(900, 820, 34, '中国工商银行  金融社保卡', 'fill="#b01020"')}`);
}

/** 居民户口簿 常住人口登记卡 (a household register page): a ruled table with the 公民身份号码 row. */
export function householdRegister(w = 1600, h = 1150, p = docs.PEOPLE.idFront) {
  const rows = [
    ['姓名', p.name, '户主或与户主关系', '户主'],
    ['曾用名', '', '性别', idSex(p.number)],
    ['出生地', '北京市东城区', '民族', '汉'],
    ['籍贯', '北京市', '出生日期', idBirth(p.number)],
    ['本市（县）其他住址', '', '宗教信仰', ''],
    ['公民身份号码', p.number, '身高', '175'],
    ['文化程度', '大学', '婚姻状况', '已婚'],
    ['服务处所', '北京市东城区某单位', '职业', '职员'],
  ];
  let body = `<rect width="1600" height="1150" fill="#fbf7ee"/>${pattern(1600, 1150, '#e6c9a8', 12)}
  ${t(560, 110, 64, '常住人口登记卡', 'fill="#111" font-weight="bold" letter-spacing="8"')}`;
  const top = 170, rh = 105, x = [80, 380, 880, 1180, 1520];
  for (let i = 0; i <= rows.length; i++) body += `<path d="M80 ${top + i * rh} H1520" stroke="#555" stroke-width="3"/>`;
  for (const xx of x) body += `<path d="M${xx} ${top} V${top + rows.length * rh}" stroke="#555" stroke-width="3"/>`;
  rows.forEach(([a, b, c, d], i) => {
    const y = top + i * rh + 68;
    body += t(100, y, 36, a, 'fill="#333"') + t(400, y, i === 5 ? 44 : 42, b, `fill="#111"${i === 5 ? ' letter-spacing="3"' : ''}`);
    body += t(900, y, 34, c, 'fill="#333"') + t(1200, y, 42, d, 'fill="#111"');
  });
  body += `${t(100, 1100, 34, '登记日期  2015年04月10日', 'fill="#333"')}${seal(1300, 1010, 110, '户口专用章')}`;
  return svg(w, h, 1600, body);
}

/** The back of a card with nothing printed on it (a plain card, photographed the wrong way round). */
export function blankBack(w = 1400, h = 882) {
  return svg(w, h, 1400, `<rect width="1400" height="882" rx="50" fill="#f2f2ee"/>${pattern(1400, 882, '#e2e2da', 6)}`);
}

/**
 * A portrait A4 business license (the current 副本 layout): emblem and title at the top, the 统一社会信用代码 in the top
 * area under the title, then the fields and the registration authority's seal at the bottom right.
 */
export function businessLicensePortrait(w = 1414, h = 2000, o = docs.ORGS.license) {
  return svg(w, h, 1414, `<rect width="1414" height="2000" fill="#fbf8ef"/>${pattern(1414, 2000, '#e3b7a0', 30)}${frame(1414, 2000, '#b8862b')}
  ${emblem(707, 200, 90)}
  ${t(450, 420, 120, '营业执照', 'fill="#c1121f" font-weight="bold" letter-spacing="16"')}${t(640, 490, 40, '（副本）', 'fill="#111"')}
  ${t(120, 590, 36, '统一社会信用代码', 'fill="#111"')}${t(120, 650, 46, o.number, 'fill="#111" font-weight="bold" letter-spacing="3"')}
  ${t(120, 710, 30, '副本编号：1-1', 'fill="#111"')}
  <rect x="1080" y="540" width="190" height="190" fill="#111"/><rect x="1100" y="560" width="150" height="150" fill="#fbf8ef"/><rect x="1125" y="585" width="100" height="100" fill="#111"/>
  ${t(140, 860, 38, '名        称', 'fill="#111"')}${t(420, 860, 44, o.name, 'fill="#111"')}
  ${t(140, 950, 38, '类        型', 'fill="#111"')}${t(420, 950, 40, '有限责任公司', 'fill="#111"')}
  ${t(140, 1040, 38, '法定代表人', 'fill="#111"')}${t(420, 1040, 40, '陈建国', 'fill="#111"')}
  ${t(140, 1130, 38, '注册资本', 'fill="#111"')}${t(420, 1130, 40, '壹佰万元整', 'fill="#111"')}
  ${t(140, 1220, 38, '成立日期', 'fill="#111"')}${t(420, 1220, 40, '2016年05月20日', 'fill="#111"')}
  ${t(140, 1310, 38, '营业期限', 'fill="#111"')}${t(420, 1310, 40, '2016年05月20日至长期', 'fill="#111"')}
  ${t(140, 1400, 38, '住        所', 'fill="#111"')}${t(420, 1400, 40, '福建省福州市鼓楼区五四路88号', 'fill="#111"')}
  ${t(140, 1490, 38, '经营范围', 'fill="#111"')}${t(420, 1490, 36, '软件开发；信息技术咨询服务；', 'fill="#111"')}${t(420, 1545, 36, '数据处理服务。', 'fill="#111"')}
  ${t(760, 1760, 38, '登记机关', 'fill="#111"')}${o.seal === false ? '' : seal(1060, 1740, 140, '市场监督管理局')}
  ${t(900, 1880, 34, '2021年03月15日', 'fill="#111"')}`);
}

/**
 * The print colour of a card whose template is drawn pale: its pixels multiplied by a diagonal gradient (`tint`:
 * top-left and bottom-right colours), as a real identity card is pale cyan shading into pink. Dark text stays dark.
 */
export function tintDocument(raw, w, h, tint) {
  if (!tint) return raw;
  const [a, b] = tint;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const f = (x / w + y / h) / 2, i = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) raw[i + c] = (raw[i + c] * (a[c] + (b[c] - a[c]) * f)) / 255;
    }
  }
  return raw;
}

const box = (x0, y0, x1, y1, w, h) => [x0 / w, y0 / h, x1 / w, y1 / h];
const ID = (a, b, c, d) => box(a, b, c, d, 1400, 882);
const A4L = (a, b, c, d) => box(a, b, c, d, 2000, 1414);

/**
 * Every document: its template (width, height, holder, options -> svg), the DocumentKind and side OCR should report,
 * the form that submits it (certificate type, holder type), whether it is a rounded card, and its areas.
 */
export const DOCUMENTS = {
  'id-front': {
    width: 1400, height: 882, card: true, kind: 'resident-id', side: 'portrait', certificate: 'resident-id', holder: 'individual',
    defaults: docs.PEOPLE.idFront, render: (w, h, p) => docs.idFront(w, h, p).svg, tint: [[206, 232, 244], [246, 218, 230]],
    areas: { number: ID(410, 700, 1200, 785), name: ID(230, 95, 430, 165), text: ID(80, 100, 940, 540), photo: ID(960, 100, 1320, 550) },
  },
  'id-back': {
    width: 1400, height: 882, card: true, kind: 'resident-id', side: 'emblem', certificate: 'resident-id', holder: 'individual',
    defaults: { name: null, number: null }, render: (w, h, _p, o) => docs.idBack(w, h, { emblem: !o.noEmblem }).svg, tint: [[214, 234, 244], [248, 228, 214]],
    areas: { text: ID(230, 600, 1050, 780), title: ID(410, 100, 1200, 340), emblem: ID(75, 75, 325, 325) },
  },
  'business-license': {
    width: 2000, height: 1414, card: false, kind: 'business-license', certificate: 'business-license', holder: 'organization',
    defaults: docs.ORGS.license, render: (w, h, p, o) => docs.businessLicense(w, h, { ...p, seal: !o.noSeal }).svg,
    areas: { number: A4L(550, 470, 1220, 540), name: A4L(450, 595, 960, 660), text: A4L(170, 470, 1900, 930), seal: A4L(1405, 1005, 1715, 1315) },
  },
  'business-license-portrait': {
    width: 1414, height: 2000, card: false, kind: 'business-license', certificate: 'business-license', holder: 'organization',
    defaults: docs.ORGS.license, render: (w, h, p, o) => businessLicensePortrait(w, h, { ...p, seal: !o.noSeal }),
    areas: { number: box(110, 605, 700, 665, 1414, 2000), name: box(410, 815, 1000, 875, 1414, 2000),
      text: box(120, 560, 1300, 1560, 1414, 2000), seal: box(915, 1595, 1205, 1885, 1414, 2000) },
  },
  'uscc-certificate': {
    width: 2000, height: 1414, card: false, kind: 'uscc-certificate', certificate: 'uscc-certificate', holder: 'organization',
    defaults: docs.ORGS.usccCert, render: (w, h, p, o) => docs.usccCertificate(w, h, { ...p, seal: !o.noSeal }).svg,
    areas: { number: A4L(690, 505, 1360, 580), name: A4L(510, 630, 1030, 695), text: A4L(250, 500, 1500, 1020), seal: A4L(1405, 995, 1715, 1305) },
  },
  'org-code-certificate': {
    width: 2000, height: 1414, card: false, kind: 'org-code-certificate', certificate: 'org-code-certificate', holder: 'organization',
    defaults: docs.ORGS.orgCode, render: (w, h, p, o) => docs.orgCodeCertificate(w, h, { ...p, seal: !o.noSeal }).svg,
    areas: { number: A4L(610, 440, 1010, 515), name: A4L(610, 570, 1010, 635), text: A4L(270, 440, 1500, 990), seal: A4L(1425, 975, 1735, 1285) },
  },
  passport: {
    width: 1750, height: 1232, card: false, kind: 'passport', certificate: 'passport', holder: 'individual',
    defaults: docs.PEOPLE.passport, render: (w, h, p) => docs.passportPage(w, h, p).svg, tint: [[244, 218, 232], [214, 232, 240]],
    areas: { number: box(1240, 275, 1520, 335, 1750, 1232), name: box(550, 410, 1010, 475, 1750, 1232), text: box(550, 240, 1700, 730, 1750, 1232) },
  },
  'driving-licence': {
    width: 1400, height: 882, card: true, kind: 'driving-licence', certificate: 'resident-id', holder: 'individual',
    defaults: docs.PEOPLE.idFront, render: (w, h, p) => drivingLicence(w, h, p),
    areas: { number: ID(170, 190, 900, 245), name: ID(170, 280, 420, 335), text: ID(60, 190, 1000, 800) },
  },
  'social-security-card': {
    width: 1400, height: 882, card: true, kind: 'social-security-card', certificate: 'resident-id', holder: 'individual',
    defaults: docs.PEOPLE.idFront, render: (w, h, p) => socialSecurityCard(w, h, p),
    areas: { number: ID(630, 400, 1340, 455), name: ID(550, 290, 760, 345), text: ID(370, 290, 1340, 670) },
  },
  'household-register': {
    width: 1600, height: 1150, card: false, kind: 'household-register', certificate: 'resident-id', holder: 'individual',
    defaults: docs.PEOPLE.idFront, render: (w, h, p) => householdRegister(w, h, p),
    areas: { number: box(390, 700, 880, 755, 1600, 1150), name: box(390, 180, 700, 255, 1600, 1150), text: box(80, 170, 1520, 1010, 1600, 1150) },
  },
  'blank-back': {
    width: 1400, height: 882, card: true, kind: 'unknown', certificate: 'resident-id', holder: 'individual',
    defaults: { name: null, number: null }, render: (w, h) => blankBack(w, h),
    areas: { text: ID(200, 200, 1200, 680) },
  },
};

/** Other valid holders for the same document kinds (checksums computed), so a benchmark can vary names and numbers. */
export const HOLDERS = {
  individual: [
    { name: '张伟', number: docs.residentId('44030419851120251') },
    { name: '刘芳', number: docs.residentId('32050219920614302') },
    { name: '陈静怡', number: docs.residentId('51010719780203168') },
    { name: '赵建国', number: docs.residentId('37020219650918457') },
  ],
  passport: [{ name: '周婷', number: 'E87654321' }, { name: '吴强', number: 'EA1234567' }],
  organization: [
    { name: '杭州星河网络科技有限公司', number: docs.uscc('91330106' + docs.orgCode('MA2B7C8D')) },
    { name: '深圳市前海云帆信息技术有限公司', number: docs.uscc('91440300' + docs.orgCode('MA5F0K2L')) },
  ],
  'org-code': [{ name: '广州市天河区社区服务中心', number: docs.orgCode('58392716') }],
};
