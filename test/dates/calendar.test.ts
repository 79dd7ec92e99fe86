import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addNaturalDays,
  dayOfWeek,
  fromEpochDay,
  naturalDaysBetween,
  normalizeDateInput,
  nthWorkingDayAfter,
  officialCalendar,
  officialCalendarCoverage,
  parseIsoDate,
  toEpochDay,
  todayInShanghai,
  weekdayCalendar,
  workingDayInfo,
  workingDaysStrictlyBetween,
} from '../../src/dates/calendar.js';

describe('todayInShanghai', () => {
  it('gives the date in China whatever the machine time zone', () => {
    expect(todayInShanghai(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2026-02-28T23:30:00-08:00'))).toBe('2026-03-01');
    expect(todayInShanghai(new Date('2024-02-29T12:00:00+08:00'))).toBe('2024-02-29');
  });
  it('returns null for an invalid Date', () => {
    expect(todayInShanghai(new Date('nope'))).toBeNull();
  });
  it('defaults to now', () => {
    expect(parseIsoDate(todayInShanghai()!)).not.toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates', () => {
    expect(parseIsoDate('2026-10-01')).toEqual({ year: 2026, month: 10, day: 1 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
  });
  it.each(['2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '26-01-01', ' 2026-01-01', '2026-01-01T00:00', '２０２６-０１-０１', '0000-01-01', '', '2026/01/01'])(
    'rejects %s',
    (s) => {
      expect(parseIsoDate(s)).toBeNull();
    },
  );
});

describe('normalizeDateInput', () => {
  it.each([
    ['2026-3-1', '2026-03-01'],
    ['2026/03/01', '2026-03-01'],
    ['2036.03.01', '2036-03-01'],
    ['2026年3月1日', '2026-03-01'],
    [' ２０２６．０３．０１ ', '2026-03-01'],
  ])('%s → %s', (input, out) => expect(normalizeDateInput(input)).toBe(out));
  it.each(['03/01/2026', '2026-02-30', 'tomorrow', ''])('rejects %s', (s) => expect(normalizeDateInput(s)).toBeNull());
});

describe('natural-day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addNaturalDays('2026-03-02', 10)).toBe('2026-03-12');
    expect(addNaturalDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addNaturalDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addNaturalDays('2026-01-04', -10)).toBe('2025-12-25');
    expect(addNaturalDays('2026-02-30', 1)).toBeNull();
    expect(addNaturalDays('9999-12-31', 1)).toBeNull();
  });
  it('counts days between dates and weekdays', () => {
    expect(naturalDaysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(naturalDaysBetween('2026-03-12', '2026-03-02')).toBe(-10);
    expect(dayOfWeek('2026-10-01')).toBe(4); // Thursday
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('0001-01-01')).toBe(1); // proleptic Gregorian Monday
  });
  it('round-trips epoch days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        expect(toEpochDay(fromEpochDay(n)!)).toBe(n);
      }),
    );
  });
});

