/** Plumbing shared by the number checks: normalise, run the format's core check, gather suggestions. */
import { normalizeNumber } from '../text/normalize-number.js';
import { lookalikeVariants } from '../text/lookalikes.js';
import type { NumberCheck, NumberProblem } from './types.js';

export type Info = Record<string, string | number | boolean>;

/**
 * The format-specific part of a check. Reads an already normalised, non-empty value, pushes problems, and returns
 * info (or undefined). Must not throw for any string.
 */
export type Core<O> = (s: string, problems: NumberProblem[], options: O, extra: Extra) => Info | undefined;

/** Side channel from a core check to the runner. */
export interface Extra {
  /** Suggestions computed by the core itself (e.g. the 18-digit form of a 15-digit ID). Must be normalised values. */
  suggestions?: string[];
}

export interface CheckSpec<O> {
  core: Core<O>;
  /** Per-format clean-up after the shared normalisation (e.g. the org code's hyphen). */
  preprocess?: (s: string, problems: NumberProblem[]) => string;
  /** Position rules for the look-alike search; omit to disable look-alike suggestions. */
  lookalike?: { isAllowedAt: (char: string, index: number) => boolean };
  /**
   * Optional allocation-free equivalent of "core reports no error" for a normalised value, used to test look-alike
   * candidates. Must agree with `core` exactly (tests compare them).
   */
  accepts?: (s: string, options: O) => boolean;
  /** Problem codes whose failure a look-alike swap may fix. */
  lookalikeCodes?: readonly string[];
}

const DEFAULT_LOOKALIKE_CODES = ['checksum', 'invalid-char'] as const;
const MAX_SUGGESTIONS = 5;

function hasError(problems: NumberProblem[], from: number): boolean {
  for (let i = from; i < problems.length; i++) if ((problems[i] as NumberProblem).severity === 'error') return true;
  return false;
}

/** Whether the core check passes `s` (a normalised value) without errors. */
export function corePasses<O>(spec: CheckSpec<O>, s: string, options: O): boolean {
  const problems: NumberProblem[] = [];
  if (normalizeNumber(s, problems) !== s || problems.length > 0) return false; // must need no further clean-up
  const t = spec.preprocess ? spec.preprocess(s, problems) : s;
  if (t === '' || t !== s || problems.length > 0) return false;
  if (spec.accepts) return spec.accepts(t, options);
  spec.core(t, problems, options, {});
  return !hasError(problems, 0);
}

/**
 * Runs a check on a value from any JavaScript caller: a value that is not a string (a number or bigint, which would
 * lose or invent digits, a Symbol, a Proxy, an object with a throwing toString) is a `wrong-type` problem and never
 * read; options that cannot be read are taken as none.
 */
export function runCheck<O>(spec: CheckSpec<O>, value: unknown, options: O): NumberCheck {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    const actual = typeof value;
    return {
      valid: false,
      normalized: '',
      problems: [{ code: 'wrong-type', severity: 'error', message: `The number must be given as a string, not ${/^[aeiou]/.test(actual) ? 'an' : 'a'} ${actual}.`, data: { actual } }],
      suggestions: [],
    };
  }
  try {
    return runOnString(spec, value ?? '', readableOptions(options));
  } catch {
    return runOnString(spec, value ?? '', undefined as O); // an option value (a nested Proxy) that throws when read
  }
}

/** A plain copy of the caller's options (own data properties), or undefined when they cannot be read. */
export function readableOptions<O>(options: O): O {
  if (typeof options !== 'object' || options === null) return options;
  try {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(options)) {
      const descriptor = Object.getOwnPropertyDescriptor(options, key);
      if (descriptor && 'value' in descriptor) copy[key] = descriptor.value;
    }
    return copy as O;
  } catch {
    return undefined as O;
  }
}

