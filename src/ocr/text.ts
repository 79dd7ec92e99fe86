/**
 * Pure text helpers for OCR output (browser-safe): width and space normalisation, and approximate matching.
 *
 * Tesseract's Chinese model splits text into "words" and joins them with spaces, so 营业执照 often comes back as
 * 营 业 执 照 or 营业 执照. Full-width forms (（ ） ： １２３) and half-width forms are folded together with NFKC.
 */

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu');

/** NFKC (full-width → half-width, ideographic space → space), unify dashes and brackets, trim each line. */
export function foldWidth(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, '-')
    .replace(/[【〔［]/g, '[')
    .replace(/[】〕］]/g, ']')
    .replace(/[\u00a0\u3000]/g, ' ');
}

/** Removes the spaces OCR inserts between Chinese characters; keeps spaces between Latin words and digits. */
export function joinHanSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

/** One line of OCR text in the form every extractor works on: width-folded, Han spaces removed, single spaces. */
export function normalizeLine(line: string): string {
  return joinHanSpaces(foldWidth(line)).replace(/[ \t]+/g, ' ').trim();
}

/** Splits OCR text into normalised, non-empty lines. */
export function normalizeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(normalizeLine)
    .filter((l) => l.length > 0);
}

/** Removes every space: for keyword search over text whose spacing cannot be trusted. */
export function squash(text: string): string {
  return foldWidth(text).replace(/\s+/g, '');
}

/**
 * Smallest edit distance between `needle` and any substring of `haystack` (Sellers' algorithm), with the end index of
 * the best match. O(|needle| × |haystack|); OCR text of one document is a few hundred characters.
 */
export function approximateFind(haystack: string, needle: string): { distance: number; end: number } {
  const n = [...needle];
  const h = [...haystack];
  if (n.length === 0) return { distance: 0, end: 0 };
  let prev = Array.from({ length: n.length + 1 }, (_, i) => i);
  let best = { distance: n.length, end: 0 };
  for (let j = 1; j <= h.length; j += 1) {
    const cur = [0];
    for (let i = 1; i <= n.length; i += 1) {
      const cost = n[i - 1] === h[j - 1] ? 0 : 1;
      cur[i] = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + cost);
    }
    if (cur[n.length]! < best.distance) best = { distance: cur[n.length]!, end: j };
    prev = cur;
  }
  return best;
}

/** Whether `haystack` contains `needle` with at most `maxErrors` edits. */
export function containsApproximately(haystack: string, needle: string, maxErrors: number): boolean {
  if (maxErrors <= 0) return haystack.includes(needle);
  if (haystack.includes(needle)) return true;
  return approximateFind(haystack, needle).distance <= maxErrors;
}

/** Plain Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[y.length]!;
}
