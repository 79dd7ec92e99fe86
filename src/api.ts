/** The public API shared by the browser and Node entries; each entry supplies its own adapters. */
import { ruleSet } from './builtin.js';
import type { Adapters } from './engine/adapters.js';
import type { Category, Profile } from './engine/schemas.js';
import type { Report } from './engine/types.js';
import { runValidation, type ValidateOptions } from './engine/validate.js';

/** The rejection catalog: every category id with each registrar's wording, a title, causes and fix hints. */
export const categories: readonly Category[] = [...ruleSet.categories.values()];

/** The built-in registrar profiles by id: strict (default), aliyun, tencent, huawei. */
export const profiles: Readonly<Record<string, Profile>> = Object.fromEntries(ruleSet.profiles);

/** Every built-in rule file (id, check, fields, seeds and the wording of each problem code). */
export const rules = ruleSet.rules;

export function validateWith(adapters: Adapters) {
  return (submission: unknown, options?: ValidateOptions | null): Promise<Report> =>
    runValidation(ruleSet, submission, options, adapters);
}
