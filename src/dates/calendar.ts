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
export * from './plain-date.js';
import {
  dayOfWeek,
  fromEpochDay,
  parseIsoDate,
  toEpochDay,
  type IsoDate,
} from './plain-date.js';
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };


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
