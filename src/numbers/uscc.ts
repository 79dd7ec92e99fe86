/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015).
 *
 * 18 characters from 0-9 A-Z without I, O, Z, S, V (31 characters, valued 0..30 in that order):
 *   1     registration authority (登记管理部门代码)
 *   2     institution category (机构类别代码), from a table per authority
 *   3-8   region code of the registering authority (GB/T 2260); 100000 for national-level registration
 *   9-17  the organization code (GB 11714), whose own check character is computed over the full 36-letter alphabet
 *   18    check character: weights 3^i mod 31 (1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28),
 *         C = 31 - (sum mod 31), 31 → 0.
 *
 * Authority/category table: GB 32100-2015 appendix A as reproduced by the national code centre and widely quoted
 * (1 机构编制: 1,2,3,9; 2 外交: 1,9; 3 司法行政: 1-5,9; 4 文化: 1,9; 5 民政: 1,2,3,9; 6 旅游: 1,2,9; 7 宗教: 1,2,9;
 * 8 工会: 1,9; 9 工商/市场监管: 1,2,3; A 中央军委改革和编制办公室: 1,9; N 农业: 1,2,3,9; Y 其他: 1), plus
 * categories assigned since by the code administration and seen on issued codes (3→6 商事调解组织; 5→4,5 村/居民委员会;
 * 8→2 非法人工会组织; 9→9; G 公安: 1,9 境外非政府组织代表机构; J 住房城乡建设: 1,9 业主大会; Q 侨联: 1,2,3,9).
 * The later additions are less certain, which is one reason the structural findings here are warnings only; the
 * mod-31 check character is the error that matters.
 *
 * Some genuine codes issued in Xiamen before 2016 fail the mod-31 check (DOMAIN.md): the checksum error says so and
 * asks the holder to confirm the number is copied exactly, rather than declaring the code impossible.
 */
import type { NumberCheck, NumberProblem, UsccOptions } from './types.js';
import { orgCodeCheckChar } from './org-code.js';
import { checkRegistrationNumberCore } from './registration-number.js';
import { type CheckSpec, type Info, IS_PROVINCE, lengthProblem, reportInvalidChars, runCheck, twoDigits, checksumProblem } from './shared.js';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Character code → value in the USCC alphabet, or -1. */
const VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < USCC_ALPHABET.length; i++) t[USCC_ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Institution categories per registration authority (see the module comment for the source). */
export const USCC_CATEGORIES: Readonly<Record<string, string>> = Object.freeze({
  '1': '1239',
  '2': '19',
  '3': '1234569',
  '4': '19',
  '5': '123459',
  '6': '129',
  '7': '129',
  '8': '129',
  '9': '1239',
  A: '19',
  N: '1239',
  Y: '1',
  G: '19',
  J: '19',
  Q: '1239',
});

/** Authorities of the 2015 table (DOMAIN.md lists exactly these); the others are later assignments. */
const AUTHORITIES_2015 = '123456789ANY';

/** mod-31 check character over the first 17 characters (all in the USCC alphabet assumed). */
export function usccCheckChar(s: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VALUE[s.charCodeAt(i)] as number) * (WEIGHTS[i] as number);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

const allowedChar = (c: number): boolean => c < 128 && (VALUE[c] as number) >= 0;

function isOrgCodeShaped(s: string): boolean {
  if (s.length !== 9) return false;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return orgCodeCheckChar(s) === s[8];
}

function core(s: string, problems: NumberProblem[]): Info | undefined {
  if (s.length !== 18) {
    // Say which other number was typed, if it is one: the USCC is the number to type (seed 002).
    let looksLike = '';
    if (s.length === 15 && checkRegistrationNumberCore(s)) looksLike = 'registration-number';
    else if (isOrgCodeShaped(s) || (s.length === 10 && s[8] === '-' && isOrgCodeShaped(s.slice(0, 8) + s.slice(9))))
      looksLike = 'org-code';
    problems.push(lengthProblem(18, s, looksLike ? { looksLike } : undefined));
    reportInvalidChars(s, problems, allowedChar);
    return undefined;
  }
  if (reportInvalidChars(s, problems, allowedChar)) return undefined;

  const authority = s[0] as string;
  const category = s[1] as string;
  const region = s.slice(2, 8);
  const orgCode = s.slice(8, 17);
  const info: Info = { authority, category, region, orgCode };

  const categories = USCC_CATEGORIES[authority];
  if (categories === undefined) {
    problems.push({
      code: 'authority',
      severity: 'warning',
      message: `The first character ${authority} is not a known registration authority code.`,
      data: { actual: authority, expected: AUTHORITIES_2015 },
    });
  } else if (!categories.includes(category)) {
    problems.push({
      code: 'category',
      severity: 'warning',
      message: `The second character ${category} is not a known institution category for authority ${authority}.`,
      data: { actual: category, authority, expected: categories },
    });
  }

  let regionDigits = true;
  for (let i = 2; i < 8; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) regionDigits = false;
  }
  const province = regionDigits ? twoDigits(s, 2) : -1;
  if (!regionDigits || !(IS_PROVINCE[province] || province === 10 || province === 81 || province === 82)) {
    problems.push({
      code: 'region',
      severity: 'warning',
      message: `Characters 3-8 (${region}) are not a region code.`,
      data: { actual: region },
    });
  }

  const orgExpected = orgCodeCheckChar(s, 8);
  const orgActual = s[16] as string;
  if (orgExpected !== orgActual) {
    problems.push({
      code: 'org-code-checksum',
      severity: 'warning',
      message: `Characters 9-17 (${orgCode}) are not a valid organization code: its check character should be ${orgExpected}, not ${orgActual}.`,
      data: { expected: orgExpected, actual: orgActual, orgCode },
    });
  }

  const expected = usccCheckChar(s);
  const actual = s[17] as string;
  if (expected !== actual) {
    const xiamen = region.startsWith('3502');
    problems.push(checksumProblem(
      expected,
      actual,
      'Confirm the number is copied exactly from the document: a few genuine codes issued in Xiamen before 2016 fail this check.',
      { confirm: 'copied-exactly', xiamenRegion: xiamen ? 'yes' : 'no' },
    ));
    info.note = 'Some genuine codes issued in Xiamen before 2016 fail the mod-31 check; confirm against the document.';
  }
  return info;
}

/** Region characters 3-8 must be digits for a look-alike candidate; elsewhere the USCC alphabet. */
const isAllowedAt = (ch: string, i: number): boolean => {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  if (i >= 2 && i < 8) return c >= 48 && c <= 57;
  return allowedChar(c);
};

/** Allocation-free equivalent of "core reports no error": length, alphabet, mod-31 (the rest are warnings). */
function accepts(s: string): boolean {
  if (s.length !== 18) return false;
  for (let i = 0; i < 18; i++) if (!allowedChar(s.charCodeAt(i))) return false;
  return usccCheckChar(s) === s[17];
}

const SPEC: CheckSpec<UsccOptions | undefined> = { core, accepts, lookalike: { isAllowedAt } };

/** Check an 18-character unified social credit code (GB 32100-2015). */
export function checkUscc(value: string, options?: UsccOptions): NumberCheck {
  return runCheck(SPEC, value, options);
}
