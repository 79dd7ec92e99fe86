import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, checkNumberForKind, checkResidentId, RESIDENT_ID_CODES } from '../../src/numbers/index.js';
import { mainlandIdArb, refIdCheck, residencePermitArb } from './reference.js';

const NOW = '2024-06-01';
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);
const withCheck = (body17: string) => body17 + refIdCheck(body17);

describe('checkResidentId: valid numbers', () => {
  it('accepts well-known public samples', () => {
    for (const id of ['11010519491231002X', '440524188001010014']) {
      const r = checkResidentId(id, { now: NOW });
      expect(r.valid, id).toBe(true);
      expect(r.problems).toEqual([]);
      expect(r.suggestions).toEqual([]);
    }
  });

  it('reports kind, birth date, sex and province', () => {
    expect(checkResidentId('11010519491231002X', { now: NOW }).info).toEqual({
      kind: 'mainland',
      birthDate: '1949-12-31',
      sex: 'female',
      provinceCode: '110000',
    });
    expect(checkResidentId('440524188001010014', { now: NOW }).info).toMatchObject({ sex: 'male', birthDate: '1880-01-01' });
  });

  it('accepts every number built by the reference algorithm', () => {
    fc.assert(
      fc.property(mainlandIdArb, (id) => {
        const r = checkResidentId(id, { now: NOW });
        expect(r.problems).toEqual([]);
        expect(r.valid).toBe(true);
        expect(r.normalized).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every single-digit change of a valid number (MOD 11-2 catches all single substitutions)', () => {
    fc.assert(
      fc.property(mainlandIdArb, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const d = (Number(id[pos]) + delta) % 10;
        const changed = id.slice(0, pos) + d + id.slice(pos + 1);
        expect(checkResidentId(changed, { now: NOW }).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkResidentId: failures', () => {
  it('checksum, with expected and actual', () => {
    const r = checkResidentId('110105194912310021', { now: NOW });
    expect(r.valid).toBe(false);
    const p = r.problems.find((x) => x.code === 'checksum');
    expect(p?.severity).toBe('error');
    expect(p?.data).toMatchObject({ expected: 'X', actual: '1' });
  });

  it('lower-case x is an error, with the upper-case form suggested', () => {
    const r = checkResidentId('11010519491231002x', { now: NOW });
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['lower-case']);
    expect(r.problems[0]?.data).toMatchObject({ found: 'x' });
    expect(r.suggestions).toEqual(['11010519491231002X']);
  });

  it('look-alike letters in digit positions get swapped back', () => {
    const r = checkResidentId('44O524188OO1O1OO14', { now: NOW });
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['invalid-char']);
    expect(r.problems[0]?.data).toMatchObject({ char: 'O', position: 3, lookalike: 1 });
    expect(r.suggestions).toEqual(['440524188001010014']);
    const r2 = checkResidentId('IIOIO5I949I23IOO2X', { now: NOW });
    expect(r2.suggestions[0]).toBe('11010519491231002X');
  });

  it('checksum failure offers look-alike variants that pass, fewest swaps first', () => {
    // 440524188001010014 with the 8 in the birth year typed as B is an invalid char; with a checksum typo there is
    // no look-alike to swap at all.
    expect(checkResidentId('44052418B001010014', { now: NOW }).suggestions).toEqual(['440524188001010014']);
    const typo = checkResidentId('440524188001010015', { now: NOW });
    expect(typo.problems.find((p) => p.code === 'checksum')?.data?.lookalike).toBe(typo.suggestions.length);
    for (const s of typo.suggestions) expect(checkResidentId(s, { now: NOW }).valid).toBe(true);
  });

  it('length', () => {
    const r = checkResidentId('1101051949123100', { now: NOW });
    expect(codes(r)).toEqual(['length']);
    expect(r.problems[0]?.data).toEqual({ expected: 18, actual: 16 });
  });

  it('invalid-char with position', () => {
    const r = checkResidentId('1101051949-231002X', { now: NOW });
    expect(codes(r)).toEqual(['invalid-char']);
    expect(r.problems[0]?.data).toMatchObject({ char: '-', position: 11 });
  });

  it('birth-date: not a calendar date', () => {
    for (const d of ['19490230', '19491301', '19490000', '18000101']) {
      const id = withCheck('110105' + d + '002');
      const r = checkResidentId(id, { now: NOW });
      expect(codes(r), id).toEqual(['birth-date']);
    }
    expect(checkResidentId(withCheck('110105' + '20000229' + '002'), { now: NOW }).valid).toBe(true);
    expect(codes(checkResidentId(withCheck('110105' + '19000229' + '002'), { now: NOW }))).toEqual(['birth-date']);
  });

  it('future-birth-date relative to options.now', () => {
    const id = withCheck('11010520240602' + '002');
    expect(codes(checkResidentId(id, { now: '2024-06-01' }))).toEqual(['future-birth-date']);
    expect(checkResidentId(id, { now: '2024-06-02' }).valid).toBe(true);
  });

  it('future-birth-date relative to today in China by default', () => {
    const id = withCheck('110105' + '29991231' + '002');
    expect(codes(checkResidentId(id))).toEqual(['future-birth-date']);
  });

  it('province: first two digits must be a province-level code', () => {
    for (const p of ['10', '16', '20', '24', '38', '47', '49', '55', '60', '66', '70', '80', '00']) {
      const r = checkResidentId(withCheck(p + '0105' + '19491231' + '002'), { now: NOW });
      expect(codes(r), p).toEqual(['province']);
    }
    expect(checkResidentId(withCheck('710000' + '19491231' + '002'), { now: NOW }).valid).toBe(true);
  });

  it('kind: residence permits are refused as mainland IDs and accepted when allowed', () => {
    const id = withCheck('810000' + '19900101' + '123');
    const r = checkResidentId(id, { now: NOW });
    expect(codes(r)).toEqual(['kind']);
    expect(r.problems[0]?.data).toEqual({ found: 'hk-macau-taiwan-residence', accepted: 'mainland' });
    expect(checkResidentId(id, { now: NOW, kinds: ['hk-macau-taiwan-residence'] }).valid).toBe(true);
    expect(checkNumberForKind('residence-permit', id, { now: NOW }).valid).toBe(true);
    expect(checkNumberForKind('resident-id', id, { now: NOW }).valid).toBe(false);
    // A mainland ID is not a residence permit either.
    expect(codes(checkNumberForKind('residence-permit', '11010519491231002X', { now: NOW }))).toEqual(['kind']);
  });

  it('residence permit prefix must be exactly 810000/820000/830000', () => {
    const r = checkResidentId(withCheck('810101' + '19900101' + '123'), { now: NOW, kinds: ['hk-macau-taiwan-residence'] });
    expect(codes(r)).toEqual(['province']);
  });

  it('foreign permanent resident IDs (first digit 9) only for that kind', () => {
    const id = withCheck('931840' + '19800101' + '001');
    expect(codes(checkResidentId(id, { now: NOW }))).toEqual(['kind']);
    const ok = checkNumberForKind('foreign-permanent-id', id, { now: NOW });
    expect(ok.valid).toBe(true);
    expect(ok.info).toMatchObject({ kind: 'foreign-permanent', provinceCode: '310000' });
    expect(codes(checkNumberForKind('foreign-permanent-id', withCheck('999840' + '19800101' + '001'), { now: NOW }))).toEqual(['province']);
  });

  it('old-15-digit: error, with the computed 18-digit form suggested', () => {
    const r = checkResidentId('110105491231002', { now: NOW });
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['old-15-digit']);
    expect(r.problems[0]?.data).toEqual({ converted: '11010519491231002X' });
    expect(r.suggestions).toEqual(['11010519491231002X']);
    // An impossible date in the old number: no suggestion.
    const bad = checkResidentId('110105491331002', { now: NOW });
    expect(codes(bad)).toEqual(['old-15-digit']);
    expect(bad.suggestions).toEqual([]);
  });

  it('accepts residence permits built by the reference algorithm', () => {
    fc.assert(
      fc.property(residencePermitArb, (id) => {
        expect(checkResidentId(id, { now: NOW, kinds: ['hk-macau-taiwan-residence'] }).valid).toBe(true);
        expect(checkResidentId(id, { now: NOW }).valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('only reports codes listed in RESIDENT_ID_CODES', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        for (const p of checkResidentId(s, { now: NOW }).problems) expect(RESIDENT_ID_CODES).toContain(p.code);
      }),
    );
  });
});

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('2006-06-01', '2024-06-01')).toBe(18);
    expect(ageOn('2006-06-02', '2024-06-01')).toBe(17);
    expect(ageOn('20060601', '2024-05-31')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('nonsense', '2022-03-01')).toBeNaN();
    expect(ageOn('2004-02-30', '2022-03-01')).toBeNaN();
  });
});

describe('look-alike candidates agree with the full check', () => {
  it('a single letter O typed for a zero is swapped back exactly when the original is acceptable', () => {
    const kindsArb = fc.constantFrom(undefined, ['mainland'] as const, ['hk-macau-taiwan-residence'] as const, ['foreign-permanent'] as const);
    const idArb = fc.oneof(mainlandIdArb, residencePermitArb, fc.constant(withCheck('110105' + '20300101' + '002')));
    fc.assert(
      fc.property(idArb, kindsArb, fc.constantFrom('2024-06-01', '2040-01-01'), (id, kinds, now) => {
        const pos = id.indexOf('0');
        fc.pre(pos >= 0 && pos < 17);
        const options = { now, kinds: kinds ? [...kinds] : undefined };
        const damaged = id.slice(0, pos) + 'O' + id.slice(pos + 1);
        const originalOk = checkResidentId(id, options).valid;
        expect(checkResidentId(damaged, options).suggestions.includes(id)).toBe(originalOk);
      }),
      { numRuns: 400 },
    );
  });
});

describe('todayInShanghai', () => {
  it('is the Asia/Shanghai calendar date as YYYY-MM-DD', async () => {
    const { todayInShanghai } = await import('../../src/numbers/index.js');
    const t = todayInShanghai();
    expect(t).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shanghai = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const justBefore = new Date(Date.now() - 60_000 + 8 * 3600_000).toISOString().slice(0, 10);
    expect([shanghai, justBefore]).toContain(t);
  });

  it('a malformed options.now falls back to today instead of throwing', () => {
    const id = withCheck('110105' + '29991231' + '002');
    expect(codes(checkResidentId(id, { now: 'yesterday' }))).toEqual(['future-birth-date']);
    expect(checkResidentId('11010519491231002X', { now: '2024-13-45' }).valid).toBe(true);
  });
});
