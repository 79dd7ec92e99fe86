/**
 * Shape checks for holder and contact names.
 *
 * - An organization holder must type its full registered name, not the legal representative (seed 002), and the
 *   contact must be a person (seed 003: "请修改联系人选项为个人姓名"). {@link looksLikeOrganizationName} and
 *   {@link looksLikePersonName} are heuristics for those two checks.
 * - Names must not contain spaces and brackets must be half-width where the registrar asks (seeds 002, 003):
 *   {@link checkNameTyping}.
 * - Overseas holders type the name exactly as on an English document, in English (seeds 001, 003):
 *   {@link isLatinName}, {@link hasHan}.
 *
 * Everything returns codes and data, never user-facing text. Pure and browser-safe; no input throws.
 */
import {
  findFullWidthBrackets,
  findHalfWidthBrackets,
  spaceKind,
  toFullWidthBrackets,
  toHalfWidth,
  toHalfWidthBrackets,
  type CharAt,
  type SpaceAt,
} from './width.js';

// ---------------------------------------------------------------------------------------------------------------
// Organization names
// ---------------------------------------------------------------------------------------------------------------

/**
 * Chinese markers that make a name an organization wherever they occur. None of them is a plausible given name.
 * Longer markers come first so the most specific one is reported.
 */
/** Words that make an organization name a company's (an enterprise, whose certificate is its business license). */
export const ZH_COMPANY_MARKERS: readonly string[] = Object.freeze(['公司', '有限', '集团', '企业']);

/** True when a Chinese organization name is a company's name. */
export function looksLikeCompanyName(name: string): boolean {
  if (typeof name !== 'string') return false;
  const s = toHalfWidth(name);
  return ZH_COMPANY_MARKERS.some((m) => s.includes(m));
}

export const ZH_ORGANIZATION_KEYWORDS: readonly string[] = Object.freeze([
  '有限责任公司',
  '股份有限公司',
  '有限公司',
  '个体工商户',
  '民办非企业',
  '律师事务所',
  '会计师事务所',
  '公司',
  '有限',
  '集团',
  '事务所',
  '合作社',
  '委员会',
  '研究院',
  '研究所',
  '基金会',
  '工作室',
  '俱乐部',
  '联合会',
  '协会',
  '商会',
  '医院',
  '诊所',
  '商行',
  '银行',
  '商店',
  '超市',
  '酒店',
  '餐厅',
  '政府',
  '办公室',
  '幼儿园',
  '经营部',
  '门市部',
  '分行',
  '支行',
  '工厂',
]);

/**
 * Chinese markers that count only at the end of a name of at least 4 characters, because they also occur in
 * person names (李学会, 王中心, 张大学 are plausible given names) while the organizations they end are longer
 * (清华大学, 中国计算机学会).
 */
export const ZH_ORGANIZATION_SUFFIXES_LONG: readonly string[] = Object.freeze([
  '中心',
  '学会',
  '学校',
  '大学',
  '学院',
  '中学',
  '小学',
  '社团',
  '联盟',
  '商贸',
  '科技',
  '实业',
  '公社',
]);

/** Single-character Chinese markers that count only at the end of a name of at least 3 characters (五金店, 水泥厂). */
export const ZH_ORGANIZATION_SUFFIXES_SHORT: readonly string[] = Object.freeze([
  '厂',
  '店',
  '局',
  '部',
  '站',
  '社',
  '馆',
  '所',
  '院',
  '队',
]);

/**
 * English / Latin-script legal-form and institution words. Matched as whole words, case-insensitively, except the
 * entries in {@link LATIN_CASE_SENSITIVE_MARKERS}.
 */
export const LATIN_ORGANIZATION_MARKERS: readonly string[] = Object.freeze([
  'Co., Ltd.',
  'Co.,Ltd.',
  'Co., Ltd',
  'Co.,Ltd',
  'Co. Ltd',
  'Co.',
  'Company',
  'Ltd.',
  'Ltd',
  'Limited',
  'Inc.',
  'Inc',
  'Incorporated',
  'LLC',
  'L.L.C.',
  'LLP',
  'PLC',
  'Corp.',
  'Corp',
  'Corporation',
  'GmbH',
  'S.A.',
  'S.A.R.L.',
  'SARL',
  'S.L.',
  'S.p.A.',
  'B.V.',
  'N.V.',
  'Pty',
  'Pte',
  'K.K.',
  'Group',
  'Holdings',
  'Foundation',
  'Association',
  'Society',
  'Institute',
  'University',
  'College',
  'School',
  'Hospital',
  'Bank',
  'Club',
  'Studio',
  'Committee',
  'Center',
  'Centre',
  'Trust',
  'Partners',
  'Enterprise',
  'Enterprises',
]);

