/**
 * Loads the catalog, rule files and profiles, validates them with zod and checks that they fit together:
 * every rule names a known check, maps exactly the codes that check reports, and uses known categories.
 */
import * as z from 'zod/mini';
import type { CheckDefinition } from './check.js';
import { CatalogSchema, ProfileSchema, RuleFileSchema, type Category, type Profile, type RuleFile } from './schemas.js';

export interface RuleSet {
  categories: ReadonlyMap<string, Category>;
  rules: readonly RuleFile[];
  ruleById: ReadonlyMap<string, RuleFile>;
  checks: ReadonlyMap<string, CheckDefinition<any>>;
  profiles: ReadonlyMap<string, Profile>;
}

export function buildRuleSet(input: {
  catalog: unknown;
  rules: readonly unknown[];
  checks: readonly CheckDefinition<any>[];
  profiles: readonly unknown[];
}): RuleSet {
  const catalog = parseOrThrow(CatalogSchema, input.catalog, 'rules/categories.json');
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const checks = new Map(input.checks.map((c) => [c.name, c]));
  const rules = input.rules.map((raw, i) => parseOrThrow(RuleFileSchema, raw, `rule #${i}`));
  const usedChecks = new Set<string>();
  for (const rule of rules) {
    const check = checks.get(rule.check);
    if (!check) throw new Error(`Rule "${rule.id}" names unknown check "${rule.check}".`);
    if (usedChecks.has(rule.check)) throw new Error(`Check "${rule.check}" is run by more than one rule.`);
    usedChecks.add(rule.check);
    const mapped = Object.keys(rule.problems).sort();
    const reported = [...check.codes].sort();
    if (mapped.join() !== reported.join()) {
      throw new Error(`Rule "${rule.id}" maps codes [${mapped}] but check "${check.name}" reports [${reported}].`);
    }
    for (const [code, spec] of Object.entries(rule.problems)) {
      if (!categories.has(spec.category)) throw new Error(`Rule "${rule.id}" code "${code}" uses unknown category "${spec.category}".`);
    }
  }
  const profiles = new Map<string, Profile>();
  for (const raw of input.profiles) {
    const profile = parseOrThrow(ProfileSchema, raw, 'a profile');
    for (const ruleId of Object.keys(profile.rules)) {
      if (!rules.some((r) => r.id === ruleId)) throw new Error(`Profile "${profile.id}" configures unknown rule "${ruleId}".`);
    }
    profiles.set(profile.id, profile);
  }
  return { categories, rules, ruleById: new Map(rules.map((r) => [r.id, r])), checks, profiles };
}

function parseOrThrow<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new Error(`Invalid ${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}
