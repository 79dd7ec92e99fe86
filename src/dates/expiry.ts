/**
 * Certificate validity. Expired certificates are rejected ("证件已过期，请提交有效的证件图片", seed 003) and
 * near-expiry ones risk rejection ("请勿使用临近过期的证件提交实名认证", seeds 002 and 003).
 *
 * Conventions (dates in China, Asia/Shanghai):
 * - a certificate is valid through its expiry date: on the expiry date daysLeft = 0 and it is still valid;
 *   the day after, daysLeft = -1 and it is expired;
 * - near-expiry when 0 ≤ daysLeft < nearExpiryDays (so nearExpiryDays = 30 warns for the last 30 days,
 *   and nearExpiryDays = 0 disables the warning);
 * - 'long-term', '长期' and '长期有效' (as printed on ID cards and licences) never expire: daysLeft is null.
 *
 * Pure and browser-safe; no input throws.
 */
import { naturalDaysBetween, parseIsoDate, todayInShanghai, type IsoDate } from './calendar.js';

export interface CertificateExpiryInput {
  /** 'YYYY-MM-DD', 'long-term', '长期' or '长期有效'. */
  expiresOn: string;
  /** The current instant (converted to the date in China) or a date 'YYYY-MM-DD' already in China. */
  now: Date | string;
  /** Warn when fewer than this many days are left (from the registrar profile). */
  nearExpiryDays: number;
}

export type CertificateExpiryProblem =
  | { code: 'invalid-expiry-date'; data: { expiresOn: string } }
  | { code: 'invalid-now' }
  | { code: 'invalid-parameter'; data: { name: 'nearExpiryDays'; value: unknown } }
  | { code: 'expired'; data: { expiresOn: IsoDate; today: IsoDate; daysAgo: number } }
  | { code: 'near-expiry'; data: { expiresOn: IsoDate; today: IsoDate; daysLeft: number } };

export interface CertificateExpiryResult {
  /** 'unknown' when the input could not be evaluated (see problems). */
  status: 'valid' | 'near-expiry' | 'expired' | 'unknown';
  /** expiresOn − today in natural days; null for long-term or unknown. */
  daysLeft: number | null;
  longTerm: boolean;
  today: IsoDate | null;
  problems: CertificateExpiryProblem[];
}

const LONG_TERM = new Set(['long-term', 'longterm', 'long term', '长期', '长期有效']);

/** True for 'long-term' (any case, with or without hyphen), '长期', '长期有效', ignoring surrounding spaces. */
export function isLongTerm(expiresOn: string): boolean {
  return typeof expiresOn === 'string' && LONG_TERM.has(expiresOn.trim().toLowerCase());
}

/** Classifies a certificate's validity on today's date in China. */
export function certificateExpiry(input: CertificateExpiryInput): CertificateExpiryResult {
  const problems: CertificateExpiryProblem[] = [];
  const { expiresOn, now, nearExpiryDays } = input ?? ({} as CertificateExpiryInput);
  const today = typeof now === 'string' ? (parseIsoDate(now) ? now : null) : todayInShanghai(now);
  const result: CertificateExpiryResult = { status: 'unknown', daysLeft: null, longTerm: false, today, problems };

  if (isLongTerm(expiresOn)) {
    result.longTerm = true;
    result.status = 'valid';
    return result;
  }
  if (today === null) problems.push({ code: 'invalid-now' });
  const validDate = typeof expiresOn === 'string' && parseIsoDate(expiresOn) !== null;
  if (!validDate) problems.push({ code: 'invalid-expiry-date', data: { expiresOn: String(expiresOn) } });
  const validThreshold = typeof nearExpiryDays === 'number' && Number.isInteger(nearExpiryDays) && nearExpiryDays >= 0;
  if (!validThreshold) problems.push({ code: 'invalid-parameter', data: { name: 'nearExpiryDays', value: nearExpiryDays } });
  if (today === null || !validDate || !validThreshold) return result;

  const daysLeft = naturalDaysBetween(today, expiresOn)!;
  result.daysLeft = daysLeft;
  if (daysLeft < 0) {
    result.status = 'expired';
    problems.push({ code: 'expired', data: { expiresOn, today, daysAgo: -daysLeft } });
  } else if (daysLeft < nearExpiryDays) {
    result.status = 'near-expiry';
    problems.push({ code: 'near-expiry', data: { expiresOn, today, daysLeft } });
  } else {
    result.status = 'valid';
  }
  return result;
}
