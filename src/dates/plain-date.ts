/**
 * Plain calendar dates in China: strict YYYY-MM-DD parsing, today in Asia/Shanghai, natural-day arithmetic.
 * Pure, browser-safe and free of the holiday data, so the identity-number checks can use it without the calendar.
 */

export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

const SHANGHAI_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  calendar: 'gregory',
  numberingSystem: 'latn',
});

let cachedToday: IsoDate | null = null;
let cachedAt = Number.NEGATIVE_INFINITY;
/** Today is looked up at most once a minute: validation calls this on every submission. */
const TODAY_REFRESH_MS = 60_000;

/**
 * Today's date in China (Asia/Shanghai) as 'YYYY-MM-DD', for the given instant (default: now, cached for a minute).
 * Returns null for an invalid Date.
 */
export function todayInShanghai(now?: Date): IsoDate | null {
  if (now === undefined) {
    const ms = Date.now();
    if (cachedToday === null || ms - cachedAt >= TODAY_REFRESH_MS || ms < cachedAt) {
      cachedToday = shanghaiDate(new Date(ms));
      cachedAt = ms;
    }
    return cachedToday;
  }
  return shanghaiDate(now);
}

function shanghaiDate(now: Date): IsoDate | null {
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

/** Whether year-month-day is a real Gregorian calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

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
