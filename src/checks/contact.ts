/** Rules on the contact: it must be a person, and the phone needs country code 86 for mainland numbers. */
import { defineCheck } from '../engine/check.js';
import { parsePhone, type PhoneProblemCode } from '../contact/phone.js';
import { looksLikeOrganizationName } from '../text/names.js';

export const contactPerson = defineCheck({
  name: 'contact-person',
  codes: ['organization-name'],
  run(ctx) {
    const name = ctx.submission.contact?.name;
    const org = name === undefined ? null : looksLikeOrganizationName(name);
    return org ? [{ code: 'organization-name', field: 'contact.name', data: { name: name!, marker: org.found } }] : [];
  },
});

const PHONE_CODES = [
  'empty', 'malformed', 'invalid-characters', 'missing-country-code', 'area-code-as-country-code', 'invalid-country-code',
  'mainland-mobile-needs-86', 'mobile-length', 'country-code-repeated', 'trunk-prefix', 'number-length',
] as const satisfies readonly PhoneProblemCode[];

export const contactPhone = defineCheck({
  name: 'contact-phone',
  codes: PHONE_CODES,
  run(ctx) {
    const phone = ctx.submission.contact?.phone;
    if (phone === undefined) return [];
    const parsed = parsePhone(phone);
    return parsed.problems.map((p) => {
      const data: Record<string, string | number> = { phone };
      if ('data' in p) for (const [k, v] of Object.entries(p.data)) data[k] = Array.isArray(v) ? v.join(' ') : v;
      return { code: p.code, field: 'contact.phone', data, ...(parsed.suggestion ? { suggestions: [parsed.suggestion] } : {}) };
    });
  },
});
