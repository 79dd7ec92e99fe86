/** Resolves a profile and its `extends` chain into one setting per rule (later profiles override earlier ones). */
import * as z from 'zod/mini';
import { ProfileSchema, type Profile, type RuleSetting } from './schemas.js';
import { explainIssues, show } from './option-errors.js';
import { didYouMean } from './suggest.js';
import type { Severity } from './types.js';

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export interface ResolvedRuleSetting {
  off: boolean;
  severity?: Severity | Record<string, Severity>;
  options: Record<string, unknown>;
}
export interface ResolvedProfile {
  id: string;
  chain: string[];
  rules: Map<string, ResolvedRuleSetting>;
}

export function resolveProfile(
  profile: string | Profile,
  builtins: ReadonlyMap<string, Profile>,
  knownRules?: ReadonlyMap<string, { problems: Record<string, unknown> }>,
): ResolvedProfile {
  let current: Profile;
  if (typeof profile === 'string') {
    const found = builtins.get(profile);
    if (!found) {
      const names = [...builtins.keys()];
      throw new ConfigurationError(`Unknown profile "${show(profile)}"${didYouMean(profile, names)}. Built-in profiles: ${names.join(', ')}.`);
    }
    current = found;
  } else {
    let parsed: ReturnType<typeof z.safeParse<typeof ProfileSchema>>;
    try {
      parsed = z.safeParse(ProfileSchema, profile);
    } catch (error) {
      throw new ConfigurationError(`The profile object could not be read: ${error instanceof Error ? error.message : 'unreadable object'}.`);
    }
    if (!parsed.success) throw new ConfigurationError(`Invalid profile object: ${explainIssues(parsed.error, profile)}.`);
    current = parsed.data;
    if (knownRules) checkRuleNames(current, knownRules);
  }
  const chain: Profile[] = [current];
  const seen = new Set([current.id]);
  while (current.extends) {
    const parent = builtins.get(current.extends);
    if (!parent) throw new ConfigurationError(`Profile "${current.id}" extends unknown profile "${current.extends}"${didYouMean(current.extends, [...builtins.keys()])}.`);
    if (seen.has(parent.id)) throw new ConfigurationError(`Profile "${current.id}" extends itself through "${parent.id}".`);
    seen.add(parent.id);
    chain.unshift(parent);
    current = parent;
  }
  const rules = new Map<string, ResolvedRuleSetting>();
  for (const p of chain) {
    for (const [ruleId, setting] of Object.entries(p.rules)) rules.set(ruleId, merge(rules.get(ruleId), setting));
  }
  const top = chain[chain.length - 1]!;
  return { id: top.id, chain: chain.map((p) => p.id), rules };
}

/** A misspelt rule id or problem code would otherwise be ignored without a word. */
function checkRuleNames(profile: Profile, knownRules: ReadonlyMap<string, { problems: Record<string, unknown> }>): void {
  const ids = [...knownRules.keys()];
  const unknown = Object.keys(profile.rules).filter((id) => !knownRules.has(id));
  if (unknown.length > 0) {
    throw new ConfigurationError(`Profile "${profile.id}" configures unknown rules: ${unknown.map((id) => `${show(id)}${didYouMean(id, ids)}`).join(', ')}.`);
  }
  for (const [ruleId, setting] of Object.entries(profile.rules)) {
    if (setting === 'off' || typeof setting.severity !== 'object') continue;
    const codes = Object.keys(knownRules.get(ruleId)!.problems);
    for (const code of Object.keys(setting.severity)) {
      if (codes.includes(code)) continue;
      throw new ConfigurationError(
        `Profile "${profile.id}" gives rule "${ruleId}" a severity for unknown code "${show(code)}"${didYouMean(code, codes)}. Its codes: ${codes.join(', ')}.`,
      );
    }
  }
}

function merge(base: ResolvedRuleSetting | undefined, setting: RuleSetting): ResolvedRuleSetting {
  if (setting === 'off') return { off: true, options: base?.options ?? {} };
  return {
    off: false,
    severity: setting.severity ?? base?.severity,
    options: { ...(base?.options ?? {}), ...(setting.options ?? {}) },
  };
}
