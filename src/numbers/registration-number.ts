/**
 * Business registration numbers (工商注册号, GS15-2006): 15 digits, the last a check digit by ISO 7064 MOD 11,10.
 * Digits 1-6 are the registering authority's region code; its province is checked as a warning.
 * Since the three-in-one reform (2015) licences carry a USCC, which is the number registrars want typed.
 */
import type { NumberCheck, NumberProblem } from './types.js';
import { type CheckSpec, type Info, IS_PROVINCE, isDigit, lengthProblem, reportInvalidChars, runCheck, twoDigits, checksumProblem } from './shared.js';

/** ISO 7064 MOD 11,10 check digit for the first 14 digits of `s`. */
export function registrationNumberCheckDigit(s: string): string {
  let p = 10;
  for (let i = 0; i < 14; i++) {
    let t = (p + s.charCodeAt(i) - 48) % 10;
    if (t === 0) t = 10;
    p = (t * 2) % 11;
  }
  return String((11 - p) % 10);
}

/** True when `s` is 15 digits with a correct check digit. */
export function checkRegistrationNumberCore(s: string): boolean {
  if (s.length !== 15) return false;
  for (let i = 0; i < 15; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return registrationNumberCheckDigit(s) === s[14];
}

const allowedChar = (c: number): boolean => isDigit(c);

function core(s: string, problems: NumberProblem[]): Info | undefined {
  if (s.length !== 15) {
    problems.push(lengthProblem(15, s, s.length === 18 ? { looksLike: 'uscc' } : undefined));
    reportInvalidChars(s, problems, allowedChar);
    return undefined;
  }
  if (reportInvalidChars(s, problems, allowedChar)) return undefined;
  const region = s.slice(0, 6);
  const province = twoDigits(s, 0);
  if (!(IS_PROVINCE[province] || province === 10)) {
    problems.push({
      code: 'region',
      severity: 'warning',
      message: `Digits 1-6 (${region}) are not a region code.`,
      data: { actual: region },
    });
  }
  const expected = registrationNumberCheckDigit(s);
  const actual = s[14] as string;
  if (expected !== actual) {
    problems.push(checksumProblem(expected, actual));
  }
  return { region };
}

const isAllowedAt = (ch: string): boolean => ch.length === 1 && isDigit(ch.charCodeAt(0));
const SPEC: CheckSpec<undefined> = { core, accepts: checkRegistrationNumberCore, lookalike: { isAllowedAt } };

/** Check a 15-digit business registration number (GS15). */
export function checkRegistrationNumber(value: string): NumberCheck {
  return runCheck(SPEC, value, undefined);
}
