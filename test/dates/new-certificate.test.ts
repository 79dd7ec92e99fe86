import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendarCoverage, weekdayCalendar } from '../../src/dates/calendar.js';
import { newCertificateDelay } from '../../src/dates/new-certificate.js';

describe('newCertificateDelay: natural days (Aliyun: 10)', () => {
  it('is ready on issuedOn + 10, not the day before', () => {
    const before = newCertificateDelay({ issuedOn: '2026-03-02', now: '2026-03-11', naturalDays: 10 });
    expect(before).toMatchObject({
      ready: false,
      earliest: '2026-03-12',
      elapsedNaturalDays: 9,
      waitDays: 1,
      problems: [{ code: 'too-new', data: { earliest: '2026-03-12', today: '2026-03-11', waitDays: 1 } }],
    });
    const on = newCertificateDelay({ issuedOn: '2026-03-02', now: '2026-03-12', naturalDays: 10 });
    expect(on).toMatchObject({ ready: true, earliest: '2026-03-12', elapsedNaturalDays: 10, waitDays: 0, problems: [] });
  });

  it('uses the date in China for a Date instant', () => {
    // 2026-03-11T16:30Z is already 2026-03-12 in Shanghai.
    expect(newCertificateDelay({ issuedOn: '2026-03-02', now: new Date('2026-03-11T16:30:00Z'), naturalDays: 10 }).ready).toBe(true);
    expect(newCertificateDelay({ issuedOn: '2026-03-02', now: new Date('2026-03-11T15:30:00Z'), naturalDays: 10 }).ready).toBe(false);
  });
});

describe('newCertificateDelay: working days (Tencent: 7-10)', () => {
  it('crosses National Day 2026 with its make-up Saturday', () => {
    // Issued Wed 2026-09-30. Working days after: 10-08, 10-09, Sat 10-10 (make-up), 10-12 … 10-15 is the 7th.
    const r = newCertificateDelay({ issuedOn: '2026-09-30', now: '2026-10-15', workingDays: 7 });
    expect(r).toMatchObject({
      ready: false,
      earliest: '2026-10-16',
      earliestByWorkingDays: '2026-10-16',
      elapsedWorkingDays: 6,
      approximated: false,
    });
    expect(newCertificateDelay({ issuedOn: '2026-09-30', now: '2026-10-16', workingDays: 7 })).toMatchObject({
      ready: true,
      elapsedWorkingDays: 7,
      problems: [],
    });
    // Counting Monday-Friday only would have said 2026-10-10.
    expect(newCertificateDelay({ issuedOn: '2026-09-30', now: '2026-10-16', workingDays: 7, calendar: weekdayCalendar }).earliest).toBe('2026-10-10');
  });

  it('crosses Spring Festival 2026 (make-up days 2-14 and 2-28)', () => {
    // Issued Fri 2026-02-13: Sat 2-14 (1); 2-15..2-23 off; 2-24..2-27 (2-5); Sat 2-28 (6); 3-02..3-05 (7-10).
    const r = newCertificateDelay({ issuedOn: '2026-02-13', now: '2026-03-01', workingDays: 10 });
    expect(r).toMatchObject({ ready: false, earliest: '2026-03-06', elapsedWorkingDays: 6, waitDays: 5, approximated: false });
  });

  it('crosses National Day 2025 (make-up Sunday 9-28)', () => {
    // Issued Fri 2025-09-26: Sun 9-28 (1), 9-29 (2), 9-30 (3); 10-01..10-08 off; 10-09 (4), 10-10 (5), Sat 10-11 (6).
    expect(newCertificateDelay({ issuedOn: '2025-09-26', now: '2025-10-01', workingDays: 3 })).toMatchObject({ ready: true, earliest: '2025-10-01' });
    expect(newCertificateDelay({ issuedOn: '2025-09-26', now: '2025-10-10', workingDays: 5 })).toMatchObject({
      ready: false,
      earliest: '2025-10-11',
      elapsedWorkingDays: 4,
    });
    expect(newCertificateDelay({ issuedOn: '2025-09-26', now: '2025-10-12', workingDays: 6 })).toMatchObject({
      ready: true,
      earliest: '2025-10-12',
      elapsedWorkingDays: 6,
    });
  });

  it('does not count the issue day itself', () => {
    // Issued Mon 2026-03-02 (a working day): the 1st working day after is Tue 03-03, so earliest is Wed 03-04.
    expect(newCertificateDelay({ issuedOn: '2026-03-02', now: '2026-03-03', workingDays: 1 })).toMatchObject({
      ready: false,
      earliest: '2026-03-04',
      elapsedWorkingDays: 0,
    });
  });

  it('takes the later of both requirements', () => {
    const r = newCertificateDelay({ issuedOn: '2026-09-30', now: '2026-10-01', naturalDays: 10, workingDays: 7 });
    expect(r.earliestByNaturalDays).toBe('2026-10-10');
    expect(r.earliestByWorkingDays).toBe('2026-10-16');
    expect(r.earliest).toBe('2026-10-16');
    const s = newCertificateDelay({ issuedOn: '2026-03-02', now: '2026-03-05', naturalDays: 10, workingDays: 2 });
    expect(s.earliest).toBe('2026-03-12');
  });

  it('reports approximated: true past the covered years', () => {
    const y = officialCalendarCoverage().lastYear + 1;
    const r = newCertificateDelay({ issuedOn: `${y}-03-02`, now: `${y}-03-03`, workingDays: 7 });
    expect(r.approximated).toBe(true);
    expect(r.earliest).not.toBeNull();
    // Issue inside the data, deadline past it.
    const last = officialCalendarCoverage().lastYear;
    expect(newCertificateDelay({ issuedOn: `${last}-12-28`, now: `${last}-12-29`, workingDays: 10 }).approximated).toBe(true);
    // Natural days alone never approximate inside the covered years.
    expect(newCertificateDelay({ issuedOn: '2026-03-02', now: '2026-03-12', naturalDays: 10 }).approximated).toBe(false);
  });
});

