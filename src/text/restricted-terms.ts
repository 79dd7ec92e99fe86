/**
 * Finds restricted terms (中国 / 国家 / 中华 / 全国 / China …, seed 003: "包含 “中国”、“国家”、“中华”、“全国”、“China” 等特殊词汇")
 * in a name. The term list is data (it lives in a rule or registrar profile), never in this module.
 *
 * Matching is
 * - case-insensitive (China, CHINA, china),
 * - width-insensitive (Ｃｈｉｎａ, ＣＨＩＮＡ),
 * - blind to space-like and invisible characters inside the text and the term (中 国, 中\u3000国, Chi\u200bna),
 * - blind to traditional and variant forms of Han characters (中國, 中華: rules/data/han-variants.json),
 * - by whole words for Latin terms ("China" is not found in "Chinatown" or "Indochina") but inside any Han text for Han
 *   terms ("国家级" contains "国家"): Han text has no word boundaries, and a Latin word next to Han characters is a word.
 *
 * Pure and browser-safe; no input throws.
 */
import hanVariants from '../../rules/data/han-variants.json' with { type: 'json' };
import { invisibleLength } from './invisible.js';
import { isSpaceLike, toHalfWidth } from './width.js';

const VARIANTS: Readonly<Record<string, string>> = hanVariants.variants;

/** A letter, digit or mark of a script that separates words with spaces (so not Han, kana or other ideographs). */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const NO_WORD_BOUNDARIES = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch) && !NO_WORD_BOUNDARIES.test(ch);
}

export interface RestrictedTermMatch {
  /** The term as given in the list. */
  term: string;
  /** UTF-16 offset of the first matched character in the text as passed in. */
  index: number;
  /** UTF-16 length of the matched stretch of the text, including any spaces inside it. */
  length: number;
  /** The text as it appears in the input (text.slice(index, index + length)). */
  matched: string;
}

interface Folded {
  /** Folded text: half-width, lower case, simplified Han, no space-like characters. */
  s: string;
  /** For each UTF-16 unit of `s`: the start offset in the original string of the character it came from. */
  start: number[];
  /** For each UTF-16 unit of `s`: the end offset (exclusive) in the original string. */
  end: number[];
}

function fold(text: string): Folded {
  let s = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (!isSpaceLike(text.charCodeAt(i)) && invisibleLength(text, i) === 0) {
      const folded = Object.hasOwn(VARIANTS, ch) ? VARIANTS[ch]! : toHalfWidth(ch).toLowerCase();
      for (let k = 0; k < folded.length; k++) {
        start.push(i);
        end.push(i + width);
      }
      s += folded;
    }
    i += width;
  }
  return { s, start, end };
}

/**
 * Every occurrence of every term in the text, sorted by position (then by longer match first). Overlapping
 * occurrences are all reported: with terms 中国 and 中华人民共和国, "中华人民共和国" gives both where they occur.
 * Empty terms and terms made only of spaces are ignored.
 */
export function findRestrictedTerms(text: string, terms: readonly string[]): RestrictedTermMatch[] {
  if (typeof text !== 'string' || !Array.isArray(terms) || text.length === 0) return [];
  const hay = fold(text);
  const matches: RestrictedTermMatch[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (typeof term !== 'string') continue;
    const needle = fold(term).s;
    if (needle.length === 0 || seen.has(needle + '\u0000' + term)) continue;
    seen.add(needle + '\u0000' + term);
    // A term that begins (ends) with a word character must not continue a word of the text there.
    const wordStart = isWordChar(String.fromCodePoint(needle.codePointAt(0)!));
    const wordEnd = isWordChar(lastChar(needle));
    let from = 0;
    for (;;) {
      const at = hay.s.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const index = hay.start[at]!;
      const stop = hay.end[at + needle.length - 1]!;
      if (wordStart && isWordChar(foldedBefore(text, index))) continue;
      if (wordEnd && isWordChar(foldedAt(text, stop))) continue;
      matches.push({ term, index, length: stop - index, matched: text.slice(index, stop) });
    }
  }
  matches.sort((a, b) => a.index - b.index || b.length - a.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return matches;
}

function lastChar(s: string): string | undefined {
  return Array.from(s).pop();
}

/** The character starting at `i` of the original text, half-width (a space or invisible character is no word). */
function foldedAt(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  return toHalfWidth(String.fromCodePoint(text.codePointAt(i)!));
}

/** The character ending just before `i` of the original text, half-width. */
function foldedBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return toHalfWidth(text.slice(start, i));
}

/** True when any of the terms occurs in the text (same matching as {@link findRestrictedTerms}). */
export function hasRestrictedTerm(text: string, terms: readonly string[]): boolean {
  return findRestrictedTerms(text, terms).length > 0;
}
