/**
 * Characters that show as nothing, or as a blank, without being spaces: controls, bidi controls, zero-width and other
 * format characters, tag characters, variation selectors, letters that render empty (Hangul fillers, the braille
 * blank) and lone surrogates (broken UTF-16). A name or number holding one looks right and still fails the registrar's
 * comparison; a message that quotes one raw can even be displayed reversed (U+202E). Positions are UTF-16 offsets.
 *
 * Pure and browser-safe; no input throws.
 */
import { spaceKind } from './width.js';

/** Invisible BMP code points (the space-like ones of width.ts spaceKind excepted). */
function isInvisibleBmp(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x034f || // combining grapheme joiner
    c === 0x061c || // Arabic letter mark
    c === 0x115f || c === 0x1160 || // Hangul choseong and jungseong fillers
    c === 0x17b4 || c === 0x17b5 || // Khmer inherent vowels
    (c >= 0x180b && c <= 0x180f) || // Mongolian variation selectors and vowel separator
    (c >= 0x200b && c <= 0x200f) || // zero-width space, non-joiner, joiner; LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // LRE, RLE, PDF, LRO, RLO
    (c >= 0x2060 && c <= 0x206f) || // word joiner, invisible operators, LRI, RLI, FSI, PDI, deprecated format chars
    c === 0x2800 || // braille pattern blank
    c === 0x3164 || // Hangul filler
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    c === 0xfeff || // byte order mark, zero-width no-break space
    c === 0xffa0 || // half-width Hangul filler
    (c >= 0xfff9 && c <= 0xfffb) // interlinear annotation controls
  );
}

/**
 * The UTF-16 length (1 or 2) of the invisible character starting at `i`, or 0 when the character there is visible
 * or a space-like character of {@link spaceKind} (ordinary and ideographic spaces are reported as spaces). A low
 * surrogate at `i` is invisible only when it is a lone one.
 */
export function invisibleLength(s: string, i: number): 0 | 1 | 2 {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (d < 0xdc00 || d > 0xdfff) return 1; // lone high surrogate
    // Tag characters U+E0000-E007F and variation selectors U+E0100-E01EF.
    if (c === 0xdb40 && (d <= 0xdc7f || (d >= 0xdd00 && d <= 0xddef))) return 2;
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const before = i > 0 ? s.charCodeAt(i - 1) : 0;
    return before >= 0xd800 && before <= 0xdbff ? 0 : 1; // lone low surrogate
  }
  return spaceKind(c) === null && isInvisibleBmp(c) ? 1 : 0;
}

/**
 * One flag per UTF-16 unit of `s`: 1 where the unit belongs to an invisible character ({@link invisibleLength}).
 * Linear, so callers can test positions in a loop without re-reading surrogate pairs.
 */
export function invisibleMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  for (let i = 0; i < s.length; ) {
    const n = invisibleLength(s, i);
    if (n === 0) {
      i++;
      continue;
    }
    mask[i] = 1;
    if (n === 2) mask[i + 1] = 1;
    i += n;
  }
  return mask;
}

/** U+XXXX notation of a code point (at least four hex digits). */
export function codePointName(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * `s` with every invisible character, lone surrogate and space-like character other than U+0020 written as U+XXXX, so
 * a user value quoted in a message shows what is really there and cannot reorder the message around it.
 */
export function escapeInvisible(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    const n = invisibleLength(s, i);
    const c = s.charCodeAt(i);
    if (n === 0 && (c === 0x20 || spaceKind(c) === null)) {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
      continue;
    }
    const width = n === 0 ? 1 : n;
    out += s.slice(from, i) + codePointName(width === 2 ? s.codePointAt(i)! : c);
    i += width;
    from = i;
  }
  return from === 0 ? s : out + s.slice(from);
}
