/** Resolves a profile and its `extends` chain into one setting per rule (later profiles override earlier ones). */
import * as z from 'zod/mini';
import { ProfileSchema, type Profile, type RuleSetting } from './schemas.js';
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
  knownRules?: ReadonlySet<string>,
): ResolvedProfile {
  let current: Profile;
  if (typeof profile === 'string') {
    const found = builtins.get(profile);
    if (!found) throw new ConfigurationError(`Unknown profile "${profile}". Built-in profiles: ${[...builtins.keys()].join(', ')}.`);
    current = found;
  } else {
    const parsed = z.safeParse(ProfileSchema, profile);
    if (!parsed.success) throw new ConfigurationError(`Invalid profile object: ${z.prettifyError(parsed.error)}`);
    current = parsed.data;
    // A misspelt rule id would otherwise be ignored without a word.
    const unknown = knownRules ? Object.keys(current.rules).filter((id) => !knownRules.has(id)) : [];
    if (unknown.length > 0) throw new ConfigurationError(`Profile "${current.id}" configures unknown rules: ${unknown.join(', ')}.`);
  }
  const chain: Profile[] = [current];
  const seen = new Set([current.id]);
  while (current.extends) {
    const parent = builtins.get(current.extends);
    if (!parent) throw new ConfigurationError(`Profile "${current.id}" extends unknown profile "${current.extends}".`);
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

function merge(base: ResolvedRuleSetting | undefined, setting: RuleSetting): ResolvedRuleSetting {
  if (setting === 'off') return { off: true, options: base?.options ?? {} };
  return {
    off: false,
    severity: setting.severity ?? base?.severity,
    options: { ...(base?.options ?? {}), ...(setting.options ?? {}) },
  };
}
