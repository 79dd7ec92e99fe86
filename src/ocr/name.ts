/**
 * The holder name on a document, and whether a typed name appears on it (pure, browser-safe).
 */
import { approximateFind, foldWidth, squash } from './text.js';

/** Labels of the holder name field, longest first so 机构名称 wins over 名称. */
const NAME_LABELS = ['企业名称', '机构名称', '单位名称', '名称', '姓名'];
/** Labels of the fields printed after the name, where a name read on the same line stops. */
const NEXT_LABELS = [
  '性别', '民族', '出生', '住址', '类型', '法定代表人', '负责人', '经营者', '注册资本', '成立日期', '住所', '经营场所',
  '统一社会信用代码', '机构类型', '机构地址', '有效期',
];

export interface NameField {
  /** The name as read, width-folded, without the spaces OCR puts between Chinese characters. */
  value: string;
  /** The label it was found under. */
  label: string;
  line: number;
}

function cutAtNextLabel(value: string): string {
  let end = value.length;
  for (const label of NEXT_LABELS) {
    const i = value.indexOf(label);
    if (i > 0 && i < end) end = i;
  }
  return value.slice(0, end);
}

function cleanValue(value: string): string {
  return cutAtNextLabel(value)
    // Bilingual labels (姓名/Name) and the quotes OCR reads in the gap between a label and its value.
    .replace(/^\s*\/\s*[A-Za-z][A-Za-z .]*?(?=$|\s|:)/, '')
    .replace(/^[\s:：.,;|_\-“”"'‘’「」]+/, '')
    .replace(/[\s|_]+$/, '')
    .trim();
}

/** The value of the first name field (名称 / 姓名 and variants) in normalised OCR lines. */
export function findNameField(lines: readonly string[]): NameField | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const compact = line.replace(/\s+/g, '');
    for (const label of NAME_LABELS) {
      const at = compact.indexOf(label);
      // The label starts its line (allowing a couple of stray characters read from a border or a seal).
      if (at < 0 || at > 2) continue;
      // Keep Latin spacing in the value: find where the label ends in the spaced line.
      let seen = 0;
      let cut = 0;
      while (cut < line.length && seen < at + label.length) {
        if (!/\s/.test(line[cut]!)) seen += 1;
        cut += 1;
      }
      let value = cleanValue(line.slice(cut));
      if (value.length === 0 && i + 1 < lines.length) value = cleanValue(lines[i + 1]!);
      if (value.length > 0) return { value, label, line: i };
    }
  }
  return null;
}

/**
 * Folds a name for comparison: width (full-width brackets and letters), spaces, case, and the characters OCR and
 * typists confuse in Latin text (0/O, 1/I/l).
 */
export function foldName(name: string): string {
  return squash(foldWidth(name))
    .toUpperCase()
    .replace(/[\u00b7\u30fb\uff65\u2022.]/g, '·')
    .replace(/0/g, 'O')
    .replace(/[1L|]/g, 'I');
}

export interface NameMatch {
  found: boolean;
  /** Edit distance of the closest match in the text (0 when found exactly). */
  distance: number;
  /** Edits tolerated for a name of this length. */
  tolerated: number;
}

/** Edits tolerated as OCR noise: none for short (person) names, one per 8 characters for longer ones, at most 3. */
export function toleratedEdits(foldedLength: number): number {
  if (foldedLength <= 4) return 0;
  return Math.min(3, Math.max(1, Math.floor(foldedLength / 8)));
}

/**
 * Whether the typed holder name appears in the OCR text of a document, after width, bracket, space and case
 * folding, tolerating a few OCR misreads for long names.
 */
export function matchName(typed: string, ocrText: string): NameMatch {
  const needle = foldName(typed);
  const haystack = foldName(ocrText);
  const tolerated = toleratedEdits([...needle].length);
  if (needle.length === 0) return { found: false, distance: 0, tolerated };
  if (haystack.includes(needle)) return { found: true, distance: 0, tolerated };
  const { distance } = approximateFind(haystack, needle);
  return { found: distance <= tolerated, distance, tolerated };
}
