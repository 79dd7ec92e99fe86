/** Runs the rules a profile enables over one submission and builds the report. Never throws on any submission. */
import * as z from 'zod/mini';
import { parseSubmission } from '../submission/parse.js';
import type { Adapters } from './adapters.js';
import type { CheckContext } from './check.js';
import { formatMessage } from './messages.js';
import { explainIssues, unknownKeys } from './option-errors.js';
import { readOptions } from './options.js';
import { ConfigurationError, resolveProfile, type ResolvedProfile } from './profiles.js';
import type { RuleSet } from './rule-set.js';
import type { Profile, RuleFile } from './schemas.js';
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
  /** Node entry: the folder relative file paths are resolved against; the browser entry, which opens no paths, ignores it. */
  baseDir?: string;
}

export async function runValidation(
  ruleSet: RuleSet,
  raw: unknown,
  given: ValidateOptions | null = {},
  adapters: Adapters = {},
): Promise<Report> {
  const options = readOptions(given, ruleSet.rules.map((r) => r.id));
  const profile = resolveProfileCached(ruleSet, options.profile ?? 'strict');
  const lang: Lang = options.lang ?? 'zh-CN';
  const now = options.now ?? todayInShanghai();
  const { submission, issues, filePositions } = parseSubmission(raw);
  const cache = new Map<string, unknown>();
  const ctx: CheckContext = {
    submission,
    raw,
    now,
    lang,
    adapters,
    ocr: options.ocr === true,
    earlierFindings: [],
    optionsOf<T>(ruleId: string): T | undefined {
      const rule = ruleSet.ruleById.get(ruleId);
      if (!rule || profile.rules.get(ruleId)?.off || (options.only && !options.only.includes(ruleId))) return undefined;
      return optionsFor(profile, ruleId, ruleSet.checks.get(rule.check)!.options, profile.rules.get(ruleId)?.options ?? {}) as T;
    },
    fact<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
  cache.set('shape-issues', issues);
  cache.set('files:positions', filePositions);

  const enabled = ruleSet.rules.filter((rule) => !(options.only && !options.only.includes(rule.id)) && !profile.rules.get(rule.id)?.off);
  const findings = await runRules(enabled.filter((r) => !ruleSet.checks.get(r.check)!.late), ctx, ruleSet, profile, lang);
  const late = enabled.filter((r) => ruleSet.checks.get(r.check)!.late);
  if (late.length > 0) findings.push(...(await runRules(late, { ...ctx, earlierFindings: [...findings] }, ruleSet, profile, lang)));
  findings.sort((a, b) => rank(a.severity) - rank(b.severity));
  return { ok: !findings.some((f) => f.severity === 'error'), profile: profile.id, findings };
}

/**
 * Runs rules and maps their problems to findings. Checks run synchronously unless they return a promise (file and
 * image checks), so a text-only validation makes no microtask round trips.
 */
async function runRules(rules: readonly RuleFile[], ctx: CheckContext, ruleSet: RuleSet, profile: ResolvedProfile, lang: Lang): Promise<Finding[]> {
  const lists: (Finding[] | Promise<Finding[]>)[] = [];
  for (const rule of rules) {
    const setting = profile.rules.get(rule.id);
    const check = ruleSet.checks.get(rule.check)!;
    const ruleOptions = optionsFor(profile, rule.id, check.options, setting?.options ?? {});
    const toFindings = (problems: Problem[]) => problems.map((p) => toFinding(ruleSet, rule.id, p, lang, setting?.severity));
    const failed = (error: unknown) => toFindings([{ code: 'internal-error', data: { error: error instanceof Error ? error.message : String(error) } }]);
    try {
      const problems = check.run(ctx, ruleOptions);
      lists.push(problems instanceof Promise ? problems.then(toFindings, failed) : toFindings(problems));
    } catch (error) {
      lists.push(failed(error));
    }
  }
  return (lists.some((l) => l instanceof Promise) ? await Promise.all(lists) : (lists as Finding[][])).flat();
}

const resolvedBuiltins = new WeakMap<RuleSet, Map<string, ResolvedProfile>>();

/**
 * Built-in profiles are resolved once per rule set; profile objects (which callers may change) every time, with the
 * options of every rule they configure checked at once, whether or not that rule runs in this validation.
 */
function resolveProfileCached(ruleSet: RuleSet, profile: string | Profile): ResolvedProfile {
  if (typeof profile !== 'string') {
    const resolved = resolveProfile(profile, ruleSet.profiles, ruleSet.ruleById);
    for (const [ruleId, setting] of resolved.rules) {
      const check = ruleSet.checks.get(ruleSet.ruleById.get(ruleId)!.check)!;
      optionsFor(resolved, ruleId, check.options, setting.options);
    }
    return resolved;
  }
  let cache = resolvedBuiltins.get(ruleSet);
  if (!cache) resolvedBuiltins.set(ruleSet, (cache = new Map()));
  let resolved = cache.get(profile);
  if (!resolved) cache.set(profile, (resolved = resolveProfile(profile, ruleSet.profiles)));
  return resolved;
}

const parsedOptions = new WeakMap<ResolvedProfile, Map<string, unknown>>();

/** A rule's options from the profile, validated by its check's schema once per resolved profile. */
function optionsFor(profile: ResolvedProfile, ruleId: string, schema: z.ZodMiniType | undefined, given: Record<string, unknown>) {
  if (!schema) return undefined;
  let cache = parsedOptions.get(profile);
  if (!cache) parsedOptions.set(profile, (cache = new Map()));
  if (!cache.has(ruleId)) cache.set(ruleId, checkOptions(ruleId, schema, given, profile));
  return cache.get(ruleId);
}

function checkOptions(ruleId: string, schema: z.ZodMiniType, given: Record<string, unknown>, profile: ResolvedProfile) {
  const unknown = unknownKeys(schema, given);
  if (unknown.length > 0) throw new ConfigurationError(`Profile "${profile.id}" gives rule "${ruleId}" unknown options: ${unknown.join(', ')}.`);
  const parsed = z.safeParse(schema, given);
  if (!parsed.success) {
    throw new ConfigurationError(`Profile "${profile.id}" gives rule "${ruleId}" invalid options: ${explainIssues(parsed.error, given)}.`);
  }
  return parsed.data;
}

function toFinding(ruleSet: RuleSet, ruleId: string, problem: Problem, lang: Lang, override: Severity | Record<string, Severity> | undefined): Finding {
  const rule = ruleSet.ruleById.get(ruleId)!;
  const spec = rule.problems[problem.code];
  if (!spec) {
    // A check that failed unexpectedly: an error, so a broken check can never pass a submission silently.
    const reason = String(problem.data?.error ?? problem.code);
    return {
      rule: ruleId, code: 'internal-error', category: 'registrant-info-invalid', severity: 'error',
      ...(problem.field ? { field: problem.field } : {}),
      message: lang === 'en' ? `Rule ${ruleId} could not check this submission: ${reason}` : `规则 ${ruleId} 无法检查此提交：${reason}`,
      hint: lang === 'en' ? 'Please report this input to the maintainers of realname-precheck.' : '请将此输入反馈给 realname-precheck 的维护者。',
    };
  }
  const severity = typeof override === 'string' ? override : (override?.[problem.code] ?? spec.severity);
  // A problem that names no field (not even as undefined) concerns the rule's first field.
  const field = 'field' in problem || problem.file !== undefined ? problem.field : defaultField(rule.fields[0]);
  const finding: Finding = {
    rule: ruleId,
    code: problem.code,
    category: spec.category,
    severity,
    ...(field !== undefined ? { field } : {}),
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

/** A file rule's findings name their file, not the `files` list. */
function defaultField(first: string | undefined): string | undefined {
  return first === 'files' ? undefined : first;
}

function rank(severity: Severity): number {
  return severity === 'error' ? 0 : 1;
}
