/**
 * Organization names: an organization holder types its full registered name, never the legal representative (seed
 * 002), and the contact must be a person (seed 003: "请修改联系人选项为个人姓名"). A heuristic on the name's shape.
 * Pure and browser-safe; no input throws.
 */
import { HAN, hanLength } from './script.js';
import { toHalfWidth } from './width.js';

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
