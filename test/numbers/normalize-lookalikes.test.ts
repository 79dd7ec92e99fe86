import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeNumber } from '../../src/text/normalize-number.js';
import { lookalikeVariants } from '../../src/text/lookalikes.js';
import type { NumberProblem } from '../../src/numbers/index.js';
import { refIdCheck } from './reference.js';

function norm(s: string) {
  const problems: NumberProblem[] = [];
  const normalized = normalizeNumber(s, problems);
  return { normalized, problems };
}

describe('normalizeNumber', () => {
  it('leaves clean values alone', () => {
    expect(norm('91350100M000100Y43')).toEqual({ normalized: '91350100M000100Y43', problems: [] });
  });

  it('full-width letters, digits, brackets, hyphen and the ideographic space', () => {
    const r = norm('ＡＢ１２－３');
    expect(r.normalized).toBe('AB12-3');
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'full-width', severity: 'error', data: { found: 'ＡＢ１２－３', count: 6 } }),
    ]);
    const s = norm('AB\u300012');
    expect(s.normalized).toBe('AB12');
    expect(s.problems.map((p) => p.code)).toEqual(['full-width', 'whitespace']);
  });

  it('whitespace anywhere, including NBSP and zero-width characters', () => {
    const r = norm(' 12\u00a034\u200b5\t\n6\ufeff ');
    expect(r.normalized).toBe('123456');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'whitespace', severity: 'error', data: { count: 7 } });
    expect(String(r.problems[0]?.data?.found)).toContain('U+00A0');
  });

  it('lower-case letters', () => {
    expect(norm('11010519491231002x')).toMatchObject({
      normalized: '11010519491231002X',
      problems: [{ code: 'lower-case', severity: 'error', data: { found: 'x', count: 1 } }],
    });
    // No Unicode case mapping: ß stays as it is (and is reported by the check as an invalid character).
    expect(norm('ß').normalized).toBe('ß');
  });

  it('copy numbers at the end, in their common spellings', () => {
    for (const [input, found] of [
      ['ABC(1-1)', '(1-1)'],
      ['ABC（1-1）', '(1-1)'],
      ['ABC 副本(1-2)', '副本(1-2)'],
      ['ABC（副本1－1）', '(副本1-1)'],
      ['ABC副本1-1', '副本1-1'],
      ['ABC(1 - 1)', '(1-1)'],
      ['ABC【2-3】', '【2-3】'],
      ['ABC(1–1)', '(1–1)'],
    ] as const) {
      const r = norm(input);
      expect(r.normalized, input).toBe('ABC');
      expect(r.problems.find((p) => p.code === 'copy-number')?.data, input).toEqual({ found });
    }
    expect(norm('(1-1)').normalized).toBe('(1-1)'); // nothing but a copy number: left for the check to reject
    expect(norm('AB(1-1)C').problems).toEqual([]);
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9a-z（）()\-－ 　副本]{0,20}$/)), (s) => {
        const once = norm(s).normalized;
        expect(norm(once)).toEqual({ normalized: once, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('lookalikeVariants', () => {
  const idOk = (s: string) => /^\d{17}[\dX]$/.test(s) && refIdCheck(s.slice(0, 17)) === s[17];
  const digitAt = (ch: string, i: number) => /^\d$/.test(ch) || (i === 17 && ch === 'X');

  it('swaps illegal look-alikes back', () => {
    expect(lookalikeVariants('44O524188OO1O1OO14', idOk, { isAllowedAt: digitAt })).toEqual(['440524188001010014']);
    expect(lookalikeVariants('II0I05I949I23I002X', idOk, { isAllowedAt: digitAt })).toEqual(['11010519491231002X']);
  });

  it('returns nothing when an illegal character has no look-alike', () => {
    expect(lookalikeVariants('44Q524188001010014', idOk, { isAllowedAt: digitAt })).toEqual([]);
  });

  it('orders by fewest swaps and never returns the input', () => {
    const accept = (s: string) => s !== 'O0' && /^[0O]{2}$/.test(s);
    expect(lookalikeVariants('O0', accept)).toEqual(['00', 'OO', '0O']);
  });

  it('without position rules, finds the swap that makes a checksum pass', () => {
    expect(lookalikeVariants('I80', (s) => s === '1B0')).toEqual(['1B0']); // two swaps at once
    expect(lookalikeVariants('I80', (s) => s === '1BX')).toEqual([]);
    expect(lookalikeVariants('180', (s) => s === '1B0')).toEqual(['1B0']);
    expect(lookalikeVariants('lBO', (s) => s === '180')).toEqual(['180']);
  });

  it('is bounded: many ambiguous positions finish quickly', () => {
    let calls = 0;
    const start = Date.now();
    const out = lookalikeVariants('0'.repeat(40), () => {
      calls++;
      return false;
    });
    expect(out).toEqual([]);
    expect(calls).toBeLessThanOrEqual(4096);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(lookalikeVariants('0'.repeat(1000), () => true)).toEqual([]); // over maxLength
  });

  it('respects maxResults and never throws', () => {
    expect(lookalikeVariants('00000', () => true, { maxResults: 3 })).toHaveLength(3);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(() => lookalikeVariants(s, () => true)).not.toThrow();
      }),
    );
  });
});
