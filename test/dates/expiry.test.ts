import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateExpiry, isLongTerm } from '../../src/dates/expiry.js';

describe('certificateExpiry', () => {
  it('is valid through the expiry date and expired the day after', () => {
    expect(certificateExpiry({ expiresOn: '2026-10-01', now: '2026-10-01', nearExpiryDays: 0 })).toMatchObject({
      status: 'valid',
      daysLeft: 0,
      problems: [],
    });
    expect(certificateExpiry({ expiresOn: '2026-10-01', now: '2026-10-02', nearExpiryDays: 30 })).toMatchObject({
      status: 'expired',
      daysLeft: -1,
      problems: [{ code: 'expired', data: { expiresOn: '2026-10-01', today: '2026-10-02', daysAgo: 1 } }],
    });
  });

  it('warns when fewer than nearExpiryDays days are left', () => {
    expect(certificateExpiry({ expiresOn: '2026-10-31', now: '2026-10-01', nearExpiryDays: 30 })).toMatchObject({ status: 'valid', daysLeft: 30 });
    expect(certificateExpiry({ expiresOn: '2026-10-30', now: '2026-10-01', nearExpiryDays: 30 })).toMatchObject({
      status: 'near-expiry',
      daysLeft: 29,
      problems: [{ code: 'near-expiry', data: { daysLeft: 29 } }],
    });
    expect(certificateExpiry({ expiresOn: '2036-03-01', now: '2026-10-01', nearExpiryDays: 90 }).status).toBe('valid');
  });

  it('uses the date in China for a Date instant', () => {
    // 2026-10-01T17:00Z is 2026-10-02 01:00 in Shanghai.
    expect(certificateExpiry({ expiresOn: '2026-10-01', now: new Date('2026-10-01T17:00:00Z'), nearExpiryDays: 0 }).status).toBe('expired');
    expect(certificateExpiry({ expiresOn: '2026-10-01', now: new Date('2026-10-01T15:00:00Z'), nearExpiryDays: 0 }).status).toBe('valid');
  });

  it.each(['long-term', 'Long-Term', '长期', '长期有效', ' 长期 '])('%s never expires', (expiresOn) => {
    expect(certificateExpiry({ expiresOn, now: '2099-01-01', nearExpiryDays: 30 })).toMatchObject({
      status: 'valid',
      daysLeft: null,
      longTerm: true,
      problems: [],
    });
    expect(isLongTerm(expiresOn)).toBe(true);
  });

  it('reports invalid input as unknown', () => {
    expect(certificateExpiry({ expiresOn: '2026-02-30', now: '2026-01-01', nearExpiryDays: 30 })).toMatchObject({
      status: 'unknown',
      problems: [{ code: 'invalid-expiry-date', data: { expiresOn: '2026-02-30' } }],
    });
    expect(certificateExpiry({ expiresOn: '2026-02-01', now: new Date(NaN), nearExpiryDays: 30 }).problems.map((p) => p.code)).toEqual(['invalid-now']);
    expect(certificateExpiry({ expiresOn: '2026-02-01', now: '2026-01-01', nearExpiryDays: -5 }).problems.map((p) => p.code)).toEqual([
      'invalid-parameter',
    ]);
    expect(isLongTerm('短期')).toBe(false);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 12 }), fc.integer({ min: -2, max: 400 }), (expiresOn, now, nearExpiryDays) => {
        const r = certificateExpiry({ expiresOn, now, nearExpiryDays });
        expect(['valid', 'near-expiry', 'expired', 'unknown']).toContain(r.status);
      }),
    );
  });
});
