/**
 * Explicit normalisation of a typed certificate number.
 *
 * Registrars want numbers typed in half-width characters, without spaces, in upper case and without the copy
 * number printed on a business licence copy, e.g. (1-1) (seeds 001 and 002). Every change made here is reported
 * as a problem of severity 'error': the typed form would be rejected, the normalised form may not be.
 *
 * Browser-safe, allocation-free for the common case (an already clean value), and total: no input throws.
 */
import type { NumberProblem } from '../numbers/types.js';
import { codePointName, invisibleLength } from './invisible.js';
import { isFullWidthCode, isSpaceLike, toHalfWidth } from './width.js';

/** Problem codes this module can report. */
export const NORMALIZATION_CODES = ['full-width', 'whitespace', 'lower-case', 'copy-number'] as const;
export type NormalizationCode = (typeof NORMALIZATION_CODES)[number];

/** Upper bound on the characters quoted back in problem data. */
const MAX_QUOTED = 40;

/** Characters a clean number consists of: 0-9 and A-Z. Anything else takes the slow path. */
function isCleanChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/**
 * A copy number at the very end, applied after full-width conversion and whitespace removal:
 * (1-1), [1-1], 【1-1】, 〔1-1〕, 副本(1-1), (副本1-1), 副本1-1, with any common dash.
 */
const COPY_NUMBER =
  /(?:副本)?(?:[([【〔](?:副本)?\d{1,3}[-‐‑‒–—−~～]\d{1,3}[)\]】〕]|副本\d{1,3}[-‐‑‒–—−~～]\d{1,3})$/u;

/** UTF-16 length of the space-like or invisible character at `i`, 0 for any other. */
function hiddenLength(s: string, i: number): number {
  return isSpaceLike(s.charCodeAt(i)) ? 1 : invisibleLength(s, i);
}

function quote(s: string): string {
  return s.length > MAX_QUOTED ? s.slice(0, MAX_QUOTED) + '…' : s;
}

/**
 * Normalise `value` and push one problem per kind of change into `problems`.
 * Returns the normalised value. Idempotent: normalising the result again changes nothing and reports nothing.
 */
export function normalizeNumber(value: string, problems: NumberProblem[]): string {
  // Fast path, kept small so it is inlined into the checks: a value of 0-9 A-Z only needs nothing.
  for (let i = 0; i < value.length; i++) {
    if (!isCleanChar(value.charCodeAt(i))) return normalizeSlow(value, problems);
  }
  return value;
}

function normalizeSlow(value: string, problems: NumberProblem[]): string {
  const n = value.length;
  // 1. Full-width to half-width.
  let s = value;
  let fullWidth = '';
  let fullWidthCount = 0;
  let hasFullWidth = false;
  for (let i = 0; i < n; i++) {
    if (isFullWidthCode(value.charCodeAt(i))) {
      hasFullWidth = true;
      break;
    }
  }
  if (hasFullWidth) {
    for (let i = 0; i < n; i++) {
      if (!isFullWidthCode(value.charCodeAt(i))) continue;
      if (fullWidth.length < MAX_QUOTED) fullWidth += value[i];
      fullWidthCount++;
    }
    s = toHalfWidth(value);
    problems.push({
      code: 'full-width',
      severity: 'error',
      message: 'The number contains full-width characters; type it in half-width characters.',
      data: { found: quote(fullWidth), count: fullWidthCount },
    });
  }

  // 2. Whitespace, including NBSP, and invisible characters (zero-width, bidi controls, tags, fillers, lone
  // surrogates), anywhere.
  let whitespaceCount = 0;
  for (let i = 0; i < s.length; i += hiddenLength(s, i) || 1) if (hiddenLength(s, i) > 0) whitespaceCount++;
  if (whitespaceCount > 0) {
    let out = '';
    const codes: string[] = [];
    for (let i = 0; i < s.length; ) {
      const n = hiddenLength(s, i);
      if (n > 0) {
        if (codes.length < 8) {
          const u = codePointName(n === 2 ? s.codePointAt(i)! : s.charCodeAt(i));
          if (!codes.includes(u)) codes.push(u);
        }
        i += n;
      } else {
        out += s[i];
        i++;
      }
    }
    s = out;
    problems.push({
      code: 'whitespace',
      severity: 'error',
      message: 'The number contains spaces or invisible characters; remove them.',
      data: { count: whitespaceCount, found: codes.join(' ') },
    });
  }

  // 3. Copy number at the end, possibly repeated.
  let copy = '';
  for (let guard = 0; guard < 8; guard++) {
    const m = COPY_NUMBER.exec(s);
    if (m === null || m.index === 0) break; // a value that is only a copy number is not stripped to nothing
    copy = m[0] + copy;
    s = s.slice(0, m.index);
  }
  if (copy !== '') {
    problems.push({
      code: 'copy-number',
      severity: 'error',
      message: 'The number ends with a licence copy number such as (1-1); leave the copy number out.',
      data: { found: quote(copy) },
    });
  }

  // 4. ASCII lower case to upper case (never Unicode case mapping: 'ß' must not grow into 'SS').
  let lower = '';
  let lowerCount = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      lowerCount++;
      if (lower.length < MAX_QUOTED && !lower.includes(s[i] as string)) lower += s[i];
    }
  }
  if (lowerCount > 0) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 0x20) : s[i];
    }
    s = out;
    problems.push({
      code: 'lower-case',
      severity: 'error',
      message: 'The number contains lower-case letters; type letters in upper case.',
      data: { found: lower, count: lowerCount },
    });
  }
  return s;
}
