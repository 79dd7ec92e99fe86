import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkHkMacauPermit,
  checkNumberForKind,
  checkOrgCode,
  checkPassport,
  checkRegistrationNumber,
  checkTaiwanPermit,
  HK_MACAU_PERMIT_CODES,
  ORG_CODE_CODES,
  PASSPORT_CODES,
  REGISTRATION_NUMBER_CODES,
  TAIWAN_PERMIT_CODES,
} from '../../src/numbers/index.js';
import { gs15Arb, orgCodeArb, refGs15Complete, refGs15Valid, refOrgCheck } from './reference.js';

const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('checkOrgCode (GB 11714)', () => {
  it('accepts codes built by the reference algorithm, with and without the printed hyphen', () => {
    expect(checkOrgCode('M000100Y4').valid).toBe(true);
    fc.assert(
      fc.property(orgCodeArb, (c) => {
        expect(checkOrgCode(c).problems).toEqual([]);
        const hyphen = checkOrgCode(c.slice(0, 8) + '-' + c[8]);
        expect(hyphen.valid).toBe(true);
        expect(codes(hyphen)).toEqual(['hyphen']);
        expect(hyphen.problems[0]?.severity).toBe('warning');
        expect(hyphen.suggestions).toEqual([c]);
      }),
      { numRuns: 300 },
    );
  });

  it('check character X and 0 cases', () => {
    const bodies = ['00000000', 'ABCDEFGH', 'ZZZZZZZZ', '12345678', 'D2143569'];
    for (const b of bodies) expect(checkOrgCode(b + refOrgCheck(b)).valid, b).toBe(true);
    // A body whose check is X: search a few.
    const x = Array.from({ length: 200 }, (_, i) => String(i).padStart(8, '0')).find((b) => refOrgCheck(b) === 'X')!;
    expect(checkOrgCode(x + 'X').valid).toBe(true);
    expect(checkOrgCode(x + 'x').suggestions).toEqual([x + 'X']);
  });

  it('checksum, length, invalid-char', () => {
    expect(checkOrgCode('M000100Y5').problems[0]).toMatchObject({ code: 'checksum', data: { expected: '4', actual: '5' } });
    expect(codes(checkOrgCode('M000100Y'))).toEqual(['length']);
    expect(codes(checkOrgCode('M00010_Y4'))).toEqual(['invalid-char']);
    expect(codes(checkOrgCode('M000100YA'))).toEqual(['invalid-char']); // check char must be 0-9 or X
    expect(codes(checkOrgCode('M000100Y--4'))).toEqual(['length', 'invalid-char']);
  });

  it('look-alikes: O for 0 in an org code still passes only after the swap that fixes the checksum', () => {
    // O is legal in an org code body, so this is a checksum failure whose fix is a look-alike swap.
    const r = checkOrgCode('MOOO100Y4');
    expect(r.valid).toBe(false);
    expect(r.suggestions).toContain('M000100Y4');
    for (const s of r.suggestions) expect(checkOrgCode(s).valid).toBe(true);
  });

  it('only reports listed codes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 14 }), (s) => {
      for (const p of checkOrgCode(s).problems) expect(ORG_CODE_CODES).toContain(p.code);
    }));
  });
});

