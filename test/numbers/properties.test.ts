import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkHkMacauPermit,
  checkNumberForKind,
  checkOrgCode,
  checkPassport,
  checkRegistrationNumber,
  checkResidentId,
  checkTaiwanPermit,
  checkUscc,
  NUMBER_KINDS,
  type NumberCheck,
} from '../../src/numbers/index.js';
import { gs15Arb, mainlandIdArb, orgCodeArb, usccArb } from './reference.js';

const NOW = '2024-06-01';
type Check = (s: string) => NumberCheck;
const CHECKS: Record<string, Check> = {
  uscc: (s) => checkUscc(s),
  residentId: (s) => checkResidentId(s, { now: NOW }),
  residentIdAllKinds: (s) => checkResidentId(s, { now: NOW, kinds: ['mainland', 'hk-macau-taiwan-residence', 'foreign-permanent'] }),
  orgCode: (s) => checkOrgCode(s),
  registrationNumber: (s) => checkRegistrationNumber(s),
  passportCN: (s) => checkPassport(s, { country: 'CN' }),
  passport: (s) => checkPassport(s),
  hkMacau: (s) => checkHkMacauPermit(s),
  taiwan: (s) => checkTaiwanPermit(s),
};

/** Valid numbers with look-alike damage, full-width, spaces, lower case and copy numbers mixed in. */
const damage = (s: string) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: s.length - 1 }), fc.constantFrom('O', 'o', 'I', 'l', 'i', 'B', 'b', ' ', '\u00a0', '\u200b', '\u3000')), { maxLength: 4 }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('', '(1-1)', '（1-2）', '副本(1-1)', ' (2-3)'),
    )
    .map(([edits, fullWidth, lower, copy]) => {
      const chars = [...s];
      for (const [pos, ch] of edits) {
        const c = chars[pos]!;
        if (ch.trim() === '' || ch === '\u200b') chars[pos] = c + ch;
        else if ((ch === 'O' || ch === 'o') && c === '0') chars[pos] = ch;
        else if ((ch === 'I' || ch === 'l' || ch === 'i') && c === '1') chars[pos] = ch;
        else if ((ch === 'B' || ch === 'b') && c === '8') chars[pos] = ch;
      }
      let out = chars.join('') + copy;
      if (lower) out = out.toLowerCase();
      if (fullWidth) out = out.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      return out;
    });

const damagedInputs = fc.oneof(
  usccArb.chain(damage).map((s) => ['uscc', s] as const),
  mainlandIdArb.chain(damage).map((s) => ['residentId', s] as const),
  orgCodeArb.chain(damage).map((s) => ['orgCode', s] as const),
  gs15Arb.chain(damage).map((s) => ['registrationNumber', s] as const),
  fc.constantFrom('G12345678', 'E01234567', 'H01234588', '12345670').chain(damage).map((s) =>
    s.startsWith('G') || s.startsWith('E') ? (['passportCN', s] as const) : s.startsWith('H') ? (['hkMacau', s] as const) : (['taiwan', s] as const),
  ),
);

const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }), // lone surrogates included
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.stringMatching(/^[0-9OIlBbox（）()\- 　]{0,24}$/),
);

describe('properties of every check', () => {
  it('never throws and returns a well-formed result on arbitrary strings', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        for (const check of Object.values(CHECKS)) {
          const r = check(s);
          expect(typeof r.valid).toBe('boolean');
          expect(typeof r.normalized).toBe('string');
          expect(r.valid).toBe(!r.problems.some((p) => p.severity === 'error'));
          for (const p of r.problems) {
            expect(typeof p.message).toBe('string');
            for (const v of Object.values(p.data ?? {})) expect(['string', 'number']).toContain(typeof v);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles long strings (up to 10k characters) quickly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1000, maxLength: 10_000 }), fc.stringMatching(/^[0-9OIB]{1000,10000}$/), (a, b) => {
        for (const check of Object.values(CHECKS)) {
          expect(check(a).valid).toBe(false);
          expect(check(b).valid).toBe(false);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('never throws for non-string input from JavaScript callers', () => {
    for (const v of [undefined, null, 42, {}, []] as unknown as string[]) {
      for (const check of Object.values(CHECKS)) expect(() => check(v)).not.toThrow();
    }
  });

  it('reports a value that is not a string as a wrong type, however hostile, and never reads it', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile: Record<string, unknown> = {
      'throwing toString': { toString: () => { throw new Error('boom'); } },
      'revoked Proxy': proxy,
      Symbol: Symbol('x'),
      bigint: 11010519491231002n,
      number: 110105194912310,
      object: { valueOf: () => '11010519491231002X' },
    };
    for (const [what, v] of Object.entries(hostile)) {
      for (const [name, check] of Object.entries(CHECKS)) {
        const r = check(v as string);
        expect(r, `${name}(${what})`).toMatchObject({ valid: false, normalized: '', suggestions: [] });
        expect(r.problems.map((p) => p.code), `${name}(${what})`).toEqual(['wrong-type']);
      }
    }
    expect(checkResidentId(11010519491231002n as unknown as string).problems[0]!.data).toEqual({ actual: 'bigint' });
  });

  it('never throws on hostile options', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = Object.defineProperty({}, 'now', { get: () => { throw new Error('boom'); } });
    for (const options of [proxy, getter, { kinds: proxy, now: proxy, country: proxy }]) {
      expect(() => checkNumberForKind('resident-id', '11010519491231002X', options as never)).not.toThrow();
      expect(checkNumberForKind(Symbol('kind') as never, '1', options as never).problems[0]!.code).toBe('unknown-kind');
      expect(() => checkResidentId('11010519491231002X', options as never)).not.toThrow();
      expect(() => checkPassport('E12345678', options as never)).not.toThrow();
      expect(() => checkUscc('91350100M000100Y43', options as never)).not.toThrow();
    }
  });

  it('every suggestion passes its own check (arbitrary input)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        for (const check of Object.values(CHECKS)) {
          for (const sug of check(s).suggestions) expect(check(sug).valid, `${s} -> ${sug}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every suggestion passes its own check, and damaged valid numbers get their original back', () => {
    fc.assert(
      fc.property(damagedInputs, ([name, s]) => {
        const check = CHECKS[name]!;
        const r = check(s);
        expect(r.suggestions.length).toBeLessThanOrEqual(5);
        for (const sug of r.suggestions) expect(check(sug).valid, `${s} -> ${sug}`).toBe(true);
        if (r.valid) expect(r.suggestions).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, damagedInputs.map(([, s]) => s)), (s) => {
        for (const check of Object.values(CHECKS)) expect(check(s)).toEqual(check(s));
      }),
      { numRuns: 200 },
    );
  });

  it('normalized values are stable: checking the normalized value reports no normalisation problem', () => {
    const norm = new Set(['full-width', 'whitespace', 'lower-case', 'copy-number']);
    fc.assert(
      fc.property(fc.oneof(anyString, damagedInputs.map(([, s]) => s)), (s) => {
        const r = checkUscc(s);
        if (r.normalized === '') return;
        expect(checkUscc(r.normalized).problems.filter((p) => norm.has(p.code))).toEqual([]);
        expect(checkUscc(r.normalized).normalized).toBe(r.normalized);
      }),
      { numRuns: 300 },
    );
  });

  it('checkNumberForKind handles every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBER_KINDS), anyString, (kind, s) => {
        const r = checkNumberForKind(kind, s, { now: NOW, country: 'CN' });
        for (const sug of r.suggestions) expect(checkNumberForKind(kind, sug, { now: NOW, country: 'CN' }).valid).toBe(true);
      }),
    );
  });
});
