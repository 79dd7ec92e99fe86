/**
 * Organization names: an organization holder types its full registered name, never the legal representative (seed
 * 002), and the contact must be a person (seed 003: "请修改联系人选项为个人姓名"). A heuristic on the name's shape.
 * Pure and browser-safe; no input throws.
 */
import markers from '../../rules/data/name-markers.json' with { type: 'json' };
import { HAN, hanLength } from './script.js';
import { toHalfWidth } from './width.js';

/** The marker lists live in rules/data/name-markers.json, with what each is for. */
export const ZH_COMPANY_MARKERS: readonly string[] = Object.freeze(markers.companyMarkers.values);
export const ZH_ORGANIZATION_KEYWORDS: readonly string[] = Object.freeze(markers.organizationKeywords.values);
export const ZH_ORGANIZATION_SUFFIXES_LONG: readonly string[] = Object.freeze(markers.organizationSuffixesLong.values);
export const ZH_ORGANIZATION_SUFFIXES_SHORT: readonly string[] = Object.freeze(markers.organizationSuffixesShort.values);
/** Matched as whole words, case-insensitively; {@link LATIN_CASE_SENSITIVE_MARKERS} only in their exact case. */
export const LATIN_ORGANIZATION_MARKERS: readonly string[] = Object.freeze(markers.latinOrganizationMarkers.values);
export const LATIN_CASE_SENSITIVE_MARKERS: readonly string[] = Object.freeze(markers.latinCaseSensitiveMarkers.values);

/** True when a Chinese organization name is a company's name. */
export function looksLikeCompanyName(name: string): boolean {
  if (typeof name !== 'string') return false;
  const s = toHalfWidth(name);
  return ZH_COMPANY_MARKERS.some((m) => s.includes(m));
}

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