describe('checkRegistrationNumber (GS15, ISO 7064 MOD 11,10)', () => {
  it('accepts numbers built by the reference algorithm, rejects single-digit changes', () => {
    expect(refGs15Valid('110108000000016')).toBe(true);
    expect(checkRegistrationNumber('110108000000016').valid).toBe(true);
    fc.assert(
      fc.property(gs15Arb, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (n, pos, delta) => {
        expect(checkRegistrationNumber(n).problems).toEqual([]);
        const changed = n.slice(0, pos) + ((Number(n[pos]) + delta) % 10) + n.slice(pos + 1);
        expect(checkRegistrationNumber(changed).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('checksum, length, invalid-char, region', () => {
    expect(checkRegistrationNumber('110108000000017').problems[0]).toMatchObject({
      code: 'checksum',
      data: { expected: '6', actual: '7' },
    });
    expect(codes(checkRegistrationNumber('11010800000001'))).toEqual(['length']);
    expect(checkRegistrationNumber('91350100M000100Y43').problems[0]?.data).toMatchObject({ looksLike: 'uscc' });
    expect(codes(checkRegistrationNumber('1101080000000A6'))).toEqual(['invalid-char']);
    const r = checkRegistrationNumber(refGs15Complete('99010800000001'));
    expect(codes(r)).toEqual(['region']);
    expect(r.valid).toBe(true);
  });

  it('look-alike O in a digit position', () => {
    expect(checkRegistrationNumber('11O1O8OOOOOOO16').suggestions).toEqual(['110108000000016']);
  });

  it('only reports listed codes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => {
      for (const p of checkRegistrationNumber(s).problems) expect(REGISTRATION_NUMBER_CODES).toContain(p.code);
    }));
  });
});

describe('checkPassport', () => {
  const CN = { country: 'CN' };
  it('mainland formats', () => {
    for (const p of ['G12345678', 'E12345678', 'EA1234567', 'EZ1234567', 'DE1234567', 'SE1234567', 'PE1234567']) {
      expect(checkPassport(p, CN).valid, p).toBe(true);
    }
    for (const p of ['EI1234567', 'EO1234567', 'K12345678', 'GA1234567', 'XE1234567', 'DE123456A']) {
      const r = checkPassport(p, CN);
      expect(r.valid, p).toBe(false);
      expect(codes(r), p).toEqual(['format']);
    }
    expect(codes(checkPassport('G1234567', CN))).toEqual(['length']);
    expect(codes(checkPassport('G1234567_', CN))).toEqual(['invalid-char']);
    expect(checkPassport('g12345678', { country: 'chn' }).suggestions).toEqual(['G12345678']);
  });

  it('look-alikes make a malformed mainland number well-formed', () => {
    expect(checkPassport('G1234567O', CN).suggestions).toEqual(['G12345670']);
    expect(checkPassport('EO1234567', CN).suggestions).toEqual(['E01234567']);
    expect(checkPassport('GI2345678', CN).suggestions).toEqual(['G12345678']);
  });

  it('other countries: loose ICAO 9303, 5 to 9 alphanumerics', () => {
    for (const p of ['AB12345', '123456789', 'C01X00T47', 'X1234']) expect(checkPassport(p).valid, p).toBe(true);
    expect(checkPassport('EO1234567', { country: 'DE' }).valid).toBe(true);
    expect(codes(checkPassport('1234'))).toEqual(['length']);
    expect(codes(checkPassport('1234567890'))).toEqual(['length']);
    expect(codes(checkPassport('AB-12345'))).toEqual(['invalid-char']);
    expect(codes(checkPassport(''))).toEqual(['empty']);
  });

  it('only reports listed codes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 14 }), fc.constantFrom('CN', 'US', undefined), (s, country) => {
      for (const p of checkPassport(s, { country }).problems) expect(PASSPORT_CODES).toContain(p.code);
    }));
  });
});

describe('travel permits', () => {
  it('Hong Kong/Macau: H or M + 8 digits, or + 10 on older cards', () => {
    for (const p of ['H12345678', 'M12345678', 'H1234567801']) expect(checkHkMacauPermit(p).valid, p).toBe(true);
    expect(checkHkMacauPermit('H12345678').info).toEqual({ region: 'hong-kong', older: false });
    expect(codes(checkHkMacauPermit('C12345678'))).toEqual(['format']);
    expect(codes(checkHkMacauPermit('H1234567'))).toEqual(['length']);
    expect(codes(checkHkMacauPermit('H123456789'))).toEqual(['length']);
    expect(codes(checkHkMacauPermit('H1234A678'))).toEqual(['invalid-char']);
    expect(checkHkMacauPermit('HO12345B8').suggestions).toEqual(['H01234588']);
    expect(checkHkMacauPermit('h12345678').suggestions).toEqual(['H12345678']);
  });

  it('Taiwan: 8 digits, or 10 on older cards', () => {
    for (const p of ['12345678', '1234567890']) expect(checkTaiwanPermit(p).valid, p).toBe(true);
    expect(codes(checkTaiwanPermit('123456789'))).toEqual(['length']);
    expect(codes(checkTaiwanPermit('1234567A'))).toEqual(['invalid-char']);
    expect(checkTaiwanPermit('I234567O').suggestions).toEqual(['12345670']);
  });

  it('only report listed codes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 14 }), (s) => {
      for (const p of checkHkMacauPermit(s).problems) expect(HK_MACAU_PERMIT_CODES).toContain(p.code);
      for (const p of checkTaiwanPermit(s).problems) expect(TAIWAN_PERMIT_CODES).toContain(p.code);
    }));
  });

  it('dispatch', () => {
    expect(checkNumberForKind('hk-macau-permit', 'H12345678').valid).toBe(true);
    expect(checkNumberForKind('taiwan-permit', '12345678').valid).toBe(true);
    expect(checkNumberForKind('passport', 'G12345678', { country: 'CN' }).valid).toBe(true);
    expect(checkNumberForKind('passport', 'K12345678', { country: 'CN' }).valid).toBe(false);
    expect(checkNumberForKind('org-code', 'M000100Y4').valid).toBe(true);
    expect(checkNumberForKind('registration-number', '110108000000016').valid).toBe(true);
    expect(checkNumberForKind('nonsense' as never, 'x').problems[0]?.code).toBe('unknown-kind');
  });
});
