/**
 * Person names: Han names (with compound surnames and the middle dot of transliterated names) and Latin names; and
 * whether a name is written in Latin script, as overseas holders must when their document is English (seeds 001, 003).
 * Pure and browser-safe; no input throws.
 */
import markers from '../../rules/data/name-markers.json' with { type: 'json' };
import { looksLikeOrganizationName } from './organization-names.js';
import { HAN, hanLength } from './script.js';

/** Chinese compound surnames (复姓), from rules/data/name-markers.json. */
export const COMPOUND_SURNAMES: readonly string[] = Object.freeze(markers.compoundSurnames.values);

/** The middle dot used in transliterated minority and foreign names on mainland documents (U+00B7). */
export const STANDARD_NAME_DOT = '\u00b7';

/** Characters people type instead of U+00B7 in names such as 阿卜杜·热合曼, from rules/data/name-markers.json. */
export const NAME_DOT_VARIANTS: readonly string[] = Object.freeze(markers.nameDotVariants.values);

export type PersonNameShape = 'han' | 'han-compound-surname' | 'han-dotted' | 'latin';

export interface PersonNameMatch {
  shape: PersonNameShape;
  /** For 'han-dotted': the dot character used (may be a variant of U+00B7). */
  dot?: string;
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const HAN_SEGMENT = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^\p{Script=Latin}+(?:['’\-]\p{Script=Latin}+)*\.?,?$/u;

/**
 * Recognises the shape of a person name:
 * - 'han': 2–4 Han characters (张三, 王小明, 张王小明);
 * - 'han-compound-surname': a compound surname plus 1–3 Han characters (欧阳娜娜, 司马相如如);
 * - 'han-dotted': Han segments joined by a middle dot (阿卜杜·热合曼, 2–6 segments, at most 20 Han characters);
 *   the dot may be a look-alike of U+00B7 ({@link checkNameTyping} reports that separately);
 * - 'latin': 2–6 Latin-script words separated by single spaces ("Zhang San", "John F. Smith", "O'Brien Anne-Marie").
 * Returns null for anything else, including names that {@link looksLikeOrganizationName} matches.
 * The name is trimmed first; internal spaces in Han names are not accepted.
 */
export function looksLikePersonName(name: string): PersonNameMatch | null {
  if (typeof name !== 'string') return null;
  const s = name.trim();
  if (s.length === 0 || s.length > 100) return null;
  if (looksLikeOrganizationName(s)) return null;

  if (COMPOUND_SURNAMES.some((cs) => s.startsWith(cs)) && /^\p{Script=Han}{3,5}$/u.test(s)) {
    return { shape: 'han-compound-surname' };
  }
  if (HAN_NAME.test(s)) return { shape: 'han' };

  const dots = [STANDARD_NAME_DOT, ...NAME_DOT_VARIANTS];
  for (const dot of dots) {
    if (!s.includes(dot)) continue;
    const parts = s.split(dot);
    if (
      parts.length >= 2 &&
      parts.length <= 6 &&
      parts.every((p) => HAN_SEGMENT.test(p)) &&
      hanLength(s) <= 20
    ) {
      return { shape: 'han-dotted', dot };
    }
  }

  const words = s.split(' ');
  if (words.length >= 2 && words.length <= 6 && words.every((w) => LATIN_WORD.test(w))) {
    return { shape: 'latin' };
  }
  return null;
}

/** True when the name contains at least one Han character. */
export function hasHan(name: string): boolean {
  return typeof name === 'string' && HAN.test(name);
}

/**
 * True when the name is written in Latin script only: Latin letters (with diacritics), spaces, and the name
 * punctuation ' ’ - . , — with at least one letter. Full-width letters do not count as Latin here.
 */
export function isLatinName(name: string): boolean {
  if (typeof name !== 'string') return false;
  return (
    /^[\p{Script=Latin}\p{M} '’\-.,]+$/u.test(name) && /\p{Script=Latin}/u.test(name) && !/[\uff21-\uff3a\uff41-\uff5a]/.test(name)
  );
}
