/**
 * Registrar-style contact phone numbers: "+CC.NUMBER" (the EPP / E.164 form, e.g. "+86.13800138000",
 * "+86.1088888888" for a Beijing landline). Seed 001: "请检查域名注册信息中的国家代码是否填写正确。例如，中国的国家代码为86，
 * 不要将国内区号填入国家代码处" — the rejection reads "Command syntax error / XML schema validation failed".
 *
 * {@link parsePhone} accepts loose input ("+86 138…", "86-138…", "0086 138…", "(+86)138…", "13800138000",
 * full-width digits), reports what is wrong with it as typed, and suggests the canonical form.
 *
 * Pure and browser-safe; no input throws.
 */
import { isSpaceLike, toHalfWidth } from '../text/width.js';

export type PhoneProblem =
  | { code: 'empty' }
  /** Not exactly "+CC.NUMBER" with half-width digits. */
  | { code: 'malformed'; data: { expected: '+CC.NUMBER' } }
  /** Characters other than digits, + and the separators . - space ( ). */
  | { code: 'invalid-characters'; data: { found: string[] } }
  | { code: 'missing-country-code' }
  /**
   * A Chinese area code (010, 021, 0755, or 10, 21, 755) typed where the country code goes: the prefix has the shape
   * of an area code, cannot be a country calling code (leading 0, or see {@link isPlausibleCountryCode}), and the
   * number looks mainland (an 11-digit mobile or a 7-8 digit local number). A real country code such as 20 (Egypt)
   * or 371 (Latvia) followed by a local-looking number is not reported.
   */
  | { code: 'area-code-as-country-code'; data: { countryCode: string; areaCode: string } }
  /** The country code cannot be a country calling code (leading 0, more than 3 digits, unassigned shape). */
  | { code: 'invalid-country-code'; data: { countryCode: string } }
  /** An 11-digit mainland mobile number (1[3-9]…) with a country code other than 86. */
  | { code: 'mainland-mobile-needs-86'; data: { countryCode: string } }
  /** Country code 86 and a number starting with 1 that is not 11 digits long. */
  | { code: 'mobile-length'; data: { length: number; expected: 11 } }
  /** Country code 86 and a number that repeats it (+86.8613800138000). */
  | { code: 'country-code-repeated' }
  /** Country code 86 and a landline number keeping the domestic trunk prefix 0 (+86.01088888888). */
  | { code: 'trunk-prefix'; data: { number: string } }
  /** More than 15 digits in all (E.164 maximum) or fewer than 4 in the number. */
  | { code: 'number-length'; data: { digits: number } };

export type PhoneProblemCode = PhoneProblem['code'];

export interface ParsedPhone {
  /** Country code digits as typed (without + or 00), or null when none could be found. */
  countryCode: string | null;
  /** Subscriber number digits (separators removed), or null. */
  number: string | null;
  problems: PhoneProblem[];
  /** The corrected "+CC.NUMBER", when one can be derived and it differs from the input. */
  suggestion?: string;
}

/** Longer inputs are not parsed (a phone number with separators is far shorter). */
const MAX_INPUT = 40;

/** Canonical registrar form. */
const CANONICAL = /^\+(\d{1,3})\.(\d{4,})$/;

/** Assigned two-digit country calling codes (ITU-T E.164). */
const TWO_DIGIT_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51',
  '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90',
  '91', '92', '93', '94', '95', '98',
]);

/**
 * True when the digits can be a country calling code by their shape: 1 or 7; an assigned two-digit code; or three
 * digits whose first two are not an assigned two-digit code and whose first digit is not 0, 1 or 7. (Not every such
 * three-digit code is assigned; this is a structural test, not a registry lookup.)
 */
export function isPlausibleCountryCode(cc: string): boolean {
  if (!/^\d{1,3}$/.test(cc)) return false;
  if (cc.length === 1) return cc === '1' || cc === '7';
  if (cc.length === 2) return TWO_DIGIT_CODES.has(cc);
  return !/^[017]/.test(cc) && !TWO_DIGIT_CODES.has(cc.slice(0, 2));
}

/** An 11-digit mainland China mobile number: 1, then 3-9, then 9 digits. Half-width digits only. */
export function isMainlandMobile(s: string): boolean {
  return typeof s === 'string' && /^1[3-9]\d{9}$/.test(s);
}

/** A mainland local landline number without area code: 7 or 8 digits, not starting with 0 or 1. */
function isMainlandLocal(s: string): boolean {
  return /^[2-9]\d{6,7}$/.test(s);
}

/** Shape of a mainland area code without the trunk 0: 10, 2X, or three digits starting 3-9. */
function isAreaCodeShape(s: string): boolean {
  return /^(?:10|2\d|[3-9]\d\d)$/.test(s);
}

/** A mainland landline in national form after +86: area code (no trunk 0) + local number, 10-11 digits. */
function isMainlandLandline(s: string): boolean {
  return /^(?:10|2\d)[2-9]\d{7}$/.test(s) || /^[3-9]\d\d[2-9]\d{6,7}$/.test(s);
}

function canonical(cc: string, number: string): string {
  return `+${cc}.${number}`;
}

/**
 * Parses a contact phone number. See {@link PhoneProblem} for the codes. When the country code is missing and the
 * number is a mainland mobile (13800138000) or a mainland landline with its trunk 0 (010-88888888), the suggestion
 * assumes +86. Landline suggestions drop the trunk 0 (+86.1088888888), as E.164 requires.
 */
