/**
 * The holder name on a document, and whether a typed name appears on it (pure, browser-safe).
 */
import { MIN_SURE_HEIGHT, weight, type ConfidentChar, type ConfidentLine } from './confident.js';
import { foldWidth, normalizeLine, squash } from './text.js';

/** Labels of the holder name field, longest first so 机构名称 wins over 名称. */
export const NAME_LABELS = ['企业名称', '机构名称', '单位名称', '名称', '姓名'];
/**
 * The name labels to look for on a line: NAME_LABELS, and the line's own first two characters when they read 姓名
 * with the first one misread (要名, 码名: the grey 姓 is the character OCR loses most on an identity card).
 */
export function labelsOf(compact: string): string[] {
  const misread = /^\p{Script=Han}名(?!称)/u.exec(compact);
  return misread && misread[0] !== '姓名' ? [...NAME_LABELS, misread[0]] : NAME_LABELS;
}

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
  /** Index of the line holding the label, and of the line the value was read on (the next one when the label is alone). */
  line: number;
  valueLine?: number;
}

function cutAtNextLabel(value: string): string {
  let end = value.length;
  for (const label of NEXT_LABELS) {
    const i = value.indexOf(label);
    // At 0 too: a value that starts with the next field's label is that field, not a name.
    if (i >= 0 && i < end) end = i;
  }
  return value.slice(0, end);
}

