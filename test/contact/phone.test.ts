import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMainlandMobile, isPlausibleCountryCode, parsePhone } from '../../src/contact/phone.js';

const codes = (s: string) => parsePhone(s).problems.map((p) => p.code);

describe('isMainlandMobile', () => {
  it.each(['13800138000', '19912345678', '15012345678'])('%s is a mainland mobile', (s) => {
    expect(isMainlandMobile(s)).toBe(true);
  });
  it.each(['12800138000', '1380013800', '138001380000', '+8613800138000', '１３８００１３８０００', '', '1380013800a'])(
    '%s is not',
    (s) => {
      expect(isMainlandMobile(s)).toBe(false);
    },
  );
});

describe('isPlausibleCountryCode', () => {
  it.each(['1', '7', '86', '44', '852', '886', '351'])('%s plausible', (cc) => expect(isPlausibleCountryCode(cc)).toBe(true));
  it.each(['010', '10', '21', '755', '0755', '2', '', '8611'])('%s not plausible', (cc) => expect(isPlausibleCountryCode(cc)).toBe(false));
});

describe('parsePhone', () => {
  it('accepts the canonical form with no problem', () => {
    expect(parsePhone('+86.13800138000')).toEqual({ countryCode: '86', number: '13800138000', problems: [] });
    expect(parsePhone('+86.1088888888')).toEqual({ countryCode: '86', number: '1088888888', problems: [] });
    expect(parsePhone('+852.91234567').problems).toEqual([]);
    expect(parsePhone('+20.23456789').problems).toEqual([]); // Egypt: 20 is a real country code
    expect(parsePhone('+351.212345678').problems).toEqual([]); // Portugal (0351 is also Taiyuan's area code)
  });

  it.each([
    ['+86 13800138000'],
    ['+86-13800138000'],
    ['86-13800138000'],
    ['0086 13800138000'],
    ['(+86)13800138000'],
    ['+8613800138000'],
    ['+86 138 0013 8000'],
    ['＋８６．１３８００１３８０００'],
    ['+86.13800138000 '],
  ])('loose %s → malformed, suggests +86.13800138000', (input) => {
    const r = parsePhone(input);
    expect(r.countryCode).toBe('86');
    expect(r.number).toBe('13800138000');
    expect(r.problems.map((p) => p.code)).toEqual(['malformed']);
    expect(r.suggestion).toBe('+86.13800138000');
  });

  it('reports a missing country code and assumes 86 for a mainland number', () => {
    const r = parsePhone('13800138000');
    expect(r.problems.map((p) => p.code)).toEqual(['malformed', 'missing-country-code']);
    expect(r.suggestion).toBe('+86.13800138000');
    expect(parsePhone('010-88888888').suggestion).toBe('+86.1088888888');
    expect(codes('88888888')).toEqual(['malformed', 'missing-country-code']);
    expect(parsePhone('88888888').suggestion).toBeUndefined();
  });

  it.each([
    ['+010.88888888', '010', '+86.1088888888'],
    ['+021.58888888', '021', '+86.2158888888'],
    ['+0755.88888888', '0755', '+86.75588888888'],
    ['+10.88888888', '010', '+86.1088888888'],
    ['+21.58888888', '021', '+86.2158888888'],
    ['+755.88888888', '0755', '+86.75588888888'],
    ['+10.13800138000', '010', '+86.13800138000'],
    ['+0755.13800138000', '0755', '+86.13800138000'],
  ])('%s: area code %s typed as the country code', (input, areaCode, suggestion) => {
    const r = parsePhone(input);
    const p = r.problems.find((x) => x.code === 'area-code-as-country-code');
    expect(p && 'data' in p ? p.data : null).toMatchObject({ areaCode });
    expect(r.suggestion).toBe(suggestion);
  });

  it('does not call a real country code an area code when the number is not a mainland mobile', () => {
    expect(codes('+20.88888888')).toEqual([]);
    expect(codes('+371.23456789')).toEqual([]); // Latvia, also 0371 Zhengzhou
  });

  it('reports a mainland mobile with another country code', () => {
    const r = parsePhone('+1.13800138000');
    expect(r.problems).toEqual([{ code: 'mainland-mobile-needs-86', data: { countryCode: '1' } }]);
    expect(r.suggestion).toBe('+86.13800138000');
    expect(codes('+852.13800138000')).toEqual(['mainland-mobile-needs-86']);
  });

  it('reports a mobile of the wrong length with 86', () => {
    expect(parsePhone('+86.1380013800').problems).toEqual([{ code: 'mobile-length', data: { length: 10, expected: 11 } }]);
    expect(codes('+86.138001380001')).toEqual(['mobile-length']);
    expect(parsePhone('+86.1380013800').suggestion).toBeUndefined();
  });

  it('reports a repeated country code and a kept trunk 0', () => {
    expect(parsePhone('+86.8613800138000')).toMatchObject({ problems: [{ code: 'country-code-repeated' }], suggestion: '+86.13800138000' });
    expect(parsePhone('+86.01088888888')).toMatchObject({
      problems: [{ code: 'trunk-prefix', data: { number: '01088888888' } }],
      suggestion: '+86.1088888888',
    });
  });

  it('reports empty, invalid characters and unusable country codes', () => {
    expect(parsePhone('')).toEqual({ countryCode: null, number: null, problems: [{ code: 'empty' }] });
    expect(parsePhone(' \u3000 ').problems).toEqual([{ code: 'empty' }]);
    expect(codes('138-0013-800O')).toEqual(['malformed', 'invalid-characters']);
    expect(codes('+2.12345678')).toEqual(['invalid-country-code']);
    expect(codes('+86.123')).toEqual(['malformed', 'mobile-length', 'number-length']);
    expect(codes('+86.1234567890123456')).toContain('number-length');
  });

  it('never throws, and a suggestion is always canonical and clean', () => {
    const phoneChars = fc.constantFrom('+', '.', '-', ' ', '(', ')', '0', '1', '3', '8', '6', '7', '5', '\u3000', '＋', '８', 'x');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 50 }), fc.string({ unit: phoneChars, maxLength: 30 })),
        (s) => {
          const r = parsePhone(s);
          if (r.suggestion !== undefined) {
            expect(r.suggestion).toMatch(/^\+\d{1,3}\.\d{4,}$/);
            const again = parsePhone(r.suggestion).problems.map((p) => p.code);
            expect(again).not.toContain('malformed');
            expect(again).not.toContain('area-code-as-country-code');
            expect(again).not.toContain('missing-country-code');
          }
        },
      ),
    );
  });

  it('stays fast on long adversarial input', () => {
    const t = Date.now();
    parsePhone('+1' + ' -'.repeat(5000) + 'x');
    parsePhone('1' + ' '.repeat(10000) + '2');
    expect(Date.now() - t).toBeLessThan(500);
  });
});