/** Short legal forms matched only with this exact case (so a person called "Ag" is not an organization). */
export const LATIN_CASE_SENSITIVE_MARKERS: readonly string[] = Object.freeze(['AG', 'KG', 'OHG', 'NV', 'BV']);

export interface OrganizationMatch {
  /** The marker as listed (canonical spelling). */
  marker: string;
  /** Where it was found in the name as passed in (UTF-16 offset) and the text found there. */
  index: number;
  found: string;
  kind: 'zh-keyword' | 'zh-suffix' | 'latin';
}

export interface OrganizationOptions {
  /** Extra markers (e.g. from a registrar profile), matched anywhere, case-insensitively for Latin letters. */
  extraMarkers?: readonly string[];
}

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function latinMarkerRegExp(marker: string, flags: string): RegExp {
  // Whole word: not preceded or followed by a Latin letter or digit. Markers ending in '.' need no right boundary.
  const body = escapeRegExp(marker).replace(/ /g, '\\s*');
  const right = /[.]$/.test(marker) ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${right}`, flags);
}

const LATIN_MARKER_RES: ReadonlyArray<readonly [string, RegExp]> = [
  ...LATIN_ORGANIZATION_MARKERS.map((m) => [m, latinMarkerRegExp(m, 'iu')] as const),
  ...LATIN_CASE_SENSITIVE_MARKERS.map((m) => [m, latinMarkerRegExp(m, 'u')] as const),
];

function hanLength(s: string): number {
  return s.match(HAN_ALL)?.length ?? 0;
}

/**
 * Returns the organization marker found in a name (公司, 有限, 集团, 大学, 厂, Co., Ltd, Inc, LLC, GmbH, …) or null.
 * The name is compared after converting full-width characters to half-width and trimming; `index` refers to the
 * half-width form, which has the same length as the input.
 */
export function looksLikeOrganizationName(name: string, options: OrganizationOptions = {}): OrganizationMatch | null {
  if (typeof name !== 'string') return null;
  const s = toHalfWidth(name);
  const trimmed = s.replace(/[\s\u200b-\u200d\u2060\ufeff]+$/u, '');
  // Strip trailing bracketed branch notes such as "（北京）" only for suffix checks: "某某公司（北京）" still ends in 公司.
  const core = trimmed.replace(/[(（[【][^()（）[\]【】]*[)）\]】]$/u, '').trimEnd();

  for (const extra of options.extraMarkers ?? []) {
    if (!extra) continue;
    const i = s.toLowerCase().indexOf(toHalfWidth(extra).toLowerCase());
    if (i >= 0) return { marker: extra, index: i, found: s.slice(i, i + extra.length), kind: HAN.test(extra) ? 'zh-keyword' : 'latin' };
  }
  for (const marker of ZH_ORGANIZATION_KEYWORDS) {
    const i = s.indexOf(marker);
    if (i >= 0) return { marker, index: i, found: marker, kind: 'zh-keyword' };
  }
  const coreHan = hanLength(core);
  for (const marker of ZH_ORGANIZATION_SUFFIXES_LONG) {
    if (coreHan >= 4 && core.endsWith(marker)) {
      return { marker, index: core.length - marker.length, found: marker, kind: 'zh-suffix' };
    }
  }
  for (const marker of ZH_ORGANIZATION_SUFFIXES_SHORT) {
    if (coreHan >= 3 && core.endsWith(marker)) {
      return { marker, index: core.length - marker.length, found: marker, kind: 'zh-suffix' };
    }
  }
  let best: OrganizationMatch | null = null;
  if (!/[A-Za-z]/.test(s)) return best; // Latin markers need Latin letters: skip their regexes for Han names
  for (const [marker, re] of LATIN_MARKER_RES) {
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index || (m.index === best.index && m[0].length > best.found.length))) {
      best = { marker, index: m.index, found: m[0], kind: 'latin' };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Person names
// ---------------------------------------------------------------------------------------------------------------

/** Chinese compound surnames (复姓). */
export const COMPOUND_SURNAMES: readonly string[] = Object.freeze([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐',
  '端木', '独孤', '南宫', '西门', '轩辕', '申屠', '呼延', '澹台', '公冶', '太史', '万俟', '闻人', '赫连', '钟离',
  '濮阳', '百里', '东郭', '拓跋', '左丘', '公羊', '司空', '仲孙', '单于', '淳于', '乐正', '第五', '谷梁', '梁丘',
]);

/** The middle dot used in transliterated minority and foreign names on mainland documents (U+00B7). */
export const STANDARD_NAME_DOT = '\u00b7';

/** Characters people type instead of U+00B7 in names such as 阿卜杜·热合曼. */
export const NAME_DOT_VARIANTS: readonly string[] = Object.freeze(['\u30fb', '\uff65', '\u2022', '\u2027', '\u2219', '\u22c5', '\u0387', '\u16eb', '．', '.']);

export type PersonNameShape = 'han' | 'han-compound-surname' | 'han-dotted' | 'latin';

export interface PersonNameMatch {
  shape: PersonNameShape;
  /** For 'han-dotted': the dot character used (may be a variant of U+00B7). */
  dot?: string;
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const HAN_SEGMENT = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^\p{Script=Latin}+(?:['’\-]\p{Script=Latin}+)*\.?,?$/u;

/**
 * Recognises the shape of a person name:
 * - 'han': 2–4 Han characters (张三, 王小明, 张王小明);
 * - 'han-compound-surname': a compound surname plus 1–3 Han characters (欧阳娜娜, 司马相如如);
 * - 'han-dotted': Han segments joined by a middle dot (阿卜杜·热合曼, 2–6 segments, at most 20 Han characters);
 *   the dot may be a look-alike of U+00B7 ({@link checkNameTyping} reports that separately);
 * - 'latin': 2–6 Latin-script words separated by single spaces ("Zhang San", "John F. Smith", "O'Brien Anne-Marie").
 * Returns null for anything else, including names that {@link looksLikeOrganizationName} matches.
 * The name is trimmed first; internal spaces in Han names are not accepted.
 */
export function looksLikePersonName(name: string): PersonNameMatch | null {
  if (typeof name !== 'string') return null;
  const s = name.trim();
  if (s.length === 0 || s.length > 100) return null;
  if (looksLikeOrganizationName(s)) return null;

  if (COMPOUND_SURNAMES.some((cs) => s.startsWith(cs)) && /^\p{Script=Han}{3,5}$/u.test(s)) {
    return { shape: 'han-compound-surname' };
  }
  if (HAN_NAME.test(s)) return { shape: 'han' };

  const dots = [STANDARD_NAME_DOT, ...NAME_DOT_VARIANTS];
  for (const dot of dots) {
    if (!s.includes(dot)) continue;
    const parts = s.split(dot);
    if (
      parts.length >= 2 &&
      parts.length <= 6 &&
      parts.every((p) => HAN_SEGMENT.test(p)) &&
      hanLength(s) <= 20
    ) {
      return { shape: 'han-dotted', dot };
    }
  }

  const words = s.split(' ');
  if (words.length >= 2 && words.length <= 6 && words.every((w) => LATIN_WORD.test(w))) {
    return { shape: 'latin' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Latin / Han
// ---------------------------------------------------------------------------------------------------------------

/** True when the name contains at least one Han character. */
export function hasHan(name: string): boolean {
  return typeof name === 'string' && HAN.test(name);
}

/**
 * True when the name is written in Latin script only: Latin letters (with diacritics), spaces, and the name
 * punctuation ' ’ - . , — with at least one letter. Full-width letters do not count as Latin here.
 */
export function isLatinName(name: string): boolean {
  if (typeof name !== 'string') return false;
  return (
    /^[\p{Script=Latin}\p{M} '’\-.,]+$/u.test(name) && /\p{Script=Latin}/u.test(name) && !/[\uff21-\uff3a\uff41-\uff5a]/.test(name)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Typing check
// ---------------------------------------------------------------------------------------------------------------

export interface NameTypingOptions {
  /** Which brackets the registrar wants. 'any' disables the bracket check. */
  brackets: 'half-width' | 'full-width' | 'any';
  /** 'forbid' for Chinese names (seed 003: "域名所有者请勿包含空格"); 'allow' for Latin names, which need spaces. */
  spaces: 'forbid' | 'allow';
  /** Maximum length in Unicode code points (after trimming). Omit to skip the check. */
  maxLength?: number;
  /** 'forbid' reports full-width letters, digits and punctuation other than brackets (Ｃｏ．，Ｌｔｄ). Omit to skip. */
  fullWidthAlphanumerics?: 'forbid' | 'allow';
}

export type NameTypingProblem =
  | { code: 'empty' }
  | { code: 'control-chars'; data: { positions: number[] } }
  | { code: 'leading-trailing-space'; data: { leading: number; trailing: number } }
  | { code: 'spaces'; data: { count: number; positions: SpaceAt[] } }
  | { code: 'nonstandard-space'; data: { count: number; positions: SpaceAt[] } }
  | { code: 'repeated-spaces'; data: { positions: number[] } }
  | { code: 'full-width-brackets'; data: { found: CharAt[] } }
  | { code: 'half-width-brackets'; data: { found: CharAt[] } }
  | { code: 'full-width-alphanumerics'; data: { found: CharAt[] } }
  | { code: 'nonstandard-middle-dot'; data: { found: CharAt[]; expected: string } }
  | { code: 'too-long'; data: { length: number; maxLength: number } };

export type NameTypingCode = NameTypingProblem['code'];

export interface NameTypingResult {
  problems: NameTypingProblem[];
  /** The corrected name, present only when it differs from the input and is not empty. */
  suggestion?: string;
}

function isControl(c: number): boolean {
  // C0/C1 controls other than the whitespace ones reported as spaces, bidi and other format characters that are
  // not the zero-width characters reported as spaces.
  if (spaceKind(c) !== null) return false;
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200e && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2061 && c <= 0x206f) ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Checks how a holder or contact name is typed. Problem codes:
 * - 'empty': nothing but spaces/invisible characters (no other check runs);
 * - 'control-chars' (positions): control, bidi or soft-hyphen characters;
 * - 'leading-trailing-space' (leading, trailing counts): always reported, whatever `spaces` says;
 * - 'spaces' (count, positions): internal space-like characters when `spaces: 'forbid'`;
 * - 'nonstandard-space' (count, positions): with `spaces: 'allow'`, internal spaces other than U+0020 (U+3000,
 *   no-break, zero-width, tab);
 * - 'repeated-spaces' (positions): with `spaces: 'allow'`, two or more spaces in a row;
 * - 'full-width-brackets' / 'half-width-brackets' (found): brackets of the wrong width;
 * - 'full-width-alphanumerics' (found): with `fullWidthAlphanumerics: 'forbid'`;
 * - 'nonstandard-middle-dot' (found, expected U+00B7): a look-alike dot between Han characters;
 * - 'too-long' (length, maxLength): code points after trimming, when `maxLength` is given.
 */
export function checkNameTyping(name: string, options: NameTypingOptions): NameTypingResult {
  const problems: NameTypingProblem[] = [];
  if (typeof name !== 'string') return { problems: [{ code: 'empty' }] };

  // Control characters.
  const controls: number[] = [];
  for (let i = 0; i < name.length; i++) if (isControl(name.charCodeAt(i))) controls.push(i);

  // Leading / trailing space-like characters.
  let lead = 0;
  while (lead < name.length && (spaceKind(name.charCodeAt(lead)) !== null || isControl(name.charCodeAt(lead)))) lead++;
  if (lead === name.length) return { problems: [{ code: 'empty' }] };
  let end = name.length;
  while (end > lead && (spaceKind(name.charCodeAt(end - 1)) !== null || isControl(name.charCodeAt(end - 1)))) end--;
  let leading = 0;
  for (let i = 0; i < lead; i++) if (spaceKind(name.charCodeAt(i)) !== null) leading++;
  let trailing = 0;
  for (let i = end; i < name.length; i++) if (spaceKind(name.charCodeAt(i)) !== null) trailing++;

  if (controls.length > 0) problems.push({ code: 'control-chars', data: { positions: controls } });
  if (leading > 0 || trailing > 0) problems.push({ code: 'leading-trailing-space', data: { leading, trailing } });

  // Internal spaces.
  const internal: SpaceAt[] = [];
  for (let i = lead; i < end; i++) {
    const kind = spaceKind(name.charCodeAt(i));
    if (kind) internal.push({ index: i, char: name[i]!, kind });
  }
  if (options.spaces === 'forbid') {
    if (internal.length > 0) problems.push({ code: 'spaces', data: { count: internal.length, positions: internal } });
  } else {
    const odd = internal.filter((p) => p.kind !== 'space');
    if (odd.length > 0) problems.push({ code: 'nonstandard-space', data: { count: odd.length, positions: odd } });
    const repeated: number[] = [];
    for (let k = 1; k < internal.length; k++) {
      if (internal[k]!.index === internal[k - 1]!.index + 1 && internal[k]!.kind !== 'zero-width' && internal[k - 1]!.kind !== 'zero-width') {
        repeated.push(internal[k]!.index);
      }
    }
    if (repeated.length > 0) problems.push({ code: 'repeated-spaces', data: { positions: repeated } });
  }

  // Brackets.
  if (options.brackets === 'half-width') {
    const found = findFullWidthBrackets(name);
    if (found.length > 0) problems.push({ code: 'full-width-brackets', data: { found } });
  } else if (options.brackets === 'full-width') {
    const found = findHalfWidthBrackets(name);
    if (found.length > 0) problems.push({ code: 'half-width-brackets', data: { found } });
  }

  // Full-width letters, digits and punctuation other than brackets and the ideographic space.
  if (options.fullWidthAlphanumerics === 'forbid') {
    const found: CharAt[] = [];
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e && !'（）［］｛｝'.includes(name[i]!)) found.push({ index: i, char: name[i]! });
    }
    if (found.length > 0) problems.push({ code: 'full-width-alphanumerics', data: { found } });
  }

  // Look-alike middle dots between Han characters.
  const dotFound: CharAt[] = [];
  for (let i = 1; i < name.length - 1; i++) {
    const ch = name[i]!;
    if (NAME_DOT_VARIANTS.includes(ch) && HAN.test(name[i - 1]!) && HAN.test(name[i + 1]!)) dotFound.push({ index: i, char: ch });
  }
  if (dotFound.length > 0) {
    problems.push({ code: 'nonstandard-middle-dot', data: { found: dotFound, expected: STANDARD_NAME_DOT } });
  }

  // Length.
  const core = name.slice(lead, end);
  if (typeof options.maxLength === 'number' && Number.isFinite(options.maxLength)) {
    const length = codePointLength(core);
    if (length > options.maxLength) problems.push({ code: 'too-long', data: { length, maxLength: options.maxLength } });
  }

  // Suggestion.
  let fixed = '';
  for (let i = lead; i < end; i++) {
    const c = name.charCodeAt(i);
    if (isControl(c)) continue;
    const kind = spaceKind(c);
    if (kind) {
      if (options.spaces === 'forbid' || kind === 'zero-width') continue;
      if (!fixed.endsWith(' ')) fixed += ' ';
      continue;
    }
    fixed += name[i];
  }
  if (dotFound.length > 0) {
    const chars = [...fixed];
    for (let i = 1; i < chars.length - 1; i++) {
      if (NAME_DOT_VARIANTS.includes(chars[i]!) && HAN.test(chars[i - 1]!) && HAN.test(chars[i + 1]!)) chars[i] = STANDARD_NAME_DOT;
    }
    fixed = chars.join('');
  }
  if (options.fullWidthAlphanumerics === 'forbid') {
    fixed = [...fixed].map((ch) => ('（）［］｛｝'.includes(ch) ? ch : toHalfWidth(ch))).join('');
  }
  if (options.brackets === 'half-width') fixed = toHalfWidthBrackets(fixed);
  else if (options.brackets === 'full-width') fixed = toFullWidthBrackets(fixed);

  const result: NameTypingResult = { problems };
  if (fixed.length > 0 && fixed !== name) result.suggestion = fixed;
  return result;
}
