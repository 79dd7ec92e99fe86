/**
 * Organization codes (组织机构代码, GB 11714-1997): 8 characters from 0-9 A-Z and a check character (0-9 or X).
 * Check: weights 3,7,9,10,5,8,4,2 over values 0-9, A=10 … Z=35; C = 11 - (sum mod 11), 10 → X, 11 → 0.
 * The printed form "XXXXXXXX-Y" is accepted and reported as a normalisation warning ('hyphen').
 */
import type { NumberCheck, NumberProblem } from './types.js';
import { type CheckSpec, type Info, isUpperAlnum, lengthProblem, reportInvalidChars, runCheck, checksumProblem } from './shared.js';

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

function value36(c: number): number {
  return c <= 57 ? c - 48 : c - 55;
}

/** GB 11714 check character over the first 8 characters of `s` starting at `at` (0-9/A-Z assumed). */
export function orgCodeCheckChar(s: string, at = 0): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += value36(s.charCodeAt(at + i)) * (WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

const allowedChar = (c: number, i: number): boolean => (i < 8 ? isUpperAlnum(c) : i === 8 && ((c >= 48 && c <= 57) || c === 88));

function preprocess(s: string, problems: NumberProblem[]): string {
  if (s.length === 10 && s.charCodeAt(8) === 45 /* - */) {
    problems.push({
      code: 'hyphen',
      severity: 'warning',
      message: 'The hyphen before the check character was removed; type the 9 characters without it.',
      data: { found: s },
    });
    return s.slice(0, 8) + s.slice(9);
  }
  return s;
}

function core(s: string, problems: NumberProblem[]): Info | undefined {
  if (s.length !== 9) {
    problems.push(lengthProblem(9, s));
    reportInvalidChars(s, problems, allowedChar);
    return undefined;
  }
  if (reportInvalidChars(s, problems, allowedChar)) return undefined;
  const expected = orgCodeCheckChar(s);
  const actual = s[8] as string;
  if (expected !== actual) {
    problems.push(checksumProblem(expected, actual));
  }
  return undefined;
}

const isAllowedAt = (ch: string, i: number): boolean => ch.length === 1 && allowedChar(ch.charCodeAt(0), i);
/** Allocation-free equivalent of "core reports no error". */
function accepts(s: string): boolean {
  if (s.length !== 9) return false;
  for (let i = 0; i < 9; i++) if (!allowedChar(s.charCodeAt(i), i)) return false;
  return orgCodeCheckChar(s) === s[8];
}

const SPEC: CheckSpec<undefined> = { core, preprocess, accepts, lookalike: { isAllowedAt } };

/** Check a 9-character organization code (GB 11714), optionally typed as XXXXXXXX-Y. */
export function checkOrgCode(value: string): NumberCheck {
  return runCheck(SPEC, value, undefined);
}