function runOnString<O>(spec: CheckSpec<O>, typed: string, options: O): NumberCheck {
  const problems: NumberProblem[] = [];
  let normalized = normalizeNumber(typed, problems);
  if (spec.preprocess) normalized = spec.preprocess(normalized, problems);
  if (normalized === '') {
    problems.push({ code: 'empty', severity: 'error', message: 'No number was entered.' });
    return { valid: false, normalized, problems, suggestions: [] };
  }
  const coreStart = problems.length;
  const extra: Extra = {};
  const info = spec.core(normalized, problems, options, extra);
  const coreFailed = hasError(problems, coreStart);
  const valid = !coreFailed && !hasError(problems, 0);

  let suggestions: string[] = [];
  if (!coreFailed) {
    if (normalized !== typed && corePasses(spec, normalized, options)) suggestions = [normalized];
  } else {
    if (extra.suggestions) {
      for (const s of extra.suggestions) if (corePasses(spec, s, options)) suggestions.push(s);
    }
    if (spec.lookalike) {
      const codes = spec.lookalikeCodes ?? DEFAULT_LOOKALIKE_CODES;
      let target: NumberProblem | undefined;
      let blocked = false;
      for (let i = coreStart; i < problems.length; i++) {
        const p = problems[i] as NumberProblem;
        if (p.severity !== 'error') continue;
        if (codes.includes(p.code)) target ??= p;
        else blocked = true; // e.g. a length error: swapping characters cannot fix it
      }
      if (target && !blocked) {
        const variants = lookalikeVariants(normalized, (c) => corePasses(spec, c, options), spec.lookalike);
        if (target.data) target.data.lookalike = variants.length;
        else target.data = { lookalike: variants.length };
        for (const v of variants) if (!suggestions.includes(v)) suggestions.push(v);
      }
    }
    if (suggestions.length > MAX_SUGGESTIONS) suggestions = suggestions.slice(0, MAX_SUGGESTIONS);
  }
  const result: NumberCheck = { valid, normalized, problems, suggestions };
  if (info) result.info = info;
  return result;
}

/** Number of code points in `s` (what a person would count as characters). */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export function lengthProblem(expected: number | string, s: string, extraData?: Record<string, string | number>): NumberProblem {
  const actual = charCount(s);
  return {
    code: 'length',
    severity: 'error',
    message: `The number should have ${expected} characters but has ${actual}.`,
    data: { expected, actual, ...extraData },
  };
}

/** The problem of a check character that does not match (`note` adds to the message, `extraData` to the data). */
export function checksumProblem(expected: string, actual: string, note = '', extraData?: Record<string, string | number>): NumberProblem {
  return {
    code: 'checksum',
    severity: 'error',
    message: `The check character should be ${expected} but is ${actual}.${note ? ` ${note}` : ''}`,
    data: { expected, actual, ...extraData },
  };
}

/**
 * Report the first character not allowed at its position (with the count of such characters).
 * Returns true when one was found. `allowed` gets the UTF-16 code unit (surrogates are never allowed).
 */
export function reportInvalidChars(
  s: string,
  problems: NumberProblem[],
  allowed: (code: number, index: number) => boolean,
): boolean {
  let first = -1;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (!allowed(s.charCodeAt(i), i)) {
      if (first < 0) first = i;
      count++;
    }
  }
  if (first < 0) return false;
  const cp = s.codePointAt(first) as number;
  const char = String.fromCodePoint(cp);
  const position = charCount(s.slice(0, first)) + 1;
  problems.push({
    code: 'invalid-char',
    severity: 'error',
    message: `Character "${char}" at position ${position} is not allowed there.`,
    data: { char, position, count },
  });
  return true;
}

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isUpperAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);

/** Province-level codes of GB/T 2260 used by mainland resident IDs (71 Taiwan included). */
export const PROVINCE_CODES: readonly number[] = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71,
];
/** Lookup table indexed by the two-digit code: mainland provinces, Taiwan 71. HK 81 and Macau 82 are not included. */
export const IS_PROVINCE: readonly boolean[] = (() => {
  const t = new Array<boolean>(100).fill(false);
  for (const p of PROVINCE_CODES) t[p] = true;
  return t;
})();

export function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}
