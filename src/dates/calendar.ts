/**
 * Calendar dates in China and the official working-day calendar.
 *
 * Dates are plain 'YYYY-MM-DD' strings meaning a date in China (Asia/Shanghai), whatever the time zone of the
 * machine running this code. Arithmetic is done on whole days since 1970-01-01 (UTC-based, so no DST effects).
 *
 * Working days follow the State Council holiday arrangements, including make-up working days (调休), from the data
 * file shipped with the `chinese-days` package (`chinese-days/dist/chinese-days.json`, string-keyed by date).
 * The package's functions are NOT used: they parse 'YYYY-M-D' as UTC midnight and format with local getters, so in
 * a browser west of UTC (the Americas) every date, including the keys of its own holiday table, shifts one day
 * early. The JSON file has no such problem. Outside the years the file covers, working days are approximated as
 * Monday–Friday and every result says `approximated: true`.
 *
 * Browser-safe: no Node imports. The JSON is imported with an import attribute, which Node 20.10+, esbuild/tsup,
 * Vite/Rollup and webpack 5 understand.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

/** 'YYYY-MM-DD' */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------------
// Plain dates
// ---------------------------------------------------------------------------------------------------------------

const SHANGHAI_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  calendar: 'gregory',
  numberingSystem: 'latn',
});

/**
 * Today's date in China (Asia/Shanghai) as 'YYYY-MM-DD', for the given instant (default: now).
 * Returns null for an invalid Date.
 */