describe('official working-day calendar (chinese-days data)', () => {
  it('covers 2004-2026 in the installed package version', () => {
    const { firstYear, lastYear } = officialCalendarCoverage();
    expect(firstYear).toBe(2004);
    expect(lastYear).toBeGreaterThanOrEqual(2026);
  });

  it('knows National Day 2026 and its make-up working days', () => {
    expect(workingDayInfo('2026-10-01')).toEqual({
      date: '2026-10-01',
      working: false,
      kind: 'holiday',
      holiday: { en: 'National Day', zh: '国庆节' },
      approximated: false,
    });
    expect(workingDayInfo('2026-10-07')?.working).toBe(false); // Wednesday, day off
    expect(workingDayInfo('2026-09-20')).toMatchObject({ working: true, kind: 'makeup-workday' }); // Sunday
    expect(workingDayInfo('2026-10-10')).toMatchObject({ working: true, kind: 'makeup-workday' }); // Saturday
    expect(workingDayInfo('2026-10-11')).toMatchObject({ working: false, kind: 'weekend' });
    expect(workingDayInfo('2026-10-08')).toMatchObject({ working: true, kind: 'workday' });
  });

  it('knows Spring Festival 2026 (2-15..2-23 off, 2-14 and 2-28 worked)', () => {
    expect(workingDayInfo('2026-02-14')).toMatchObject({ working: true, kind: 'makeup-workday', holiday: { zh: '春节' } });
    for (const d of ['2026-02-16', '2026-02-20', '2026-02-23']) expect(workingDayInfo(d)?.kind).toBe('holiday');
    expect(workingDayInfo('2026-02-28')?.kind).toBe('makeup-workday');
  });

  it('knows National Day 2025 (10-1..10-8 off, 9-28 and 10-11 worked)', () => {
    expect(workingDayInfo('2025-09-28')?.kind).toBe('makeup-workday');
    expect(workingDayInfo('2025-10-08')?.kind).toBe('holiday');
    expect(workingDayInfo('2025-10-11')?.kind).toBe('makeup-workday');
  });

  it('agrees with the per-year data files of the package for every day of 2025 and 2026', () => {
    const require = createRequire(import.meta.url);
    for (const year of [2025, 2026]) {
      const file = require.resolve(`chinese-days/dist/years/${year}.json`);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { holidays: Record<string, string>; workdays: Record<string, string> };
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addNaturalDays(d, 1)!) {
        const dow = dayOfWeek(d)!;
        const expected = d in data.workdays ? true : d in data.holidays ? false : dow >= 1 && dow <= 5;
        expect(workingDayInfo(d)?.working, d).toBe(expected);
        expect(workingDayInfo(d)?.approximated).toBe(false);
      }
    }
  });

  it('approximates years past the data with Monday-Friday and says so', () => {
    const last = officialCalendarCoverage().lastYear;
    const jan1 = `${last + 1}-01-01`;
    const info = workingDayInfo(jan1)!;
    expect(info.approximated).toBe(true);
    expect(info.working).toBe(dayOfWeek(jan1)! >= 1 && dayOfWeek(jan1)! <= 5);
    expect(workingDayInfo('2003-10-01')?.approximated).toBe(true);
  });

  it('returns null for invalid dates', () => {
    expect(workingDayInfo('2026-02-30')).toBeNull();
    expect(officialCalendar.dayInfo('x')).toBeNull();
  });
});

describe('working-day counting', () => {
  it('finds the n-th working day after a date across National Day 2026', () => {
    // 2026-09-30 (Wed): 10-01..10-07 off; 10-08 (1), 10-09 (2), Sat 10-10 make-up (3), 10-12 (4) … 10-15 (7).
    expect(nthWorkingDayAfter('2026-09-30', 1)).toEqual({ date: '2026-10-08', approximated: false });
    expect(nthWorkingDayAfter('2026-09-30', 3)).toEqual({ date: '2026-10-10', approximated: false });
    expect(nthWorkingDayAfter('2026-09-30', 7)).toEqual({ date: '2026-10-15', approximated: false });
    // A plain Monday-Friday count would be wrong by almost a week:
    expect(nthWorkingDayAfter('2026-09-30', 7, weekdayCalendar)?.date).toBe('2026-10-09');
  });

  it('counts the Sunday make-up day before National Day 2026', () => {
    // Fri 2026-09-18 → Sun 09-20 is a working day.
    expect(nthWorkingDayAfter('2026-09-18', 1)?.date).toBe('2026-09-20');
  });

  it('n = 0 is the date itself; bad input gives null', () => {
    expect(nthWorkingDayAfter('2026-10-01', 0)).toEqual({ date: '2026-10-01', approximated: false });
    expect(nthWorkingDayAfter('2026-10-01', -1)).toBeNull();
    expect(nthWorkingDayAfter('2026-10-01', 1.5)).toBeNull();
    expect(nthWorkingDayAfter('bad', 1)).toBeNull();
  });

  it('counts working days strictly between two dates', () => {
    // Between 2026-09-30 and 2026-10-12: 10-08, 10-09, 10-10.
    expect(workingDaysStrictlyBetween('2026-09-30', '2026-10-12')).toEqual({ count: 3, approximated: false });
    expect(workingDaysStrictlyBetween('2026-10-12', '2026-09-30')).toEqual({ count: 0, approximated: false });
    expect(workingDaysStrictlyBetween('2026-12-30', '2027-01-05')?.approximated).toBe(true);
  });

  it('marks results approximated when they run past the covered years', () => {
    const last = officialCalendarCoverage().lastYear;
    const r = nthWorkingDayAfter(`${last}-12-28`, 10)!;
    expect(r.approximated).toBe(true);
    expect(r.date > `${last}-12-31`).toBe(true);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer({ min: -5, max: 50 }), (s, n) => {
        parseIsoDate(s);
        normalizeDateInput(s);
        workingDayInfo(s);
        nthWorkingDayAfter(s, n);
        workingDaysStrictlyBetween(s, '2026-01-01');
        addNaturalDays(s, n);
      }),
    );
  });
});