export function parsePhone(input: string): ParsedPhone {
  if (typeof input !== 'string') return { countryCode: null, number: null, problems: [{ code: 'empty' }] };
  const problems: PhoneProblem[] = [];

  // Canonical input: judge the parts only.
  let cc: string | null = null;
  let number: string | null = null;
  const exact = CANONICAL.exec(input);
  if (exact) {
    cc = exact[1]!;
    number = exact[2]!;
  } else {
    const half = toHalfWidth(input);
    let s = '';
    for (let i = 0; i < half.length; i++) s += isSpaceLike(half.charCodeAt(i)) ? ' ' : half[i];
    s = s.replace(/ {2,}/g, ' ').trim();
    if (s.length === 0) return { countryCode: null, number: null, problems: [{ code: 'empty' }] };
    problems.push({ code: 'malformed', data: { expected: '+CC.NUMBER' } });
    if (s.length > MAX_INPUT) {
      problems.push({ code: 'number-length', data: { digits: s.replace(/\D/g, '').length } });
      return { countryCode: null, number: null, problems };
    }

    const bad = [...new Set([...s].filter((ch) => !/[\d+.\-() ]/.test(ch)))];
    if (bad.length > 0) {
      problems.push({ code: 'invalid-characters', data: { found: bad.slice(0, 10) } });
      return { countryCode: null, number: null, problems };
    }

    // "(+86) 138…", "+86 138…", "86-138…", "0086 138…", "+86138…", "138…".
    const t = s.replace(/[()]/g, ' ').trim();
    const intl = /^(\+|00)\s*(\d+)(?:\s*[.\- ]\s*|\s+)([\d.\- ]+)$/.exec(t);
    const intlJoined = /^(\+|00)\s*(\d+)$/.exec(t);
    const plain = /^(\d+)(?:\s*[.\- ]\s*)([\d.\- ]+)$/.exec(t);
    const digitsOnly = /^\d+$/.test(t) ? t : null;
    if (intl) {
      cc = intl[2]!;
      number = intl[3]!.replace(/\D/g, '');
    } else if (intlJoined) {
      const all = intlJoined[2]!;
      // "+8613800138000": split off 86 when what follows is a mainland number; otherwise the split is unknown.
      if (all.startsWith('86') && (isMainlandMobile(all.slice(2)) || isMainlandLandline(all.slice(2)))) {
        cc = '86';
        number = all.slice(2);
      } else {
        return { countryCode: null, number: all, problems };
      }
    } else if (plain) {
      // "86-138…" or "010-88888888" or "0755 8888 8888" or "138 0013 8000".
      const head = plain[1]!;
      const rest = plain[2]!.replace(/\D/g, '');
      const joined = head + rest;
      if (isMainlandMobile(joined)) {
        number = joined;
      } else if (head.startsWith('0') && isAreaCodeShape(head.slice(1)) && isMainlandLocal(rest)) {
        // A landline typed with its area code but no country code.
        problems.push({ code: 'missing-country-code' });
        return { countryCode: null, number: joined, problems, suggestion: canonical('86', head.slice(1) + rest) };
      } else if (head.length <= 4) {
        cc = head;
        number = rest;
      } else {
        number = joined;
      }
    } else if (digitsOnly) {
      if (digitsOnly.startsWith('86') && isMainlandMobile(digitsOnly.slice(2))) {
        cc = '86';
        number = digitsOnly.slice(2);
      } else if (digitsOnly.startsWith('0086') && isMainlandMobile(digitsOnly.slice(4))) {
        cc = '86';
        number = digitsOnly.slice(4);
      } else {
        number = digitsOnly;
      }
    } else {
      return { countryCode: null, number: null, problems };
    }
  }

  if (number !== null && cc === null) {
    problems.push({ code: 'missing-country-code' });
    if (isMainlandMobile(number)) return { countryCode: null, number, problems, suggestion: canonical('86', number) };
    if (number.startsWith('0') && isMainlandLandline(number.slice(1))) {
      return { countryCode: null, number, problems, suggestion: canonical('86', number.slice(1)) };
    }
    return { countryCode: null, number, problems };
  }
  if (cc === null || number === null) return { countryCode: cc, number, problems };

  let suggestion: string | undefined = canonical(cc, number);
  const ccDigits = cc.replace(/^0+/, '');
  const looksMainland = isMainlandMobile(number) || isMainlandLocal(number);

  if (cc !== '86') {
    const plausible = isPlausibleCountryCode(cc);
    if (isAreaCodeShape(ccDigits) && looksMainland && !plausible) {
      problems.push({ code: 'area-code-as-country-code', data: { countryCode: cc, areaCode: '0' + ccDigits } });
      suggestion = canonical('86', isMainlandMobile(number) ? number : ccDigits + number);
    } else if (isMainlandMobile(number)) {
      problems.push({ code: 'mainland-mobile-needs-86', data: { countryCode: cc } });
      suggestion = canonical('86', number);
    } else if (!plausible) {
      problems.push({ code: 'invalid-country-code', data: { countryCode: cc } });
      suggestion = undefined;
    }
  } else {
    if (number.startsWith('86') && isMainlandMobile(number.slice(2))) {
      problems.push({ code: 'country-code-repeated' });
      suggestion = canonical('86', number.slice(2));
    } else if (number.startsWith('0') && isMainlandLandline(number.slice(1))) {
      problems.push({ code: 'trunk-prefix', data: { number } });
      suggestion = canonical('86', number.slice(1));
    } else if (number.startsWith('1') && !isMainlandMobile(number) && !isMainlandLandline(number)) {
      problems.push({ code: 'mobile-length', data: { length: number.length, expected: 11 } });
      suggestion = undefined;
    }
  }

  const digits = cc.length + number.length;
  if (digits > 15 || number.length < 4) {
    problems.push({ code: 'number-length', data: { digits } });
    suggestion = undefined;
  }

  const result: ParsedPhone = { countryCode: cc, number, problems };
  if (suggestion !== undefined && suggestion !== input && problems.length > 0) result.suggestion = suggestion;
  return result;
}