export function todayInShanghai(now: Date = new Date()): IsoDate | null {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return null;
  let year = '';
  let month = '';
  let day = '';
  for (const part of SHANGHAI_FORMAT.formatToParts(now)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  if (!/^\d{1,4}$/.test(year) || !month || !day) return null;
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Strictly parses 'YYYY-MM-DD' (four-digit year 0001-9999, two-digit month and day, a real calendar date:
 * no 2025-02-29, no 2025-13-01). Anything else, including surrounding spaces and full-width digits, gives null.
 */
export function parseIsoDate(s: string): DateParts | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when {@link parseIsoDate} accepts the string. */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/**
 * Lenient date input: 2026-3-1, 2026/03/01, 2026.03.01, 2026年3月1日, full-width digits, surrounding spaces.
 * Returns the strict 'YYYY-MM-DD' form or null. Year first only (no 03/01/2026).
 */
export function normalizeDateInput(s: string): IsoDate | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const t = s
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0d\uff0e\uff0f]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .trim();
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Days since 1970-01-01 for a valid ISO date, or null. */
export function toEpochDay(iso: IsoDate): number | null {
  const p = parseIsoDate(iso);
  if (!p) return null;
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** The ISO date of a day number (days since 1970-01-01); null outside years 0001-9999. */
export function fromEpochDay(n: number): IsoDate | null {
  if (!Number.isFinite(n)) return null;
  const d = new Date(Math.round(n) * MS_PER_DAY);
  const y = d.getUTCFullYear();
  if (Number.isNaN(y) || y < 1 || y > 9999) return null;
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The date `days` natural days after (negative: before) `iso`; null for an invalid date or out of range. */
export function addNaturalDays(iso: IsoDate, days: number): IsoDate | null {
  const n = toEpochDay(iso);
  if (n === null || !Number.isFinite(days)) return null;
  return fromEpochDay(n + Math.trunc(days));
}

/** `to` minus `from` in natural days (positive when `to` is later); null if either is invalid. */
export function naturalDaysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  return a === null || b === null ? null : b - a;
}

/** Day of the week, 0 = Sunday … 6 = Saturday; null for an invalid date. */
export function dayOfWeek(iso: IsoDate): number | null {
  const n = toEpochDay(iso);
  return n === null ? null : (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

// ---------------------------------------------------------------------------------------------------------------
// Official working-day calendar
// ---------------------------------------------------------------------------------------------------------------

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

const DATA = chineseDaysData as unknown as ChineseDaysData;

function computeCoverage(): { firstYear: number; lastYear: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const key of Object.keys(DATA.holidays ?? {})) {
    const y = Number(key.slice(0, 4));
    if (Number.isInteger(y)) {
      if (y < first) first = y;
      if (y > last) last = y;
    }
  }
  return Number.isFinite(first) ? { firstYear: first, lastYear: last } : { firstYear: 0, lastYear: -1 };
}

const COVERAGE = computeCoverage();

/** The years the bundled official calendar covers (from the data, so a package update extends it automatically). */
export function officialCalendarCoverage(): { firstYear: number; lastYear: number } {
  return { ...COVERAGE };
}

export type DayKind =
  | 'workday' // Monday–Friday, no holiday
  | 'weekend' // Saturday/Sunday, no make-up working day
  | 'holiday' // statutory holiday or a day off in the holiday arrangement
  | 'makeup-workday'; // a Saturday/Sunday that is a working day (调休补班)

export interface WorkingDayInfo {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** For 'holiday' and 'makeup-workday': the holiday, e.g. { en: 'National Day', zh: '国庆节' }. */
  holiday?: { en: string; zh: string };
  /** True when the date is outside the covered years and Monday–Friday was assumed. */
  approximated: boolean;
}

/** Anything that can say whether a date is a working day. The default is {@link officialCalendar}. */
export interface WorkingDayCalendar {
  /** null for an invalid date. */
  dayInfo(iso: IsoDate): WorkingDayInfo | null;
}

function holidayName(raw: string | undefined): { en: string; zh: string } | undefined {
  if (!raw) return undefined;
  const [en = '', zh = ''] = raw.split(',');
  return { en, zh };
}

/** The official calendar from `chinese-days` data, Monday–Friday outside its years. */
export const officialCalendar: WorkingDayCalendar = {
  dayInfo(iso: IsoDate): WorkingDayInfo | null {
    const p = parseIsoDate(iso);
    if (!p) return null;
    const dow = dayOfWeek(iso)!;
    const weekend = dow === 0 || dow === 6;
    const covered = p.year >= COVERAGE.firstYear && p.year <= COVERAGE.lastYear;
    if (!covered) {
      return { date: iso, working: !weekend, kind: weekend ? 'weekend' : 'workday', approximated: true };
    }
    const work = DATA.workdays[iso];
    if (work !== undefined) {
      const info: WorkingDayInfo = { date: iso, working: true, kind: 'makeup-workday', approximated: false };
      const name = holidayName(work);
      if (name) info.holiday = name;
      return info;
    }
    const rest = DATA.holidays[iso];
    if (rest !== undefined) {
      const info: WorkingDayInfo = { date: iso, working: false, kind: 'holiday', approximated: false };
      const name = holidayName(rest);
      if (name) info.holiday = name;
      return info;
    }
    return { date: iso, working: !weekend, kind: weekend ? 'weekend' : 'workday', approximated: false };
  },
};

/** Plain Monday–Friday calendar (always `approximated: false`): for registrars that count weekdays only. */
export const weekdayCalendar: WorkingDayCalendar = {
  dayInfo(iso: IsoDate): WorkingDayInfo | null {
    const dow = dayOfWeek(iso);
    if (dow === null) return null;
    const weekend = dow === 0 || dow === 6;
    return { date: iso, working: !weekend, kind: weekend ? 'weekend' : 'workday', approximated: false };
  },
};

/** Working-day details of one date on the official calendar; null for an invalid date. */
export function workingDayInfo(iso: IsoDate, calendar: WorkingDayCalendar = officialCalendar): WorkingDayInfo | null {
  return calendar.dayInfo(iso);
}

/** Safety bound for loops over working days (about 27 years). */
const MAX_SCAN_DAYS = 10_000;

/**
 * The date of the `n`-th working day strictly after `iso` (n ≥ 1). n = 0 gives `iso` itself.
 * `approximated` is true when any day examined lies outside the covered years. null for an invalid date, a
 * negative or non-integer n, or when no answer is found within about 27 years.
 */
export function nthWorkingDayAfter(
  iso: IsoDate,
  n: number,
  calendar: WorkingDayCalendar = officialCalendar,
): { date: IsoDate; approximated: boolean } | null {
  const start = toEpochDay(iso);
  if (start === null || !Number.isInteger(n) || n < 0) return null;
  if (n === 0) return { date: iso, approximated: calendar.dayInfo(iso)?.approximated ?? false };
  let approximated = false;
  let left = n;
  for (let k = 1; k <= MAX_SCAN_DAYS; k++) {
    const date = fromEpochDay(start + k);
    if (date === null) return null;
    const info = calendar.dayInfo(date);
    if (!info) return null;
    approximated ||= info.approximated;
    if (info.working && --left === 0) return { date, approximated };
  }
  return null;
}

/**
 * Number of working days d with `from` < d < `to` (both ends excluded): the working days that have fully passed
 * between an event on `from` and the start of `to`. 0 when `to` ≤ `from` + 1. null for invalid dates or a span
 * over about 27 years.
 */
export function workingDaysStrictlyBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingDayCalendar = officialCalendar,
): { count: number; approximated: boolean } | null {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  if (a === null || b === null) return null;
  if (b - a > MAX_SCAN_DAYS) return null;
  let count = 0;
  let approximated = false;
  for (let n = a + 1; n < b; n++) {
    const info = calendar.dayInfo(fromEpochDay(n)!);
    if (!info) return null;
    approximated ||= info.approximated;
    if (info.working) count++;
  }
  return { count, approximated };
}