function cleanValue(value: string): string {
  return cutAtNextLabel(value)
    // Bilingual labels (姓名/Name) and the quotes OCR reads in the gap between a label and its value.
    .replace(/^\s*\/\s*[A-Za-z][A-Za-z .]*?(?=$|\s|:)/, '')
    .replace(/^[\s:：.,;|_\-“”"'‘’「」]+/, '')
    // Trailing marks OCR reads off the gap after the value or a border (a name ends with a letter or a bracket).
    .replace(/[\s|_“”"'‘’「」。，、；：,;:]+$/, '')
    .trim();
}

/** The values of the name fields (名称 / 姓名 and variants) in normalised OCR lines, in reading order. */
export function findNameFields(lines: readonly string[]): NameField[] {
  const out: NameField[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const compact = line.replace(/\s+/g, '');
    for (const label of labelsOf(compact)) {
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
      let valueLine = i;
      if (value.length === 0 && i + 1 < lines.length) {
        value = cleanValue(lines[i + 1]!);
        valueLine = i + 1;
      }
      if (value.length > 0) {
        out.push({ value, label, line: i, valueLine });
        break;
      }
    }
  }
  return out;
}

/** The value of the first name field in normalised OCR lines. */
export function findNameField(lines: readonly string[]): NameField | null {
  return findNameFields(lines)[0] ?? null;
}

/** The confidences of `value`'s folded characters where it sits on `line`, when it can be found there. */
function locate(value: string, line: ConfidentLine): NameReading {
  const folded: ConfidentChar[] = line.chars.flatMap((c) => [...foldName(c.ch)].map((ch) => ({ ...c, ch })));
  const key = folded.map((c) => c.ch).join('');
  const needle = foldName(value);
  const at = key.lastIndexOf(needle);
  if (at < 0 || needle.length === 0) return { value };
  const chars = folded.slice(at, at + [...needle].length);
  const heights = chars.flatMap((c) => (c.height !== undefined ? [c.height] : [])).sort((a, b) => a - b);
  return {
    value,
    confidences: chars.map((c) => c.confidence),
    ...(heights.length > 0 ? { glyphHeight: heights[heights.length >> 1]! } : {}),
  };
}

/**
 * The name fields of OCR lines read with per-character confidences: each value with the confidences of its folded
 * characters, found where the value sits on its line.
 */
export function nameReadings(lines: readonly ConfidentLine[]): NameReading[] {
  const normalized = lines.map((l) => normalizeLine(l.text));
  return findNameFields(normalized).map((field) => locate(field.value, lines[field.valueLine ?? field.line]!));
}

/** A line read on its own where a name value stands (the label left out): its value, or null when it holds none. */
export function nameValueReading(line: ConfidentLine): NameReading | null {
  const value = cleanValue(normalizeLine(line.text));
  return value.length > 0 ? locate(value, line) : null;
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

/** A name field as read, with one confidence per character of its folded form (foldName) when known. */
export interface NameReading {
  value: string;
  confidences?: number[];
  /** Median height of its characters in the pixels read, when known. */
  glyphHeight?: number;
}

/**
 * How a typed holder name compares with the name on the document:
 * - `match`: the name field shows it, or the text holds it;
 * - `mismatch`: a name field was read confidently, in characters large enough, and differs from it by a character or
 *   so (changed or added);
 * - `doubt`: the same in characters too small to be sure of (MIN_SURE_HEIGHT), or a single look-alike character
 *   (lookAlikeSwap), a larger difference, or another name read for certain: worth a look, no more;
 * - `uncertain`: the differences are all on characters OCR read with low confidence, so no claim is made;
 * - `not-found`: no name field was read, and the name is nowhere in the text, even forgiving unsure characters.
 */
export type NameComparison =
  | { status: 'match' }
  | { status: 'mismatch'; read: string; cost: number }
  | { status: 'doubt'; read: string; cost: number }
  | { status: 'uncertain'; read?: string }
  | { status: 'not-found' };

interface Weighted {
  ch: string;
  w: number;
}

/** Whether a reading's characters are too small to be sure of (MIN_SURE_HEIGHT). */
const smallPrint = (reading: NameReading): boolean => reading.glyphHeight !== undefined && reading.glyphHeight < MIN_SURE_HEIGHT;

/**
 * The folded characters of a reading, each with the weight of a difference there (1 when the confidence is unknown);
 * `strict`: none at all in characters too small to be sure of.
 */
function weighted(reading: NameReading, strict: boolean): Weighted[] {
  const chars = [...foldName(reading.value)];
  const conf = reading.confidences?.length === chars.length ? reading.confidences : undefined;
  const small = strict && smallPrint(reading);
  return chars.map((ch, i) => ({ ch, w: small ? 0 : conf ? weight(conf[i]!) : 1 }));
}

/**
 * Weighted edit distance of `needle` to `read` (all of it, or with `free` ends its best substring): a character of the
 * reading replaced or extra costs its weight; a typed character missing between two read characters costs half the
 * weight of the less sure of them. So a difference OCR was sure of costs 1, one on an unsure character nearly nothing.
 */
function alignCost(needle: readonly string[], read: readonly Weighted[], free: boolean): number {
  const gap = (j: number) => 0.5 * Math.min(read[j - 1]?.w ?? 1, read[j]?.w ?? 1);
  // prev[i]: cost of aligning needle[0..i) with read[0..j) (or, with free ends, a substring ending at j).
  let prev = [0];
  for (let i = 1; i <= needle.length; i += 1) prev[i] = prev[i - 1]! + gap(0);
  let best = free ? prev[needle.length]! : Infinity;
  for (let j = 1; j <= read.length; j += 1) {
    const r = read[j - 1]!;
    const cur = [free ? 0 : prev[0]! + r.w];
    for (let i = 1; i <= needle.length; i += 1) {
      const sub = prev[i - 1]! + (needle[i - 1] === r.ch ? 0 : r.w);
      cur[i] = Math.min(sub, prev[i]! + r.w, cur[i - 1]! + gap(j));
    }
    if (free) best = Math.min(best, cur[needle.length]!);
    prev = cur;
  }
  return free ? best : prev[needle.length]!;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Z]/;

/** A bilingual field (李华 LI HUA) is compared whole and by its Han and its Latin part. */
function variants(reading: NameReading): NameReading[] {
  const chars = [...foldName(reading.value)];
  if (!chars.some((c) => HAN.test(c)) || !chars.some((c) => LATIN.test(c))) return [reading];
  const part = (test: (c: string) => boolean): NameReading => {
    const keep = chars.map((c) => test(c));
    return {
      value: chars.filter((_, i) => keep[i]).join(''),
      ...(reading.confidences?.length === chars.length ? { confidences: reading.confidences.filter((_, i) => keep[i]) } : {}),
      ...(reading.glyphHeight !== undefined ? { glyphHeight: reading.glyphHeight } : {}),
    };
  };
  return [reading, part((c) => HAN.test(c)), part((c) => !HAN.test(c))];
}

/** A name as read, for messages: without the spaces OCR puts around Chinese text and brackets, Latin spacing kept. */
function display(value: string): string {
  return /[A-Za-z]/.test(value) ? value : squash(value);
}

/** A reading confident enough to contradict the form: at least two sure characters, most of them sure. */
function assertive(reading: NameReading, strict: boolean): boolean {
  const w = weighted(reading, strict);
  const sure = w.filter((c) => c.w === 1).length;
  return sure >= 2 && sure * 2 >= w.length;
}

/** Share of characters two names have in common (as multisets), over the longer of them. */
function shared(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const c of a) left.set(c, (left.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of b) {
    const n = left.get(c) ?? 0;
    if (n > 0) {
      common += 1;
      left.set(c, n - 1);
    }
  }
  return common / Math.max(a.length, b.length, 1);
}

/** Whether most of a reading is in the script of the typed name (Han or not): OCR junk read off a pattern is not. */
function sameScript(needle: readonly string[], read: readonly string[]): boolean {
  const han = (cs: readonly string[]) => cs.filter((c) => HAN.test(c)).length / Math.max(1, cs.length);
  return Math.abs(han(needle) - han(read)) <= 0.4;
}

/**
 * Code points apart within which two Chinese characters count as look-alikes. The unified ideographs are ordered by
 * radical, then by the strokes besides it, so neighbours share their radical and nearly their stroke count (怡 and 恰
 * are 79 apart, both 忄 with 5 and 6 strokes more); a changed name rarely keeps both (怡 and 华 are 3 283 apart).
 */
export const LOOK_ALIKE_SPAN = 128;

/** Whether `read` is `needle` with exactly one Chinese character replaced by a look-alike (LOOK_ALIKE_SPAN). */
export function lookAlikeSwap(needle: readonly string[], read: readonly string[]): boolean {
  if (needle.length !== read.length) return false;
  const diff = needle.flatMap((c, i) => (c === read[i] ? [] : [i]));
  if (diff.length !== 1) return false;
  const a = needle[diff[0]!]!, b = read[diff[0]!]!;
  return HAN.test(a) && HAN.test(b) && Math.abs(a.codePointAt(0)! - b.codePointAt(0)!) <= LOOK_ALIKE_SPAN;
}

/** Edits a near-identical name may differ by: one, and one more per 8 characters past the first 8. */
const nearEdits = (length: number) => Math.max(1, Math.floor(length / 8));

/**
 * Compares the typed holder name with the name fields read (`readings`, best first) and, when none was read, with the
 * whole text (`text`: lines with their confidences). Width, brackets, spaces and case are folded first.
 *
 * A reading within a third of its characters of the typed name (counting sure characters; or holding it whole) is that name, read or typed with a difference: a confident
 * difference of one character or so (王晓明 for 王小明) is a mismatch, a larger one or one in small print a doubt. A
 * reading sharing few characters, well formed and sure, is another name (the legal representative typed for the
 * company): a doubt. In between, or when OCR was unsure, nothing is claimed: it is most likely a misread field.
 */
export function compareName(typed: string, readings: readonly NameReading[], text: readonly NameReading[]): NameComparison {
  const needle = [...foldName(typed)];
  if (needle.length === 0) return { status: 'uncertain' };
  const all = readings.flatMap(variants);
  if (all.some((r) => foldName(r.value) === needle.join(''))) return { status: 'match' };
  if (all.length > 0) {
    const chars = (r: NameReading) => [...foldName(r.value)];
    // Differences counted on the characters OCR was sure of, whatever their size.
    const close = all.filter((r) => {
      const read = chars(r).join('');
      return read.includes(needle.join('')) || alignCost(needle, weighted(r, false), false) <= Math.max(1, Math.ceil(needle.length / 3));
    });
    if (close.length > 0) {
      const read = display(close[0]!.value);
      for (const strict of [true, false]) {
        // A certain mismatch rests on the readings in print large enough to be sure of: one in small print says
        // nothing for certain, for the typed name or against it.
        const pool = strict ? close.filter((r) => !smallPrint(r)) : close;
        if (pool.length === 0) continue;
        const cost = Math.min(...pool.map((r) => alignCost(needle, weighted(r, strict), false)));
        if (cost < 1 || !pool.some((r) => assertive(r, strict))) continue;
        if (strict && cost >= nearEdits(needle.length) + 1) continue;
        // A look-alike glyph in place of the typed one (恰 for 怡) is how OCR misreads, however sure it is.
        if (strict && pool.some((r) => lookAlikeSwap(needle, chars(r)))) return { status: 'doubt', read, cost };
        return { status: strict ? 'mismatch' : 'doubt', read, cost };
      }
      return { status: 'uncertain', read };
    }
    const other = readings.find((r) => shared(needle, chars(r)) < 1 / 3 && sameScript(needle, chars(r)) && assertive(r, true));
    if (other) return { status: 'doubt', read: display(other.value), cost: needle.length };
    return { status: 'uncertain', read: display(readings[0]!.value) };
  }
  if (text.some((line) => foldName(line.value).includes(needle.join('')))) return { status: 'match' };
  const best = Math.min(Infinity, ...text.map((line) => alignCost(needle, weighted(line, false), true)));
  return best < 1 ? { status: 'uncertain' } : { status: 'not-found' };
}
