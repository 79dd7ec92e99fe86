/** Runs the rules a profile enables over one submission and builds the report. Never throws on any submission. */
import * as z from 'zod/mini';
import { parseSubmission } from '../submission/parse.js';
import type { Adapters } from './adapters.js';
import type { CheckContext } from './check.js';
import { formatMessage } from './messages.js';
import { ConfigurationError, resolveProfile, type ResolvedProfile } from './profiles.js';
import type { RuleSet } from './rule-set.js';
import type { Profile } from './schemas.js';
import type { Finding, Lang, Problem, Report, Severity } from './types.js';
import { todayInShanghai } from '../numbers/today.js';

export type ProfileName = 'strict' | 'aliyun' | 'tencent' | 'huawei';

export interface ValidateOptions {
  /** A built-in profile name or a profile object (which may `extends` a built-in one). Default: strict. */
  profile?: ProfileName | (string & {}) | Profile;
  /** Today as YYYY-MM-DD; default: today in Asia/Shanghai. */
  now?: string;
  /** Language of messages and hints. Default: zh-CN. */
  lang?: Lang;
  /** Read certificate images with OCR (slow; off by default in the library). */
  ocr?: boolean;
  /** Run only these rules (tests and tools). */
  only?: readonly string[];
}

export async function runValidation(
  ruleSet: RuleSet,
  raw: unknown,
  options: ValidateOptions = {},
  adapters: Adapters = {},
): Promise<Report> {
  const profile = resolveProfile(options.profile ?? 'strict', ruleSet.profiles);
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
  const now = options.now ?? todayInShanghai();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now)) throw new ConfigurationError(`options.now must be YYYY-MM-DD, got "${now}".`);
  const { submission, issues } = parseSubmission(raw);
  const cache = new Map<string, unknown>();
  const ctx: CheckContext = {
    submission,
    raw,
    now,
    lang,
    adapters,
    ocr: options.ocr === true,
    fact<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
  cache.set('shape-issues', issues);

  const findings: Finding[] = [];
  const pending = ruleSet.rules.map(async (rule) => {
    if (options.only && !options.only.includes(rule.id)) return [];
    const setting = profile.rules.get(rule.id);
    if (setting?.off) return [];
    const check = ruleSet.checks.get(rule.check)!;
    const ruleOptions = checkOptions(rule.id, check.options, setting?.options ?? {}, profile);
    let problems: Problem[];
    try {
      problems = await check.run(ctx, ruleOptions);
    } catch (error) {
      problems = [{ code: 'internal-error', data: { error: error instanceof Error ? error.message : String(error) } }];
    }
    return problems.map((p) => toFinding(ruleSet, rule.id, p, lang, setting?.severity));
  });
  for (const list of await Promise.all(pending)) findings.push(...list);
  findings.sort((a, b) => rank(a.severity) - rank(b.severity));
  return { ok: !findings.some((f) => f.severity === 'error'), profile: profile.id, findings };
}

function checkOptions(ruleId: string, schema: z.ZodMiniType | undefined, given: Record<string, unknown>, profile: ResolvedProfile) {
  if (!schema) return undefined;
  const parsed = z.safeParse(schema, given);
  if (!parsed.success) {
    throw new ConfigurationError(`Profile "${profile.id}" gives rule "${ruleId}" invalid options: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function toFinding(ruleSet: RuleSet, ruleId: string, problem: Problem, lang: Lang, override: Severity | Record<string, Severity> | undefined): Finding {
  const rule = ruleSet.rules.find((r) => r.id === ruleId)!;
  const spec = rule.problems[problem.code];
  if (!spec) {
    // A check reported a code its rule does not map (only possible for an unexpected internal failure).
    return {
      rule: ruleId, code: problem.code, category: 'registrant-info-invalid', severity: 'warning',
      ...(problem.field ? { field: problem.field } : {}),
      message: `Rule ${ruleId} could not run: ${String(problem.data?.error ?? problem.code)}`,
      hint: lang === 'en' ? 'Please report this input to the maintainers of realname-precheck.' : '请将此输入反馈给 realname-precheck 的维护者。',
    };
  }
  const severity = typeof override === 'string' ? override : (override?.[problem.code] ?? spec.severity);
  // A problem that names no field (not even as undefined) concerns the rule's first field.
  const field = 'field' in problem || problem.file !== undefined ? problem.field : rule.fields[0];
  const finding: Finding = {
    rule: ruleId,
    code: problem.code,
    category: spec.category,
    severity,
    ...(field !== undefined && field !== 'files' ? { field } : {}),
    ...(problem.file !== undefined ? { file: problem.file } : {}),
    message: formatMessage(spec.message[lang], problem.data, lang),
    hint: formatMessage(spec.hint[lang], problem.data, lang),
  };
  if (problem.suggestions && problem.suggestions.length > 0) {
    finding.suggestion = problem.suggestions[0];
    finding.suggestions = problem.suggestions;
  }
  return finding;
}

function rank(severity: Severity): number {
  return severity === 'error' ? 0 : 1;
}
