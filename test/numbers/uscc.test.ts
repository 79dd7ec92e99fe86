import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNumberForKind, checkUscc, USCC_CODES } from '../../src/numbers/index.js';
import { refOrgCheck, refUsccCheck, usccArb } from './reference.js';

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);
/** Build a USCC from authority+category, region and 8-character org-code body, with correct check characters. */
const build = (ac: string, region: string, org8: string, orgCheck = refOrgCheck(org8)) => {
  const body = ac + region + org8 + orgCheck;
  return body + refUsccCheck(body);
};

describe('checkUscc: valid codes', () => {
  it('accepts public sample codes', () => {
    for (const c of ['91350100M000100Y43', '91330201MA282UF146', '91330401MA28ADM67R']) {
      const r = checkUscc(c);
      expect(r.valid, c).toBe(true);
      expect(r.problems, c).toEqual([]);
    }
    expect(checkUscc('91350100M000100Y43').info).toEqual({
      authority: '9',
      category: '1',
      region: '350100',
      orgCode: 'M000100Y4',
    });
  });

  it('accepts national-level registrations (region 100000)', () => {
    expect(checkUscc(build('11', '100000', '00001312')).problems).toEqual([]);
  });

  it('accepts every code built by the reference algorithm', () => {
    fc.assert(
      fc.property(usccArb, (c) => {
        const r = checkUscc(c);
        expect(r.problems).toEqual([]);
        expect(r.valid).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every single-character substitution (mod 31 over a 31-letter alphabet)', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(usccArb, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (c, pos, delta) => {
        const ch = alphabet[(alphabet.indexOf(c[pos]!) + delta) % 31]!;
        const changed = c.slice(0, pos) + ch + c.slice(pos + 1);
        expect(checkUscc(changed).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkUscc: failures', () => {
  it('checksum: error that asks to confirm the number (Xiamen codes before 2016)', () => {
    const r = checkUscc('91350200M000100Y43'.slice(0, 17) + '0');
    const p = r.problems.find((x) => x.code === 'checksum');
    expect(r.valid).toBe(false);
    expect(p?.severity).toBe('error');
    expect(p?.data).toMatchObject({ actual: '0', confirm: 'copied-exactly', xiamenRegion: 'yes' });
    expect(p?.message).toMatch(/Xiamen/);
    expect(r.info?.note).toMatch(/Xiamen/);
    expect(checkUscc('91350100M000100Y44').problems.find((x) => x.code === 'checksum')?.data).toMatchObject({
      expected: '3',
      actual: '4',
      xiamenRegion: 'no',
    });
  });

  it('invalid-char: letters I O Z S V are not in the alphabet; O becomes 0 as a look-alike', () => {
    const r = checkUscc('91350100MOOO100Y43');
    expect(codes(r)).toEqual(['invalid-char']);
    expect(r.problems[0]?.data).toMatchObject({ char: 'O', position: 10, count: 3, lookalike: 1 });
    expect(r.suggestions).toEqual(['91350100M000100Y43']);
    for (const bad of ['Z', 'S', 'V']) {
      expect(codes(checkUscc('9135010' + bad + 'M000100Y43'))).toEqual(['invalid-char']);
    }
  });

  it('look-alike digit 1 typed as I in the region', () => {
    expect(checkUscc('9I35OI00M000I00Y43').suggestions[0]).toBe('91350100M000100Y43');
  });

  it('length, saying when a registration number or org code was typed instead', () => {
    expect(checkUscc('91350100M000100Y4').problems[0]?.data).toEqual({ expected: 18, actual: 17 });
    expect(checkUscc('110108000000016').problems[0]?.data).toMatchObject({ looksLike: 'registration-number' });
    expect(checkUscc('M000100Y-4').problems[0]?.data).toMatchObject({ looksLike: 'org-code' });
    expect(codes(checkUscc('91350100M000100Y43913'))).toEqual(['length']);
  });

  it('authority: warning only', () => {
    const c = build('B1', '350100', 'M000100Y');
    const r = checkUscc(c);
    expect(r.valid).toBe(true);
    expect(codes(r)).toEqual(['authority']);
    expect(r.problems[0]?.severity).toBe('warning');
  });

  it('category: warning when not in the table for the authority', () => {
    for (const ac of ['94', '58', 'Y2', '22', 'A3']) {
      const r = checkUscc(build(ac, '350100', 'M000100Y'));
      expect(codes(r), ac).toEqual(['category']);
      expect(r.valid).toBe(true);
      expect(r.problems[0]?.data).toMatchObject({ actual: ac[1], authority: ac[0] });
    }
    for (const ac of ['11', '12', '13', '19', '21', '35', '51', '53', '59', '62', '72', '89', '93', 'A1', 'N3', 'Y1']) {
      expect(checkUscc(build(ac, '350100', 'M000100Y')).problems, ac).toEqual([]);
    }
  });

  it('region: warning when not a region code', () => {
    for (const region of ['990100', '000000', '16A100', '200000']) {
      const r = checkUscc(build('91', region, 'M000100Y'));
      expect(codes(r), region).toEqual(['region']);
      expect(r.valid).toBe(true);
    }
  });

  it('org-code-checksum: warning with the expected check character', () => {
    const wrong = refOrgCheck('M000100Y') === '5' ? '6' : '5';
    const r = checkUscc(build('91', '350100', 'M000100Y', wrong));
    expect(r.valid).toBe(true);
    expect(codes(r)).toEqual(['org-code-checksum']);
    expect(r.problems[0]?.data).toMatchObject({ expected: '4', actual: wrong });
  });

  it('normalisation problems make the typed value invalid but suggest the clean one', () => {
    const r = checkUscc(' ９１３５０１００ｍ０００１００ｙ４３（１－１）');
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['full-width', 'whitespace', 'copy-number', 'lower-case']);
    expect(r.normalized).toBe('91350100M000100Y43');
    expect(r.suggestions).toEqual(['91350100M000100Y43']);
    expect(checkUscc('91350100M000100Y43副本(1-1)').suggestions).toEqual(['91350100M000100Y43']);
    expect(checkUscc('91350100M000100Y43 (2-3)').normalized).toBe('91350100M000100Y43');
  });

  it('dispatch through checkNumberForKind', () => {
    expect(checkNumberForKind('uscc', '91350100M000100Y43').valid).toBe(true);
  });

  it('only reports codes listed in USCC_CODES', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 25 }), usccArb.map((c) => c.slice(0, 5) + 'B' + c.slice(6))), (s) => {
        for (const p of checkUscc(s).problems) expect(USCC_CODES).toContain(p.code);
      }),
    );
  });
});

describe('checkUscc: look-alike search agrees with the full check', () => {
  it('a valid code with one 8/B swapped gets the original back among its suggestions', () => {
    const withLookalike = usccArb.filter((c) => /[8B]/.test(c.slice(0, 17)));
    fc.assert(
      fc.property(withLookalike, fc.nat(), (c, k) => {
        const positions = [...c.slice(0, 17)].flatMap((ch, i) => (ch === '8' || ch === 'B' ? [i] : []));
        const pos = positions[k % positions.length]!;
        const damaged = c.slice(0, pos) + (c[pos] === '8' ? 'B' : '8') + c.slice(pos + 1);
        const r = checkUscc(damaged);
        expect(r.valid).toBe(false);
        for (const s of r.suggestions) expect(checkUscc(s).valid).toBe(true);
        // All one-swap variants are found before any two-swap one; below the cap of 5 none were cut.
        if (r.suggestions.length < 5) expect(r.suggestions).toContain(c);
      }),
      { numRuns: 300 },
    );
  });
});
