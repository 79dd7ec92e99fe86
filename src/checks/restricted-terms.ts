/** Names containing restricted words (中国, 国家, 中华, 全国, China, …); the list lives in the profile. */
import * as z from 'zod/mini';
import { defineCheck } from '../engine/check.js';
import type { Problem } from '../engine/types.js';
import { findRestrictedTerms } from '../text/restricted-terms.js';

/** Holder names and the contact: seed 003 gives the same reason for 域名所有者 and 联系人. */
const FIELDS = ['holder.name', 'holder.nameEn', 'contact.name'] as const;

export const restrictedTerm = defineCheck({
  name: 'restricted-term',
  codes: ['restricted-term'],
  options: z.object({ terms: z.array(z.string().check(z.minLength(1))) }),
  run(ctx, options) {
    const { holder, contact } = ctx.submission;
    const values: Record<(typeof FIELDS)[number], string | undefined> = {
      'holder.name': holder?.name,
      'holder.nameEn': holder?.nameEn,
      'contact.name': contact?.name,
    };
    const problems: Problem[] = [];
    for (const field of FIELDS) {
      const value = values[field];
      if (value === undefined) continue;
      const found = findRestrictedTerms(value, options.terms);
      if (found.length > 0) {
        problems.push({ code: 'restricted-term', field, data: { terms: [...new Set(found.map((m) => m.matched))].join('、') } });
      }
    }
    return problems;
  },
});
