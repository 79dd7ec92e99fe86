/**
 * Travel permits for Hong Kong/Macau residents (港澳居民来往内地通行证): H or M + 8 digits, older cards + 2 more
 * digits (10 digits after the letter). Taiwan residents (台湾居民来往大陆通行证): 8 digits, older cards + 2 more.
 * No check character: look-alike suggestions are offered when a swap makes a malformed number well-formed.
 */
import type { NumberCheck, NumberProblem } from './types.js';
import { type CheckSpec, type Info, isDigit, lengthProblem, reportInvalidChars, runCheck } from './shared.js';

function hkCore(s: string, problems: NumberProblem[]): Info | undefined {
  if (s.length !== 9 && s.length !== 11) {
    problems.push(lengthProblem('9 or 11', s));
    reportInvalidChars(s, problems, (c, i) => (i === 0 ? c === 72 || c === 77 : isDigit(c)));
    return undefined;
  }
  const first = s.charCodeAt(0);
  if (first !== 72 && first !== 77) {
    problems.push({
      code: 'format',
      severity: 'error',
      message: 'A Hong Kong/Macau travel permit number starts with H or M.',
      data: { expected: 'H/M', actual: String.fromCodePoint(s.codePointAt(0) as number) },
    });
  }
  if (reportInvalidChars(s, problems, (c, i) => i === 0 || isDigit(c)) || (first !== 72 && first !== 77)) return undefined;
  return { region: first === 72 ? 'hong-kong' : 'macau', older: s.length === 11 };
}

function twCore(s: string, problems: NumberProblem[]): Info | undefined {
  if (s.length !== 8 && s.length !== 10) {
    problems.push(lengthProblem('8 or 10', s));
    reportInvalidChars(s, problems, isDigit);
    return undefined;
  }
  if (reportInvalidChars(s, problems, isDigit)) return undefined;
  return { older: s.length === 10 };
}

const HK_SPEC: CheckSpec<undefined> = {
  core: hkCore,
  lookalike: { isAllowedAt: (ch, i) => ch.length === 1 && (i === 0 ? ch === 'H' || ch === 'M' : isDigit(ch.charCodeAt(0))) },
  lookalikeCodes: ['format', 'invalid-char'],
};
const TW_SPEC: CheckSpec<undefined> = {
  core: twCore,
  lookalike: { isAllowedAt: (ch) => ch.length === 1 && isDigit(ch.charCodeAt(0)) },
};

/** Check a Hong Kong/Macau residents' travel permit number (H/M + 8 or 10 digits). */
export function checkHkMacauPermit(value: string): NumberCheck {
  return runCheck(HK_SPEC, value, undefined);
}

/** Check a Taiwan residents' travel permit number (8 or 10 digits). */
export function checkTaiwanPermit(value: string): NumberCheck {
  return runCheck(TW_SPEC, value, undefined);
}
