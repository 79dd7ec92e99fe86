/**
 * Character-width and invisible-character helpers.
 *
 * Registrars want names and numbers typed in half-width characters, with half-width brackets and no spaces
 * (seeds 001 and 002: "证件号码必须以半角字符填写", "括号必须以半角字符（英文输入法下的）填写", "请勿…输入空格").
 * These helpers only find and convert; they never decide whether something is a problem.
 *
 * Positions are UTF-16 code-unit offsets into the string that was passed in, so they can be used directly with
 * `String.prototype.slice` and `HTMLInputElement.setSelectionRange`.
 *
 * Pure and browser-safe; no input throws.
 */

/** A character found at a position. `index` is a UTF-16 offset into the input. */
export interface CharAt {
  index: number;
  char: string;
}

/** The kind of a space-like or invisible character. */
export type SpaceKind =
  | 'space' // U+0020
  | 'ideographic-space' // U+3000, the full-width space a Chinese IME types
  | 'no-break-space' // U+00A0, U+2007, U+202F
  | 'zero-width' // U+200B, U+200C, U+200D, U+2060, U+FEFF
  | 'tab'
  | 'line-break' // \n \r U+0085 U+2028 U+2029, vertical tab, form feed
  | 'other-space'; // U+1680, U+2000-U+200A, U+205F

export interface SpaceAt extends CharAt {
  kind: SpaceKind;
}

/** Full-width bracket → half-width counterpart. 【】〔〕〖〗 have no half-width form; they map to square brackets. */
export const FULL_WIDTH_BRACKETS: Readonly<Record<string, string>> = Object.freeze({
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '｛': '{',
  '｝': '}',
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '〖': '[',
  '〗': ']',
});

/** Half-width bracket → the full-width form a Chinese registrar would expect when it asks for full-width brackets. */
export const HALF_WIDTH_BRACKETS: Readonly<Record<string, string>> = Object.freeze({
  '(': '（',
  ')': '）',
  '[': '［',
  ']': '］',
  '{': '｛',
  '}': '｝',
});

/** Full-width signs U+FFE0-U+FFE6 and their half-width forms. */
const FULL_WIDTH_SIGNS: Readonly<Record<number, string>> = {
  0xffe0: '\u00a2',
  0xffe1: '\u00a3',
  0xffe2: '\u00ac',
  0xffe3: '\u00af',
  0xffe4: '\u00a6',
  0xffe5: '\u00a5',
  0xffe6: '\u20a9',
};

/** True for U+FF01-U+FF5E (full-width ASCII), U+3000 and U+FFE0-U+FFE6. */
export function isFullWidthCode(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0xffe0 && c <= 0xffe6);
}

/**
 * Converts full-width ASCII (U+FF01-U+FF5E: letters, digits, punctuation including （）［］｛｝), the ideographic
 * space U+3000 and the full-width signs U+FFE0-U+FFE6 to their half-width forms. Everything else is unchanged,
 * including 【】 (see {@link FULL_WIDTH_BRACKETS} for those) and CJK punctuation such as 、。.
 */
export function toHalfWidth(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else if (c >= 0xffe0 && c <= 0xffe6) {
      out += FULL_WIDTH_SIGNS[c] ?? s[i];
      changed = true;
    } else {
      out += s[i];
    }
  }
  return changed ? out : s;
}

/** True when the string holds any character that {@link toHalfWidth} would change. */
export function hasFullWidth(s: string): boolean {
  if (typeof s !== 'string') return false;
  for (let i = 0; i < s.length; i++) if (isFullWidthCode(s.charCodeAt(i))) return true;
  return false;
}

/** Every character {@link toHalfWidth} would change, with its position. */
export function findFullWidth(s: string): CharAt[] {
  const found: CharAt[] = [];
  if (typeof s !== 'string') return found;
  for (let i = 0; i < s.length; i++) if (isFullWidthCode(s.charCodeAt(i))) found.push({ index: i, char: s[i]! });
  return found;
}

/** Full-width brackets （）［］｛｝【】〔〕〖〗 with their positions. */
export function findFullWidthBrackets(s: string): CharAt[] {
  const found: CharAt[] = [];
  if (typeof s !== 'string') return found;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (Object.prototype.hasOwnProperty.call(FULL_WIDTH_BRACKETS, ch)) found.push({ index: i, char: ch });
  }
  return found;
}

/** Half-width brackets ()[]{} with their positions. */
export function findHalfWidthBrackets(s: string): CharAt[] {
  const found: CharAt[] = [];
  if (typeof s !== 'string') return found;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (Object.prototype.hasOwnProperty.call(HALF_WIDTH_BRACKETS, ch)) found.push({ index: i, char: ch });
  }
  return found;
}

/** Replaces full-width brackets with half-width ones (【】〔〕〖〗 become []). */
export function toHalfWidthBrackets(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (const ch of s) out += FULL_WIDTH_BRACKETS[ch] ?? ch;
  return out;
}

/** Replaces half-width brackets with full-width ones. */
export function toFullWidthBrackets(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (const ch of s) out += HALF_WIDTH_BRACKETS[ch] ?? ch;
  return out;
}

/** Classifies one UTF-16 code unit as a space-like or invisible character, or null. */
export function spaceKind(c: number): SpaceKind | null {
  if (c === 0x20) return 'space';
  if (c === 0x3000) return 'ideographic-space';
  if (c === 0xa0 || c === 0x2007 || c === 0x202f) return 'no-break-space';
  // Zero-width and other invisible characters, including the soft hyphen and the Mongolian vowel separator.
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad || c === 0x180e) return 'zero-width';
  if (c === 0x09) return 'tab';
  if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) {
    return 'line-break';
  }
  if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x205f) return 'other-space';
  return null;
}

/** True for any character {@link spaceKind} classifies. */
export function isSpaceLike(c: number): boolean {
  return spaceKind(c) !== null;
}

/** Every space-like or invisible character (ASCII space, U+3000, no-break spaces, zero-width characters, tabs, line breaks). */
export function findSpaces(s: string): SpaceAt[] {
  const found: SpaceAt[] = [];
  if (typeof s !== 'string') return found;
  for (let i = 0; i < s.length; i++) {
    const kind = spaceKind(s.charCodeAt(i));
    if (kind) found.push({ index: i, char: s[i]!, kind });
  }
  return found;
}

/** Removes every space-like or invisible character. */
export function removeSpaces(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isSpaceLike(s.charCodeAt(i))) out += s[i];
  return out;
}
