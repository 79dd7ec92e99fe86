/** Rules on the holder: type vs certificate type, organization kind vs certificate, name typing and shape, region. */
import * as z from 'zod/mini';
import { defineCheck } from '../engine/check.js';
import type { Localized, Problem } from '../engine/types.js';
import { certificateTypeName, certificateTypes, organizationKinds } from '../submission/certificate-types.js';
import { checkNameTyping, hasHan, isLatinName, looksLikeCompanyName, looksLikeOrganizationName, looksLikePersonName, type NameTypingCode } from '../text/names.js';

/**
 * Mainland China, Hong Kong, Macau and Taiwan; every other region is overseas (海外) in the registrars' wording (seed
 * 003: "除中国大陆及港澳台地区以外"). This defines the word; which regions a registrar serves is profile data.
 */
const DOMESTIC_REGIONS = new Set(['CN', 'HK', 'MO', 'TW']);

export function isOverseas(region: string | undefined): boolean {
  return region !== undefined && !DOMESTIC_REGIONS.has(region);
}

function typeName(type: string): Localized {
  return { 'zh-CN': certificateTypeName(type, 'zh-CN'), en: certificateTypeName(type, 'en') };
}

const HOLDER_TYPE_NAMES: Record<string, Localized> = {
  individual: { 'zh-CN': '个人', en: 'an individual' },
  organization: { 'zh-CN': '组织', en: 'an organization' },
};

export const holderCertificateType = defineCheck({
  name: 'holder-certificate-type',
  codes: ['holder-type-mismatch', 'organization-kind-mismatch', 'uscc-certificate-for-company'],
  run(ctx) {
    const holder = ctx.submission.holder ?? {};
    const type = ctx.submission.certificate?.type;
    if (type === undefined) return [];
    const info = certificateTypes[type]!;
    const problems: Problem[] = [];
    if (holder.type !== undefined && holder.type !== info.holder) {
      problems.push({
        code: 'holder-type-mismatch',
        field: 'certificate.type',
        data: { typeName: typeName(type), holderType: HOLDER_TYPE_NAMES[holder.type]!, certificateHolder: HOLDER_TYPE_NAMES[info.holder]! },
      });
      return problems;
    }
    // After the three-in-one reform a company's certificate is its business license (seed 002); this says more than
    // the generic organization-kind mismatch, which it replaces.
    // The stated organization kind decides; the name is a clue only when no kind was given.
    const isCompany = holder.organizationKind !== undefined ? holder.organizationKind === 'enterprise' : holder.name !== undefined && looksLikeCompanyName(holder.name);
    if (type === 'uscc-certificate' && holder.type === 'organization' && isCompany) {
      problems.push({ code: 'uscc-certificate-for-company', field: 'certificate.type', suggestions: ['business-license'] });
      return problems;
    }
    const kind = holder.organizationKind === undefined ? undefined : organizationKinds[holder.organizationKind];
    if (holder.type === 'organization' && kind && !kind.certificates.includes(type)) {
      problems.push({
        code: 'organization-kind-mismatch',
        field: 'certificate.type',
        data: {
          typeName: typeName(type),
          kind: { 'zh-CN': kind.zh, en: holder.organizationKind! },
          accepted: {
            'zh-CN': kind.certificates.map((c) => certificateTypeName(c, 'zh-CN')).join('、'),
            en: kind.certificates.map((c) => certificateTypeName(c, 'en')).join(', '),
          },
        },
      });
    }
    return problems;
  },
});

const NAME_TYPING_CODES = [
  'empty', 'control-chars', 'leading-trailing-space', 'spaces', 'nonstandard-space', 'repeated-spaces',
  'full-width-brackets', 'half-width-brackets', 'full-width-alphanumerics', 'nonstandard-middle-dot', 'too-long',
] as const satisfies readonly NameTypingCode[];

export const NameTypingOptions = z.object({
  brackets: z.enum(['half-width', 'full-width', 'any']),
  spaces: z.enum(['forbid', 'allow']),
  maxLength: z.optional(z.number().check(z.int(), z.positive())),
  fullWidthAlphanumerics: z.optional(z.enum(['forbid', 'allow'])),
});

/**
 * How the holder name is typed. Latin names need their spaces, so the space rule applies to Han names only. The
 * English name (a free translation on most forms) is held only to having no invisible or control characters.
 */
export const holderNameTyping = defineCheck({
  name: 'holder-name-typing',
  codes: NAME_TYPING_CODES,
  options: NameTypingOptions,
  run(ctx, options) {
    const { name, nameEn } = ctx.submission.holder ?? {};
    const problems: Problem[] = [];
    if (name !== undefined) {
      const result = checkNameTyping(name, { ...options, spaces: isLatinName(name.trim()) ? 'allow' : options.spaces });
      problems.push(...result.problems.map((p) => typingProblem(p, 'holder.name', result.suggestion)));
    }
    if (nameEn !== undefined) {
      const result = checkNameTyping(nameEn, { brackets: 'any', spaces: 'allow' });
      const controls = result.problems.filter((p) => p.code === 'control-chars');
      // The suggestion removes only the invisible characters when nothing else is wrong.
      const suggestion = controls.length === result.problems.length ? result.suggestion : undefined;
      problems.push(...controls.map((p) => typingProblem(p, 'holder.nameEn', suggestion)));
    }
    return problems;
  },
});