describe('newCertificateDelay: problems', () => {
  it('reports a certificate issued in the future', () => {
    const r = newCertificateDelay({ issuedOn: '2026-05-01', now: '2026-04-30', naturalDays: 10 });
    expect(r.ready).toBe(false);
    expect(r.elapsedNaturalDays).toBe(-1);
    expect(r.problems).toEqual([{ code: 'issued-in-future', data: { issuedOn: '2026-05-01', today: '2026-04-30' } }]);
  });

  it('reports invalid dates and parameters', () => {
    expect(newCertificateDelay({ issuedOn: '2026-02-30', now: '2026-03-01', naturalDays: 10 }).problems.map((p) => p.code)).toEqual(['invalid-issue-date']);
    expect(newCertificateDelay({ issuedOn: '2026-02-01', now: 'today', naturalDays: 10 }).problems.map((p) => p.code)).toEqual(['invalid-now']);
    expect(newCertificateDelay({ issuedOn: '2026-02-01', now: '2026-03-01', naturalDays: -1, workingDays: 2.5 }).problems).toEqual([
      { code: 'invalid-parameter', data: { name: 'naturalDays', value: -1 } },
      { code: 'invalid-parameter', data: { name: 'workingDays', value: 2.5 } },
    ]);
  });

  it('with no requirement, is ready from the issue date', () => {
    expect(newCertificateDelay({ issuedOn: '2026-02-01', now: '2026-02-01' })).toMatchObject({ ready: true, earliest: '2026-02-01' });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.oneof(fc.string({ maxLength: 12 }), fc.constant('2026-10-01')),
        fc.option(fc.integer({ min: -3, max: 40 }), { nil: undefined }),
        fc.option(fc.integer({ min: -3, max: 40 }), { nil: undefined }),
        (issuedOn, now, naturalDays, workingDays) => {
          const r = newCertificateDelay({ issuedOn, now, naturalDays, workingDays });
          if (r.ready) expect(r.problems).toEqual([]);
        },
      ),
    );
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), fc.integer({ min: 0, max: 20000 }), (now, offset) => {
        const d = new Date(Date.UTC(2004, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        newCertificateDelay({ issuedOn: d, now, naturalDays: 10, workingDays: 10 });
      }),
      { numRuns: 200 },
    );
  });
});
