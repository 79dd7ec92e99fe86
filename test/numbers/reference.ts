/**
 * Independent reference computations for the tests, written from the standards' definitions in a different form
 * from the library (recursive ISO 7064 forms, alphabets via parseInt/indexOf), plus fast-check generators.
 */
import fc from 'fast-check';

/** ISO 7064 MOD 11-2, recursive form: p = ((p + d) * 2) mod 11; check = (12 - p) mod 11, 10 → X. */
export function refIdCheck(body17: string): string {
  let p = 0;
  for (const ch of body17) p = ((p + Number(ch)) * 2) % 11;
  const c = (12 - p) % 11;
  return c === 10 ? 'X' : String(c);
}

/** GB 11714: parseInt(ch, 36) values, weights 3,7,9,10,5,8,4,2, C = 11 - sum mod 11. */
export function refOrgCheck(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * w[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export const REF_USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100: weights 3^i mod 31. */
export function refUsccCheck(body17: string): string {
  let sum = 0;
  let w = 1;
  for (let i = 0; i < 17; i++) {
    sum += REF_USCC_ALPHABET.indexOf(body17[i]!) * w;
    w = (w * 3) % 31;
  }
  return REF_USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** ISO 7064 MOD 11,10, checked as: the whole number is valid when the final remainder is 1. */
export function refGs15Valid(s: string): boolean {
  if (!/^\d{15}$/.test(s)) return false;
  let p = 10;
  for (let i = 0; i < 15; i++) {
    const sum = (p + Number(s[i])) % 10 || 10;
    if (i === 14) return sum === 1;
    p = (sum * 2) % 11;
  }
  return false;
}
export function refGs15Complete(body14: string): string {
  for (let d = 0; d <= 9; d++) if (refGs15Valid(body14 + d)) return body14 + d;
  throw new Error('no check digit');
}

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A real date between 1900-01-01 and 2005-12-31 as YYYYMMDD. */
export const birthDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2005, 11, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`);

export const mainlandIdArb = fc
  .tuple(fc.constantFrom(...PROVINCES), digits(4), birthDateArb, digits(3))
  .map(([p, r, b, s]) => {
    const body = p + r + b + s;
    return body + refIdCheck(body);
  });

export const residencePermitArb = fc
  .tuple(fc.constantFrom('810000', '820000', '830000'), birthDateArb, digits(3))
  .map(([p, b, s]) => p + b + s + refIdCheck(p + b + s));

export const orgCodeArb = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 8, maxLength: 8 })
  .map((a) => a.join(''))
  .map((b) => b + refOrgCheck(b));

// The organization-code part of a USCC uses only characters of the USCC alphabet; its check (0-9, X) always does.
const USCC_ORG_ALPHABET = REF_USCC_ALPHABET;
export const usccArb = fc
  .tuple(
    fc.constantFrom('91', '92', '93', '11', '12', '51', '52', '53', 'Y1', 'N2', '31'),
    fc.constantFrom(...PROVINCES),
    digits(4),
    fc.array(fc.constantFrom(...USCC_ORG_ALPHABET), { minLength: 8, maxLength: 8 }).map((a) => a.join('')),
  )
  .map(([ac, p, r, org]) => {
    const body = ac + p + r + org + refOrgCheck(org);
    return body + refUsccCheck(body);
  });

export const gs15Arb = fc.tuple(fc.constantFrom(...PROVINCES), digits(12)).map(([p, d]) => refGs15Complete(p + d));
