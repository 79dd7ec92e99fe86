/** Dates on the certificate: too new to have reached the verification databases, expired or about to expire. */
import * as z from 'zod/mini';
import { defineCheck } from '../engine/check.js';
import type { Localized, Problem } from '../engine/types.js';
import { certificateExpiry, isLongTerm } from '../dates/expiry.js';
import { newCertificateDelay } from '../dates/new-certificate.js';
import { naturalDaysBetween } from '../dates/plain-date.js';

const days = z.number().check(z.int(), z.minimum(0));

/**
 * Natural days after which any requirement is surely met: N working days span at most N/5 weeks plus the longest
 * official holiday (8 days in a row with its weekends): a generous bound, only used to skip the calendar walk.
 */
function longestWait(naturalDays: number, workingDays: number): number {
  return Math.max(naturalDays, Math.ceil((workingDays * 7) / 5) + 14);
}

/** The waiting period in words, naming only the requirements the profile sets. */
function requirement(naturalDays: number, workingDays: number): Localized {
  const zh = [naturalDays > 0 ? `${naturalDays}个自然日` : '', workingDays > 0 ? `${workingDays}个工作日` : ''].filter(Boolean);
  const en = [naturalDays > 0 ? `${naturalDays} natural days` : '', workingDays > 0 ? `${workingDays} working days` : ''].filter(Boolean);
  return { 'zh-CN': zh.join('且') || '0天', en: en.join(' and ') || '0 days' };
}

export const newCertificate = defineCheck({
  name: 'new-certificate',
  codes: ['too-new', 'issued-in-future', 'working-days-approximated'],
  options: z.object({ naturalDays: z.optional(days), workingDays: z.optional(days) }),
  run(ctx, options) {
    const issuedOn = ctx.submission.certificate?.issuedOn;
    if (issuedOn === undefined) return [];
    // Long past any waiting period there is nothing to say: skip walking the holiday calendar.
    const elapsed = naturalDaysBetween(issuedOn, ctx.now);
    if (elapsed !== null && elapsed > longestWait(options.naturalDays ?? 0, options.workingDays ?? 0)) return [];
    const result = newCertificateDelay({ issuedOn, now: ctx.now, naturalDays: options.naturalDays, workingDays: options.workingDays });
    const problems: Problem[] = [];
    for (const p of result.problems) {
      if (p.code === 'too-new') {
        problems.push({
          code: 'too-new',
          field: 'certificate.issuedOn',
          data: {
            issuedOn,
            earliest: p.data.earliest,
            waitDays: p.data.waitDays,
            requirement: requirement(options.naturalDays ?? 0, options.workingDays ?? 0),
          },
        });
      } else if (p.code === 'issued-in-future') {
        problems.push({ code: 'issued-in-future', field: 'certificate.issuedOn', data: { issuedOn, today: p.data.today } });
      }
    }
    // Past the years the official calendar covers, working days were counted Monday to Friday: say so.
    if (result.approximated && problems.some((p) => p.code === 'too-new')) {
      problems.push({ code: 'working-days-approximated', field: 'certificate.issuedOn', data: { earliest: result.earliest ?? '' } });
    }
    return problems;
  },
});

export const certificateExpiryCheck = defineCheck({
  name: 'certificate-expiry',
  codes: ['expired', 'near-expiry', 'expires-before-issue'],
  options: z.object({ nearExpiryDays: days }),
  run(ctx, options) {
    const { expiresOn, issuedOn } = ctx.submission.certificate ?? {};
    if (expiresOn === undefined) return [];
    // Dates that cannot both be right (a typo in one of them): whether it has expired is unknown.
    if (issuedOn !== undefined && !isLongTerm(expiresOn) && expiresOn < issuedOn) {
      return [{ code: 'expires-before-issue', field: 'certificate.expiresOn', data: { expiresOn, issuedOn } }];
    }
    const result = certificateExpiry({ expiresOn, now: ctx.now, nearExpiryDays: options.nearExpiryDays });
    return result.problems
      .filter((p) => p.code === 'expired' || p.code === 'near-expiry')
      .map((p) => ({ code: p.code, field: 'certificate.expiresOn', data: { ...(p as { data: Record<string, string | number> }).data } }));
  },
});
