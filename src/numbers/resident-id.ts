/**
 * Resident identity card numbers (居民身份证, GB 11643-1999) and the 18-digit numbers that share their layout:
 * Hong Kong/Macau/Taiwan residence permits (prefix 810000/820000/830000) and the 2023 foreign permanent resident
 * ID (first digit 9; digits 2-3 the accepting province). Layout: 6-digit region, 8-digit birth date, 3-digit
 * sequence (odd = male), check character ISO 7064 MOD 11-2 with X for 10.
 *
 * The region is checked at province level only: region codes are assigned when a card is issued, so they are never
 * checked against the birth year (DOMAIN.md). Age is not checked here; see `ageOn`.
 */
import type { NumberCheck, NumberProblem, ResidentIdKind, ResidentIdOptions } from './types.js';
import { type CheckSpec, type Extra, type Info, IS_PROVINCE, lengthProblem, reportInvalidChars, runCheck, twoDigits } from './shared.js';
import { dateKey, isCalendarDate, todayInShanghai } from './today.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const DEFAULT_KINDS: readonly ResidentIdKind[] = ['mainland'];
/** Earliest birth year accepted as plausible (the well-known sample 440524188001010014 is from 1880). */
const MIN_BIRTH_YEAR = 1850;

/** ISO 7064 MOD 11-2 check character over the first 17 digits of `s` (all digits assumed). */
export function residentIdCheckChar(s: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

let lastToday = '';
let lastTodayKey = 0;
function todayKey(): number {
  const t = todayInShanghai();
  if (t !== lastToday) {
    lastToday = t;
    lastTodayKey = dateKey(t);
  }
  return lastTodayKey;
}

function fmtKey(k: number): string {
  const y = Math.floor(k / 10000);
  const m = Math.floor(k / 100) % 100;
  const d = k % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const allowedChar = (c: number, i: number): boolean => (c >= 48 && c <= 57) || (i === 17 && c === 88);

function kindOf(s: string): ResidentIdKind {
  const c0 = s.charCodeAt(0);
  if (c0 === 57) return 'foreign-permanent';
  if (c0 === 56 && s.charCodeAt(1) >= 49 && s.charCodeAt(1) <= 51) return 'hk-macau-taiwan-residence'; // 81, 82, 83
  return 'mainland';
}

function core18(s: string, problems: NumberProblem[], options: ResidentIdOptions | undefined): Info | undefined {
  if (s.length !== 18) {
    problems.push(lengthProblem(18, s));
    reportInvalidChars(s, problems, allowedChar);
    return undefined;
  }
  for (let i = 0; i < 18; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (i === 17 && c === 88))) {
      reportInvalidChars(s, problems, allowedChar);
      return undefined;
    }
  }

  const kind = kindOf(s);
  const accepted = options?.kinds ?? DEFAULT_KINDS;
  if (!accepted.includes(kind)) {
    problems.push({
      code: 'kind',
      severity: 'error',
      message: `This is a ${kind} number, but only ${accepted.join(', ') || 'no kind'} is accepted here.`,
      data: { found: kind, accepted: accepted.join(',') },
    });
  }

  let provinceCode: string;
  if (kind === 'mainland') {
    const p = twoDigits(s, 0);
    provinceCode = s.slice(0, 2) + '0000';
    if (!IS_PROVINCE[p]) {
      problems.push({
        code: 'province',
        severity: 'error',
        message: `The first two digits ${s.slice(0, 2)} are not a province-level region code.`,
        data: { actual: s.slice(0, 2) },
      });
    }
  } else if (kind === 'hk-macau-taiwan-residence') {
    provinceCode = s.slice(0, 6);
    if (provinceCode !== '810000' && provinceCode !== '820000' && provinceCode !== '830000') {
      problems.push({
        code: 'province',
        severity: 'error',
        message: `A residence permit number starts with 810000, 820000 or 830000, not ${provinceCode}.`,
        data: { actual: provinceCode, expected: '810000/820000/830000' },
      });
    }
  } else {
    const p = twoDigits(s, 1);
    provinceCode = s.slice(1, 3) + '0000';
    if (!IS_PROVINCE[p] || p === 71) {
      problems.push({
        code: 'province',
        severity: 'error',
        message: `Digits 2-3 (${s.slice(1, 3)}) of a foreign permanent resident ID should be a mainland province code.`,
        data: { actual: s.slice(1, 3) },
      });
    }
  }

  const y = (s.charCodeAt(6) - 48) * 1000 + (s.charCodeAt(7) - 48) * 100 + twoDigits(s, 8);
  const m = twoDigits(s, 10);
  const d = twoDigits(s, 12);
  const info: Info = { kind, provinceCode, sex: (s.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female' };
  if (y < MIN_BIRTH_YEAR || !isCalendarDate(y, m, d)) {
    problems.push({
      code: 'birth-date',
      severity: 'error',
      message: `Digits 7-14 (${s.slice(6, 14)}) are not a real birth date.`,
      data: { actual: s.slice(6, 14) },
    });
  } else {
    const birth = y * 10000 + m * 100 + d;
    info.birthDate = fmtKey(birth);
    let now = NaN;
    if (options?.now !== undefined) now = dateKey(options.now);
    if (Number.isNaN(now)) now = todayKey();
    if (birth > now) {
      problems.push({
        code: 'future-birth-date',
        severity: 'error',
        message: `The birth date ${info.birthDate} is after today (${fmtKey(now)}).`,
        data: { birthDate: info.birthDate, now: fmtKey(now) },
      });
    }
  }

  const expected = residentIdCheckChar(s);
  const actual = s[17] as string;
  if (expected !== actual) {
    problems.push({
      code: 'checksum',
      severity: 'error',
      message: `The check character should be ${expected} but is ${actual}.`,
      data: { expected, actual },
    });
  }
  return info;
}

/** The 18-digit form of a 15-digit first-generation ID: '19' inserted before the year, check character appended. */
export function upgradeResidentId15(s: string): string {
  const body = s.slice(0, 6) + '19' + s.slice(6, 15);
  return body + residentIdCheckChar(body);
}

function core(s: string, problems: NumberProblem[], options: ResidentIdOptions | undefined, extra: Extra): Info | undefined {
  if (s.length === 15) {
    let digits = true;
    for (let i = 0; i < 15; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) {
      const upgraded = upgradeResidentId15(s);
      problems.push({
        code: 'old-15-digit',
        severity: 'error',
        message: 'This is a 15-digit first-generation ID number, which is not accepted; type the 18-digit number.',
        data: { converted: upgraded },
      });
      extra.suggestions = [upgraded];
      return undefined;
    }
  }
  return core18(s, problems, options);
}

const isAllowedAt = (ch: string, i: number): boolean => allowedChar(ch.charCodeAt(0), i) && ch.length === 1;

const SPEC: CheckSpec<ResidentIdOptions | undefined> = { core, lookalike: { isAllowedAt } };

/** Check an 18-digit resident ID (or, with `kinds`, a residence permit / foreign permanent resident ID). */
export function checkResidentId(value: string, options?: ResidentIdOptions): NumberCheck {
  return runCheck(SPEC, value, options);
}

/**
 * Age in whole years on date `on` of a person born on `birthDate` (both YYYY-MM-DD or YYYYMMDD).
 * A 29 February birthday is reached on 1 March in common years. NaN for malformed dates.
 */
export function ageOn(birthDate: string, on: string): number {
  const b = dateKey(birthDate);
  const o = dateKey(on);
  if (Number.isNaN(b) || Number.isNaN(o)) return NaN;
  return Math.floor(o / 10000) - Math.floor(b / 10000) - (o % 10000 < b % 10000 ? 1 : 0);
}
