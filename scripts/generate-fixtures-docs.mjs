// SVG templates of synthetic Chinese certificates, with known (valid) numbers. Used by generate-fixtures.mjs.
export const FONT = "'WenQuanYi Zen Hei','Noto Sans CJK SC','Noto Serif CJK SC',sans-serif";

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function residentId(first17) {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function uscc(first17) {
  const sum = [...first17].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * USCC_W[i], 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
export function orgCode(first8) {
  const v = (c) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const sum = [...first8].reduce((s, c, i) => s + v(c) * ORG_W[i], 0);
  const c = 11 - (sum % 11);
  return first8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

export const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const t = (x, y, size, text, extra = '') =>
  `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" ${extra}>${esc(text)}</text>`;

/** Guilloche-like background pattern: coloured wavy lines, so colour scans have real chroma. */
export function pattern(w, h, colour, n = 18) {
  let d = '';
  for (let i = 0; i < n; i++) {
    const y = (h / n) * i + 10;
    d += `<path d="M0 ${y} Q ${w / 4} ${y - 30} ${w / 2} ${y} T ${w} ${y}" stroke="${colour}" stroke-width="2" fill="none" opacity="0.35"/>`;
  }
  return d;
}

export function seal(cx, cy, r, text) {
  return `<g opacity="0.85"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#d0141c" stroke-width="${r / 14}"/>
  <polygon points="${star(cx, cy, r * 0.28)}" fill="#d0141c"/>
  ${t(cx - r * 0.62, cy + r * 0.55, r * 0.2, text, 'fill="#d0141c"')}</g>`;
}
function star(cx, cy, r) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.4 : r;
    pts.push(`${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}
export function emblem(cx, cy, r) {
  return `<g><circle cx="${cx}" cy="${cy}" r="${r}" fill="#e8b320" stroke="#b8860b" stroke-width="4"/>
  <circle cx="${cx}" cy="${cy}" r="${r * 0.7}" fill="#d0141c"/><polygon points="${star(cx, cy - r * 0.1, r * 0.35)}" fill="#f5d142"/></g>`;
}
export function frame(w, h, colour, inset = 24) {
  return `<rect x="${inset}" y="${inset}" width="${w - 2 * inset}" height="${h - 2 * inset}" fill="none" stroke="${colour}" stroke-width="10"/>
  <rect x="${inset + 16}" y="${inset + 16}" width="${w - 2 * inset - 32}" height="${h - 2 * inset - 32}" fill="none" stroke="${colour}" stroke-width="3"/>`;
}

export const PEOPLE = {
  idFront: { name: '王小明', number: residentId('11010119900307123') },
  passport: { name: '李华', number: 'E12345678' },
};
export const ORGS = {
  license: { name: '福州示例科技有限公司', number: '91350100M000100Y43' },
  // The same company's license from the transition years, printing its former registration number (GS15) as well.
  licenseWithRegistration: { name: '福州示例科技有限公司', number: '91350100M000100Y43', registrationNumber: '350102100001232' },
  usccCert: { name: '北京云端数据服务有限公司', number: uscc('91110108' + orgCode('MA01C3K5')) },
  orgCode: { name: '上海明德教育研究中心', number: orgCode('12345678') },
};

/** Birth date and sex as the front prints them, from the number's digits 7-14 and 17. */
function idDetails(number) {
  const [y, m, d] = [number.slice(6, 10), Number(number.slice(10, 12)), Number(number.slice(12, 14))];
  return { born: `${y} 年 ${m} 月 ${d} 日`, sex: Number(number[16]) % 2 ? '男' : '女' };
}

export function idFront(w = 1400, h = 882, p = PEOPLE.idFront) {
  const s = w / 1400;
  const { born, sex } = idDetails(p.number);
  return {
    kind: 'resident-id-front', name: p.name, number: p.number, width: w, height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${s})">
  <rect width="1400" height="882" rx="50" fill="#f4f7fb"/>${pattern(1400, 882, '#5b9bd5')}${pattern(1400, 882, '#e89bb5', 9)}
  ${t(90, 150, 44, '姓名', 'fill="#3d6aa8"')}${t(240, 150, 58, p.name, 'fill="#111"')}
  ${t(90, 250, 44, '性别', 'fill="#3d6aa8"')}${t(240, 250, 50, sex, 'fill="#111"')}
  ${t(400, 250, 44, '民族', 'fill="#3d6aa8"')}${t(540, 250, 50, '汉', 'fill="#111"')}
  ${t(90, 350, 44, '出生', 'fill="#3d6aa8"')}${t(240, 350, 50, born, 'fill="#111"')}
  ${t(90, 450, 44, '住址', 'fill="#3d6aa8"')}${t(240, 450, 46, '北京市东城区景山前街4号', 'fill="#111"')}
  ${t(240, 520, 46, '院内1号楼2单元301室', 'fill="#111"')}
  ${t(90, 760, 44, '公民身份号码', 'fill="#3d6aa8"')}${t(420, 760, 62, p.number, 'fill="#111" font-weight="bold" letter-spacing="6"')}
  <rect x="960" y="100" width="360" height="450" fill="#cfd8e3"/><circle cx="1140" cy="260" r="95" fill="#6b7b8c"/>
  <path d="M990 550 Q1140 330 1290 550 Z" fill="#6b7b8c"/></g></svg>`,
  };
}

/** The emblem side; `o.emblem === false` leaves the national emblem out. */
export function idBack(w = 1400, h = 882, o = {}) {
  const s = w / 1400;
  return {
    kind: 'resident-id-back', name: null, number: null, width: w, height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${s})">
  <rect width="1400" height="882" rx="50" fill="#f6f4ee"/>${pattern(1400, 882, '#7fb3d5')}${pattern(1400, 882, '#f0c27b', 11)}
  ${o.emblem === false ? '' : emblem(200, 200, 120)}
  ${t(420, 190, 84, '中华人民共和国', 'fill="#111" font-weight="bold"')}
  ${t(520, 330, 76, '居民身份证', 'fill="#111" font-weight="bold" letter-spacing="12"')}
  ${t(240, 660, 44, '签发机关', 'fill="#3d6aa8"')}${t(470, 660, 48, '北京市公安局东城分局', 'fill="#111"')}
  ${t(240, 760, 44, '有效期限', 'fill="#3d6aa8"')}${t(470, 760, 48, '2020.01.01-2040.01.01', 'fill="#111"')}</g></svg>`,
  };
}

/**
 * A business license. `o.registrationNumber`, when given, is printed on a line of its own under the credit code
 * (注册号), and the rows below move down to make room; without it the drawing is the original one. `o.seal === false`
 * leaves the red seal out (as on the other certificates).
 */
export function businessLicense(w = 2000, h = 1414, o = ORGS.license) {
  const s = w / 2000;
  const dy = o.registrationNumber ? 50 : 0;
  const registration = o.registrationNumber
    ? `${t(180, 600, 42, '注    册    号', 'fill="#111"')}${t(560, 600, 46, o.registrationNumber, 'fill="#111" letter-spacing="4"')}`
    : '';
  return {
    kind: 'business-license', name: o.name, number: o.number, width: w, height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${s})">
  <rect width="2000" height="1414" fill="#fbf8ef"/>${pattern(2000, 1414, '#e3b7a0', 24)}${frame(2000, 1414, '#b8862b')}
  ${emblem(1000, 190, 95)}
  ${t(760, 400, 110, '营业执照', 'fill="#c1121f" font-weight="bold" letter-spacing="20"')}
  ${t(1560, 130, 34, '（副本）', 'fill="#111"')}${t(1560, 180, 30, '副本编号：1-1', 'fill="#111"')}
  ${t(180, 520, 42, '统一社会信用代码', 'fill="#111"')}${t(560, 520, 52, o.number, 'fill="#111" font-weight="bold" letter-spacing="4"')}${registration}
  ${t(180, 640 + dy, 42, '名        称', 'fill="#111"')}${t(460, 640 + dy, 48, o.name, 'fill="#111"')}
  ${t(180, 730 + dy, 42, '类        型', 'fill="#111"')}${t(460, 730 + dy, 44, '有限责任公司', 'fill="#111"')}
  ${t(180, 820 + dy, 42, '法定代表人', 'fill="#111"')}${t(460, 820 + dy, 44, '陈建国', 'fill="#111"')}
  ${t(180, 910 + dy, 42, '经营范围', 'fill="#111"')}${t(460, 910 + dy, 40, '软件开发；信息技术咨询服务；数据处理服务。', 'fill="#111"')}
  ${t(1100, 640 + dy, 42, '注册资本', 'fill="#111"')}${t(1330, 640 + dy, 44, '壹佰万元整', 'fill="#111"')}
  ${t(1100, 730 + dy, 42, '成立日期', 'fill="#111"')}${t(1330, 730 + dy, 44, '2016年05月20日', 'fill="#111"')}
  ${t(1100, 820 + dy, 42, '住        所', 'fill="#111"')}${t(1330, 820 + dy, 40, '福建省福州市鼓楼区五四路88号', 'fill="#111"')}
  ${t(1200, 1180, 42, '登记机关', 'fill="#111"')}${o.seal === false ? '' : seal(1560, 1160, 150, '市场监督管理局')}
  ${t(1380, 1300, 38, '2021年03月15日', 'fill="#111"')}
  <rect x="220" y="1080" width="200" height="200" fill="#111"/><rect x="240" y="1100" width="160" height="160" fill="#fbf8ef"/>
  <rect x="270" y="1130" width="100" height="100" fill="#111"/></g></svg>`,
  };
}

export function usccCertificate(w = 2000, h = 1414, o = ORGS.usccCert) {
  const s = w / 2000;
  return {
    kind: 'uscc-certificate', name: o.name, number: o.number, width: w, height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${s})">
  <rect width="2000" height="1414" fill="#f3f8f4"/>${pattern(2000, 1414, '#8fc1a0', 26)}${frame(2000, 1414, '#2e7d4f')}
  ${emblem(1000, 180, 85)}
  ${t(560, 380, 92, '统一社会信用代码证书', 'fill="#1f5e3a" font-weight="bold" letter-spacing="8"')}
  ${t(260, 560, 44, '统一社会信用代码：', 'fill="#111"')}${t(700, 560, 54, o.number, 'fill="#111" font-weight="bold" letter-spacing="4"')}
  ${t(260, 680, 44, '机构名称：', 'fill="#111"')}${t(520, 680, 50, o.name, 'fill="#111"')}
  ${t(260, 790, 44, '机构类型：', 'fill="#111"')}${t(520, 790, 46, '企业法人', 'fill="#111"')}
  ${t(260, 900, 44, '有效期：', 'fill="#111"')}${t(520, 900, 46, '2019年08月01日至2039年07月31日', 'fill="#111"')}
  ${t(260, 1010, 44, '颁发单位：', 'fill="#111"')}${t(520, 1010, 46, '北京市海淀区市场监督管理局', 'fill="#111"')}
  ${o.seal === false ? '' : seal(1560, 1150, 150, '质量技术监督局')}</g></svg>`,
  };
}

export function orgCodeCertificate(w = 2000, h = 1414, o = ORGS.orgCode) {
  const s = w / 2000;
  const shown = o.number.slice(0, 8) + '-' + o.number.slice(8);
  return {
    kind: 'org-code-certificate', name: o.name, number: o.number, width: w, height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${s})">
  <rect width="2000" height="1414" fill="#f2f5fb"/>${pattern(2000, 1414, '#9fb4e0', 22)}${frame(2000, 1414, '#27408b')}
  ${t(300, 300, 100, '中华人民共和国组织机构代码证', 'fill="#27408b" font-weight="bold"')}
  ${t(280, 500, 46, '代        码：', 'fill="#111"')}${t(620, 500, 58, shown, 'fill="#111" font-weight="bold" letter-spacing="6"')}
  ${t(280, 620, 46, '机构名称：', 'fill="#111"')}${t(620, 620, 50, o.name, 'fill="#111"')}
  ${t(280, 740, 46, '机构类型：', 'fill="#111"')}${t(620, 740, 46, '事业单位', 'fill="#111"')}
  ${t(280, 860, 46, '有  效  期：', 'fill="#111"')}${t(620, 860, 46, '自2018年1月1日至2028年1月1日', 'fill="#111"')}
  ${t(280, 980, 46, '颁发单位：', 'fill="#111"')}${t(620, 980, 46, '上海市质量技术监督局', 'fill="#111"')}
  ${o.seal === false ? '' : seal(1580, 1130, 150, '代码管理中心')}</g></svg>`,
  };
}