function typingProblem(p: ReturnType<typeof checkNameTyping>['problems'][number], field: string, suggestion: string | undefined): Problem {
  return { code: p.code, field, data: describeTyping(p), ...(suggestion !== undefined ? { suggestions: [suggestion] } : {}) };
}

function describeTyping(p: ReturnType<typeof checkNameTyping>['problems'][number]): Problem['data'] {
  if (!('data' in p)) return {};
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(p.data)) {
    if (Array.isArray(value)) {
      data[key] = value.map((v) => (typeof v === 'object' && v !== null && 'char' in v ? String(v.char) : String(v))).join(' ');
      data.count ??= value.length;
    } else data[key] = value as string | number;
  }
  return data;
}

/** Whether the name's shape fits the holder type: a person's name with an organization certificate and the reverse. */
export const holderNameKind = defineCheck({
  name: 'holder-name-kind',
  codes: ['organization-name-on-individual', 'person-name-on-organization', 'overseas-name-not-document-name', 'overseas-name-case'],
  run(ctx) {
    const { name, type, region, nameEn } = ctx.submission.holder ?? {};
    if (name === undefined || type === undefined) return [];
    const problems: Problem[] = [];
    if (type === 'individual') {
      const org = looksLikeOrganizationName(name);
      if (org) problems.push({ code: 'organization-name-on-individual', field: 'holder.name', data: { marker: org.found } });
    } else if (looksLikePersonName(name) && !looksLikeOrganizationName(name)) {
      problems.push({ code: 'person-name-on-organization', field: 'holder.name', data: { name } });
    }
    // Overseas holders type the name exactly as on their (English) document, also in the Chinese-name field (seed 001).
    const certificateType = ctx.submission.certificate?.type;
    const englishDocument = certificateType === 'passport' || certificateType === 'overseas-organization-certificate';
    if (isOverseas(region) && englishDocument && hasHan(name) && !isLatinName(name)) {
      problems.push({ code: 'overseas-name-not-document-name', field: 'holder.name', data: { name, nameEn: nameEn ?? '' }, ...(nameEn && isLatinName(nameEn) ? { suggestions: [nameEn] } : {}) });
    } else if (isOverseas(region) && englishDocument && nameEn !== undefined && isLatinName(name) && isLatinName(nameEn)) {
      // Both fields hold the document's name, letter for letter: JOHN SMITH in one and John Smith in the other cannot
      // both be what the passport says.
      const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
      if (name !== nameEn && fold(name) === fold(nameEn)) {
        problems.push({ code: 'overseas-name-case', field: 'holder.name', data: { name, nameEn } });
      }
    }
    return problems;
  },
});

/** Regions a registrar cannot serve (Tencent: only mainland China, Hong Kong, Macau and Taiwan, seed 003). */
export const holderRegion = defineCheck({
  name: 'holder-region',
  codes: ['region-not-served'],
  options: z.object({ servedRegions: z.union([z.literal('all'), z.array(z.string().check(z.regex(/^[A-Z]{2}$/)))]) }),
  run(ctx, options) {
    const region = ctx.submission.holder?.region;
    if (region === undefined || options.servedRegions === 'all' || options.servedRegions.includes(region)) return [];
    return [{ code: 'region-not-served', field: 'holder.region', data: { region, served: options.servedRegions.join(', ') } }];
  },
});

/** The ASCII (punycode) form of a domain, through the WHATWG URL parser (browsers and Node); the input if it fails. */
function asciiDomain(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain;
  }
}

/** An overseas holder cannot verify these domains where the registrar says so (Aliyun China site, seed 001). */
export const overseasDomain = defineCheck({
  name: 'overseas-domain',
  codes: ['overseas-restricted-suffix'],
  options: z.object({ restrictedSuffixes: z.array(z.string().check(z.regex(/^\./))) }),
  run(ctx, options) {
    const { domain } = ctx.submission;
    if (domain === undefined || !isOverseas(ctx.submission.holder?.region)) return [];
    // IME full stops (。．｡) are dots, and both sides are compared in ASCII form (.中国 is .xn--fiqs8s).
    const typed = asciiDomain(domain.trim().replace(/[。．｡]/g, '.').replace(/\.$/, ''));
    const suffix = options.restrictedSuffixes.find((s) => typed.endsWith(asciiDomain(`x${s}`).slice(1)));
    if (!suffix) return [];
    return [{ code: 'overseas-restricted-suffix', field: 'domain', data: { domain, suffix, region: ctx.submission.holder!.region! } }];
  },
});
