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
import { type CheckSpec, type Extra, type Info, IS_PROVINCE, lengthProblem, reportInvalidChars, runCheck, twoDigits, checksumProblem } from './shared.js';
import { dateKey, isCalendarDate, todayInShanghai } from './today.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const DEFAULT_KINDS: readonly ResidentIdKind[] = ['mainland'];
/** How each kind's number starts, for messages. */
const KIND_PREFIX: Record<ResidentIdKind, string> = {
  mainland: '11…65',
  'hk-macau-taiwan-residence': '810000/820000/830000',
  'foreign-permanent': '9',
};
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

let lastNowOption = '';
let lastNowKey = NaN;
/** The reference date as YYYYMMDD: options.now when it is a valid date, else today in China. Parsed once per value. */
function nowKey(now: string | undefined): number {
  if (now !== undefined) {
    if (now !== lastNowOption) {
      lastNowOption = now;
      lastNowKey = dateKey(now);
    }
    if (!Number.isNaN(lastNowKey)) return lastNowKey;
  }
  return todayKey();
}

function fmtKey(k: number): string {
  const y = Math.floor(k / 10000);
  const m = Math.floor(k / 100) % 100;
  const d = k % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const allowedChar = (c: number, i: number): boolean => (c >= 48 && c <= 57) || (i === 17 && c === 88);

// Findings of `analyze`, as bits.
const F_LENGTH = 1;
const F_CHAR = 2;
const F_KIND = 4;
const F_PROVINCE = 8;
const F_DATE = 16;
const F_FUTURE = 32;
const F_CHECKSUM = 64;

// Details of the last `analyze` call. JavaScript is single-threaded and `analyze` calls nothing re-entrant, so
// module-level scratch state avoids allocating a result object on the hot path.
let aKind: ResidentIdKind = 'mainland';
let aBirth = 0;
let aNow = 0;
let aExpected = '';

const PROVINCE_NAMES: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0') + '0000');

/**
 * Check an 18-character value without allocating: returns a bit set of findings (0 = acceptable) and leaves the
 * details in the scratch variables above.
 */
function analyze(s: string, options: ResidentIdOptions | undefined): number {
  if (s.length !== 18) return F_LENGTH;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return F_CHAR;
    sum += d * (WEIGHTS[i] as number);
  }
  const last = s.charCodeAt(17);
  if (!((last >= 48 && last <= 57) || last === 88)) return F_CHAR;

  let flags = 0;
  const c0 = s.charCodeAt(0);
  const p = (c0 - 48) * 10 + (s.charCodeAt(1) - 48);
  let kind: ResidentIdKind;
  if (c0 === 57) {
    kind = 'foreign-permanent';
    const fp = (s.charCodeAt(1) - 48) * 10 + (s.charCodeAt(2) - 48);
    if (!IS_PROVINCE[fp] || fp === 71) flags |= F_PROVINCE;
  } else if (p === 81 || p === 82 || p === 83) {
    kind = 'hk-macau-taiwan-residence';
    for (let i = 2; i < 6; i++) if (s.charCodeAt(i) !== 48) flags |= F_PROVINCE;
  } else {
    kind = 'mainland';
    if (!IS_PROVINCE[p]) flags |= F_PROVINCE;
  }
  aKind = kind;
  const accepted = options?.kinds ?? DEFAULT_KINDS;
  // A number whose first two digits are no province is not known to be a mainland ID: its prefix is the problem.
  const unknownPrefix = kind === 'mainland' && (flags & F_PROVINCE) !== 0;
  if ((accepted !== DEFAULT_KINDS || kind !== 'mainland') && !unknownPrefix) {
    if (!accepted.includes(kind)) flags |= F_KIND;
  }

  const y = (s.charCodeAt(6) - 48) * 1000 + (s.charCodeAt(7) - 48) * 100 + twoDigits(s, 8);
  const m = twoDigits(s, 10);
  const d = twoDigits(s, 12);
  if (y < MIN_BIRTH_YEAR || !isCalendarDate(y, m, d)) {
    flags |= F_DATE;
    aBirth = 0;
  } else {
    aBirth = y * 10000 + m * 100 + d;
    aNow = nowKey(options?.now);
    if (aBirth > aNow) flags |= F_FUTURE;
  }

  const expected = CHECK_CHARS.charCodeAt(sum % 11);
  if (expected !== last) {
    flags |= F_CHECKSUM;
    aExpected = String.fromCharCode(expected);
  }
  return flags;
}

