/**
 * Certificate-number checks. The typed number is checked once per validation (a cached fact) for the number kind its
 * certificate type carries; the typing rule reports how it was typed (full-width, spaces, copy number), and one rule
 * per number kind reports what is wrong with the number itself, so each can map codes to its own categories.
 */
import * as z from 'zod/mini';
import { defineCheck, type CheckContext, type CheckDefinition } from '../engine/check.js';
import type { Localized, Problem } from '../engine/types.js';
import { ageOn, checkNumberForKind, CODES_BY_KIND, NORMALIZATION_CODES, type NumberCheck, type NumberKind } from '../numbers/index.js';
import { certificateTypeName, certificateTypes } from '../submission/certificate-types.js';
import { normalizeNumber } from '../text/normalize-number.js';

export interface CertificateNumberFact {
  kind: NumberKind;
  /** The number as typed, checked: problems of how it was typed and of the number itself. */
  typed: NumberCheck;
}

const FIELD = 'certificate.number';

/** The number kind a certificate carries, choosing by shape where a type carries two (license: USCC or GS15). */
export function numberKindFor(certificateType: string, normalized: string): NumberKind | undefined {
  const kinds = certificateTypes[certificateType]?.numbers ?? [];
  if (kinds.includes('registration-number') && /^\d{15}$/.test(normalized)) return 'registration-number';
  if (kinds.includes('org-code') && normalized.replace('-', '').length <= 9) return 'org-code';
  return kinds.find((k) => k !== 'registration-number' && k !== 'org-code') ?? kinds[0];
}

export function certificateNumberFact(ctx: CheckContext): CertificateNumberFact | undefined {
  return ctx.fact('certificate-number', () => {
    const { type, number } = ctx.submission.certificate ?? {};
    if (type === undefined || number === undefined) return undefined;
    const options = { now: ctx.now, country: ctx.submission.holder?.region };
    const kinds = certificateTypes[type]?.numbers ?? [];
    if (kinds.length === 0) return undefined;
    // Where a type carries two kinds of number, the normalised shape picks one; the typed value is then checked once.
    const kind = kinds.length === 1 ? kinds[0]! : (numberKindFor(type, normalizeNumber(number, [])) ?? kinds[0]!);
    return { kind, typed: checkNumberForKind(kind, number, options) };
  });
}

const TYPING_CODES = ['empty', ...NORMALIZATION_CODES] as const;

export const certificateNumberTyping = defineCheck({
  name: 'certificate-number-typing',
  codes: TYPING_CODES,
  run(ctx) {
    const fact = certificateNumberFact(ctx);
    if (!fact) return [];
    const problems = fact.typed.problems.filter((p) => (TYPING_CODES as readonly string[]).includes(p.code));
    // The normalised value is offered only when it passes the number check (suggestions are proven, never guessed).
    return problems.map((p) => toProblem(p, fact.typed.suggestions, { normalized: fact.typed.normalized }));
  },
});

/** Builds the check for one group of number kinds: it reports the problems of the normalised number. */
interface NumberCheckExtras {
  /** Codes and problems this rule adds to those of the number check. */
  codes: string[];
  run(fact: CertificateNumberFact, ctx: CheckContext): Problem[];
  /** Codes whose problems the holder can overrule by confirming the number (`certificate.numberConfirmed`). */
  confirmable?: Record<string, string>;
}

function numberCheck(name: string, kinds: readonly NumberKind[], extra?: NumberCheckExtras): CheckDefinition<any> {
  const codes = [...new Set(kinds.flatMap((k) => CODES_BY_KIND[k]))].filter((c) => !(TYPING_CODES as readonly string[]).includes(c));
  return defineCheck({
    name,
    codes: [...codes, ...(extra?.codes ?? [])],
    run(ctx) {
      const fact = certificateNumberFact(ctx);
      if (!fact || !kinds.includes(fact.kind) || fact.typed.normalized === '') return [];
      const type = ctx.submission.certificate!.type!;
      const problems = fact.typed.problems.filter((p) => !(TYPING_CODES as readonly string[]).includes(p.code));
      const confirmed = ctx.submission.certificate?.numberConfirmed === true;
      return [
        ...problems.map((p) => {
          const problem = toProblem(p, fact.typed.suggestions, { typeName: { 'zh-CN': certificateTypeName(type, 'zh-CN'), en: certificateTypeName(type, 'en') } });
          const overruled = confirmed ? extra?.confirmable?.[p.code] : undefined;
          return overruled ? { ...problem, code: overruled } : problem;
        }),
        ...(extra?.run(fact, ctx) ?? []),
      ];
    },
  });
}

/** Names of the 18-digit number kinds, for the `found` and `accepted` data of a `kind` problem. */
const RESIDENT_KIND_NAMES: Record<string, Localized> = {
  mainland: { 'zh-CN': '居民身份证', en: 'resident ID' },
  'hk-macau-taiwan-residence': { 'zh-CN': '港澳台居民居住证', en: 'residence permit for Hong Kong, Macau and Taiwan residents' },
  'foreign-permanent': { 'zh-CN': '外国人永久居留身份证', en: 'foreign permanent resident ID' },
};

function toProblem(p: NumberCheck['problems'][number], suggestions: string[], extra: Problem['data']): Problem {
  const data: NonNullable<Problem['data']> = { ...p.data, ...extra };
  if (p.code === 'kind' && typeof p.data?.found === 'string') data.found = RESIDENT_KIND_NAMES[p.data.found] ?? p.data.found;
  return {
    code: p.code,
    field: FIELD,
    data,
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

/** Some genuine codes fail mod 31 (Xiamen, before 2016): the holder may confirm the number, which makes it a warning. */
export const usccNumber = numberCheck('uscc-number', ['uscc'], {
  codes: ['checksum-confirmed'],
  run: () => [],
  confirmable: { checksum: 'checksum-confirmed' },
});
export const residentIdNumber = numberCheck('resident-id-number', ['resident-id']);
export const residencePermitNumber = numberCheck('residence-permit-number', ['residence-permit', 'foreign-permanent-id']);
export const orgCodeNumber = numberCheck('org-code-number', ['org-code']);
/** Registrars ask organizations for a certificate with the 18-character USCC (seeds 001 and 002). */
export const registrationNumber = numberCheck('registration-number', ['registration-number'], {
  codes: ['not-uscc'],
  run: (fact) => (fact.typed.valid ? [{ code: 'not-uscc', field: FIELD }] : []),
});
export const passportNumber = numberCheck('passport-number', ['passport']);
export const hkMacauPermitNumber = numberCheck('hk-macau-permit-number', ['hk-macau-permit']);
export const taiwanPermitNumber = numberCheck('taiwan-permit-number', ['taiwan-permit']);

/** Holders must be adults: the birth date comes from the resident ID (or residence permit) number. */
export const holderAge = defineCheck({
  name: 'holder-age',
  codes: ['under-age'],
  options: z.object({ minAge: z.number().check(z.int(), z.minimum(0)) }),
  run(ctx, options) {
    const fact = certificateNumberFact(ctx);
    const birthDate = fact?.typed.info?.birthDate;
    if (!fact || typeof birthDate !== 'string' || ctx.submission.holder?.type === 'organization') return [];
    const age = ageOn(birthDate, ctx.now);
    // A birth date after today is the number rule's finding (a typo), not an age.
    if (Number.isNaN(age) || age < 0 || age >= options.minAge) return [];
    return [{ code: 'under-age', field: FIELD, data: { age, minAge: options.minAge, birthDate } }];
  },
});
