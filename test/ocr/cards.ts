/**
 * Plain document cards drawn for the OCR tests (sharp renders SVG text with the CJK font the fixture scripts install):
 * a pale card with rounded corners on a grey table, its lines of text where the test puts them.
 */
import sharp from 'sharp';

export interface CardLine {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A 1000×630 card on a 1200×830 table, as JPEG. `pattern`: faint wavy lines over the card (no text). */
export async function renderCard(lines: readonly CardLine[], options: { pattern?: boolean } = {}): Promise<Uint8Array> {
  const waves = options.pattern
    ? Array.from({ length: 14 }, (_, i) => `<path d="M100 ${150 + i * 40} q125 -18 250 0 t250 0 t250 0 t250 0" stroke="#d9e2ea" stroke-width="2" fill="none"/>`).join('')
    : '';
  const text = lines
    .map((l) => `<text x="${100 + l.x}" y="${100 + l.y}" font-size="${l.size ?? 34}" ${l.bold ? 'font-weight="bold"' : ''} fill="#1a1a1a">${escape(l.text)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="830">
    <rect width="1200" height="830" fill="#8a8f94"/>
    <rect x="100" y="100" width="1000" height="630" rx="36" fill="#eef2f5"/>
    ${waves}
    <g font-family="WenQuanYi Zen Hei">${text}</g>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer());
}

/** The front of a resident identity card: name, sex, birth, address and the number, laid out as on the card. */
export function idCardLines(name: string, number: string): CardLine[] {
  return [
    { text: '姓名', x: 60, y: 100, size: 30 },
    { text: name, x: 160, y: 100, size: 40 },
    { text: '性别  男     民族  汉', x: 60, y: 180, size: 30 },
    { text: '出生  1990 年 3 月 7 日', x: 60, y: 260, size: 30 },
    { text: '住址  北京市东城区景山前街4号', x: 60, y: 340, size: 30 },
    { text: '公民身份号码', x: 60, y: 540, size: 30 },
    { text: number, x: 320, y: 542, size: 42, bold: true },
  ];
}