export function passportPage(w = 1750, h = 1232, p = PEOPLE.passport) {
  const s = w / 1750;
  const mrz1 = 'POCHNLI<<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<';
  const mrz2 = `${p.number}<5CHN8811227F3001016NGKELNPNPAMKA942`;
  return {
    kind: 'passport', name: p.name, number: p.number, width: w, height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="scale(${s})">
  <rect width="1750" height="1232" fill="#f7f1f4"/>${pattern(1750, 1232, '#c58bb0', 22)}${pattern(1750, 1232, '#8cc3c9', 12)}
  ${t(560, 110, 56, '中华人民共和国  护照', 'fill="#5a2a4a" font-weight="bold"')}
  ${t(560, 170, 40, "PEOPLE'S REPUBLIC OF CHINA   PASSPORT", 'fill="#5a2a4a"')}
  <rect x="80" y="240" width="420" height="540" fill="#d7dde4"/><circle cx="290" cy="430" r="110" fill="#707f8f"/><path d="M120 780 Q290 520 460 780 Z" fill="#707f8f"/>
  ${t(560, 270, 32, '类型/Type', 'fill="#555"')}${t(560, 320, 42, 'P', 'fill="#111"')}
  ${t(860, 270, 32, '国家码/Country Code', 'fill="#555"')}${t(860, 320, 42, 'CHN', 'fill="#111"')}
  ${t(1250, 270, 32, '护照号/Passport No.', 'fill="#555"')}${t(1250, 320, 48, p.number, 'fill="#b01020" font-weight="bold"')}
  ${t(560, 400, 32, '姓名/Name', 'fill="#555"')}${t(560, 460, 52, p.name + '  LI HUA', 'fill="#111"')}
  ${t(560, 540, 32, '性别/Sex', 'fill="#555"')}${t(560, 590, 42, '女/F', 'fill="#111"')}
  ${t(860, 540, 32, '出生日期/Date of birth', 'fill="#555"')}${t(860, 590, 42, '22 NOV 1988', 'fill="#111"')}
  ${t(560, 670, 32, '签发日期/Date of issue', 'fill="#555"')}${t(560, 720, 42, '02 JAN 2020', 'fill="#111"')}
  ${t(1060, 670, 32, '有效期至/Date of expiry', 'fill="#555"')}${t(1060, 720, 42, '01 JAN 2030', 'fill="#111"')}
  <rect x="0" y="960" width="1750" height="272" fill="#fbfbfb"/>
  ${t(70, 1060, 62, mrz1, "font-family=\"'DejaVu Sans Mono',monospace\" fill=\"#111\"").replace(`font-family="${FONT}" `, '')}
  ${t(70, 1160, 62, mrz2, "font-family=\"'DejaVu Sans Mono',monospace\" fill=\"#111\"").replace(`font-family="${FONT}" `, '')}</g></svg>`,
  };
}
