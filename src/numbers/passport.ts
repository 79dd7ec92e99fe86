/**
 * Passport numbers. For country 'CN' (or 'CHN') the mainland PRC formats: G + 8 digits, E + 8 digits,
 * E + a letter other than I/O + 7 digits, DE/SE/PE + 7 digits (diplomatic, service, official). Otherwise a loose
 * ICAO 9303 check: 5 to 9 characters from 0-9 A-Z (the document number field holds up to 9).
 * Passports have no check character in the number itself, so look-alike suggestions are only offered when a swap
 * turns a malformed mainland number into a well-formed one.
 */
import type { NumberCheck, NumberProblem, PassportOptions } from './types.js';
import { type CheckSpec, type Info, charCount, isDigit, isUpperAlnum, lengthProblem, reportInvalidChars, runCheck } from './shared.js';

const CN_FORMATS = 'G + 8 digits, E + 8 digits, E + letter (not I/O) + 7 digits, DE/SE/PE + 7 digits';

function isChina(country: string | undefined): boolean {
  if (typeof country !== 'string') return false;
  const c = country.trim().toUpperCase();
  return c === 'CN' || c === 'CHN';
}

function digitsFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** The mainland format `s` (9 upper-case alphanumerics) matches, or '' for none. */
function cnFormat(s: string): string {
  const a = s[0];
  const b = s.charCodeAt(1);
  if ((a === 'G' || a === 'E') && digitsFrom(s, 1)) return a === 'G' ? 'G' : 'E';
  if (a === 'E' && b >= 65 && b <= 90 && b !== 73 && b !== 79 && digitsFrom(s, 2)) return 'E-letter';
  if ((a === 'D' || a === 'S' || a === 'P') && s[1] === 'E' && digitsFrom(s, 2)) return a + 'E';
  return '';
}

const alnum = (c: number): boolean => isUpperAlnum(c);

function core(s: string, problems: NumberProblem[], options: PassportOptions | undefined): Info | undefined {
  if (isChina(options?.country)) {
    if (s.length !== 9) {
      problems.push(lengthProblem(9, s));
      reportInvalidChars(s, problems, alnum);
      return undefined;
    }
    if (reportInvalidChars(s, problems, alnum)) return undefined;
    const format = cnFormat(s);
    if (format === '') {
      problems.push({
        code: 'format',
        severity: 'error',
        message: `A mainland passport number has one of these forms: ${CN_FORMATS}.`,
        data: { expected: CN_FORMATS, actual: s },
      });
      return undefined;
    }
    return { format };
  }
  const n = charCount(s);
  if (n < 5 || n > 9) {
    problems.push(lengthProblem('5 to 9', s));
    reportInvalidChars(s, problems, alnum);
    return undefined;
  }
  reportInvalidChars(s, problems, alnum);
  return undefined;
}

const isAllowedAt = (ch: string): boolean => ch.length === 1 && isUpperAlnum(ch.charCodeAt(0));
const SPEC: CheckSpec<PassportOptions | undefined> = {
  core,
  lookalike: { isAllowedAt },
  lookalikeCodes: ['format', 'invalid-char'],
};

/** Check a passport number; `country: 'CN'` applies the mainland formats. */
export function checkPassport(value: string, options?: PassportOptions): NumberCheck {
  return runCheck(SPEC, value, options);
}
