/**
 * Today's date in China (Asia/Shanghai), whatever the user's time zone. Browser-safe (Intl only) and cached:
 * Intl.DateTimeFormat is created once and consulted at most once a minute.
 */
let formatter: Intl.DateTimeFormat | null | undefined;
let cachedDate = '';
let cachedAt = Number.NEGATIVE_INFINITY;
const REFRESH_MS = 60_000;
const SHANGHAI_OFFSET_MS = 8 * 3600_000; // UTC+8, no daylight saving since 1991

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function compute(nowMs: number): string {
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      formatter = null; // no time-zone data in this runtime
    }
  }
  if (formatter) {
    try {
      let y = '';
      let m = '';
      let d = '';
      for (const part of formatter.formatToParts(nowMs)) {
        if (part.type === 'year') y = part.value;
        else if (part.type === 'month') m = part.value;
        else if (part.type === 'day') d = part.value;
      }
      if (/^\d{4}$/.test(y) && /^\d{2}$/.test(m) && /^\d{2}$/.test(d)) return `${y}-${m}-${d}`;
    } catch {
      // fall through to the fixed offset
    }
  }
  const t = new Date(nowMs + SHANGHAI_OFFSET_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(): string {
  const now = Date.now();
  if (now - cachedAt >= REFRESH_MS || now < cachedAt) {
    cachedDate = compute(now);
    cachedAt = now;
  }
  return cachedDate;
}

/** Whether y-m-d is a real Gregorian calendar date. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

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
