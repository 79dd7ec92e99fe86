/** Dates as YYYYMMDD numbers for the identity-number checks; today comes from the shared calendar. */
import { isCalendarDate, todayInShanghai as shanghaiToday } from '../dates/plain-date.js';

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // UTC+8, no daylight saving since 1991

/** Today's date in Asia/Shanghai as YYYY-MM-DD (falls back to UTC+8 where the runtime has no time-zone data). */
export function todayInShanghai(): string {
  const today = shanghaiToday();
  if (today !== null) return today;
  return new Date(Date.now() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export { isCalendarDate };

/** Parse YYYY-MM-DD (or YYYYMMDD) into the number YYYYMMDD; NaN when malformed or not a calendar date. */
export function dateKey(s: string): number {
  if (typeof s !== 'string') return NaN;
  const compact = s.length === 10 && s[4] === '-' && s[7] === '-' ? s.slice(0, 4) + s.slice(5, 7) + s.slice(8, 10) : s;
  if (compact.length !== 8) return NaN;
  for (let i = 0; i < 8; i++) {
    const c = compact.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
  }
  const y = Number(compact.slice(0, 4));
  const m = Number(compact.slice(4, 6));
  const d = Number(compact.slice(6, 8));
  return isCalendarDate(y, m, d) ? y * 10000 + m * 100 + d : NaN;
}