function core18(s: string, problems: NumberProblem[], options: ResidentIdOptions | undefined): Info | undefined {
  const flags = analyze(s, options);
  if (flags & F_LENGTH) {
    problems.push(lengthProblem(18, s));
    reportInvalidChars(s, problems, allowedChar);
    return undefined;
  }
  if (flags & F_CHAR) {
    reportInvalidChars(s, problems, allowedChar);
    return undefined;
  }
  const kind = aKind;
  const provinceCode =
    kind === 'mainland'
      ? (PROVINCE_NAMES[twoDigits(s, 0)] as string)
      : kind === 'foreign-permanent'
        ? (PROVINCE_NAMES[twoDigits(s, 1)] as string)
        : s.slice(0, 6);
  const info: Info = { kind, sex: (s.charCodeAt(16) & 1) === 1 ? 'male' : 'female', provinceCode };
  if (flags === 0) {
    info.birthDate = s.slice(6, 10) + '-' + s.slice(10, 12) + '-' + s.slice(12, 14);
    return info;
  }

  if (flags & F_KIND) {
    const accepted = options?.kinds ?? DEFAULT_KINDS;
    problems.push({
      code: 'kind',
      severity: 'error',
      message: `This is a ${kind} number, but only ${accepted.join(', ') || 'no kind'} is accepted here.`,
      data: { found: kind, accepted: accepted.join(',') },
    });
  }
  if (flags & F_PROVINCE) {
    if (kind === 'mainland') {
      problems.push({
        code: 'province',
        severity: 'error',
        message: `The first two digits ${s.slice(0, 2)} are not a province-level region code.`,
        // The prefixes of the kinds accepted here: a residence permit's rule words the same problem by them.
        data: { actual: s.slice(0, 2), expected: (options?.kinds ?? DEFAULT_KINDS).map((k) => KIND_PREFIX[k]).join(', ') },
      });
    } else if (kind === 'hk-macau-taiwan-residence') {
      problems.push({
        code: 'province',
        severity: 'error',
        message: `A residence permit number starts with 810000, 820000 or 830000, not ${provinceCode}.`,
        data: { actual: provinceCode, expected: '810000/820000/830000' },
      });
    } else {
      problems.push({
        code: 'province',
        severity: 'error',
        message: `Digits 2-3 (${s.slice(1, 3)}) of a foreign permanent resident ID should be a mainland province code.`,
        data: { actual: s.slice(0, 3), expected: '9 + 11…65' },
      });
    }
  }
  if (flags & F_DATE) {
    problems.push({
      code: 'birth-date',
      severity: 'error',
      message: `Digits 7-14 (${s.slice(6, 14)}) are not a real birth date.`,
      data: { actual: s.slice(6, 14) },
    });
  } else {
    info.birthDate = fmtKey(aBirth);
    if (flags & F_FUTURE) {
      const now = fmtKey(aNow);
      problems.push({
        code: 'future-birth-date',
        severity: 'error',
        message: `The birth date ${info.birthDate} is after today (${now}).`,
        data: { birthDate: info.birthDate, now },
      });
    }
  }
  if (flags & F_CHECKSUM) {
    const actual = s[17] as string;
    problems.push(checksumProblem(aExpected, actual));
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

const SPEC: CheckSpec<ResidentIdOptions | undefined> = {
  core,
  accepts: (s, options) => analyze(s, options) === 0,
  lookalike: { isAllowedAt },
};

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
