/**
 * zod schemas for the data that drives the engine: the rejection catalog, rule files and profiles.
 * They are the single source of truth: types are inferred from them and JSON Schemas are generated from them.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));
export const LocalizedSchema = z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export const SeverityName = z.enum(['error', 'warning']);

/** A citation of a source document in shared seeds: file name and the section it comes from. */
export const SeedCitationSchema = z.object({
  seed: z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/)),
  section: z.string().check(z.minLength(1)),
});

export const CategorySchema = z.object({
  id,
  title: LocalizedSchema,
  /** Each registrar's exact wording of the rejection message, as users see it. */
  wording: z.array(
    z.object({ registrar: z.enum(['aliyun', 'tencent', 'huawei', 'cnnic']), text: z.string().check(z.minLength(2)) }),
  ).check(z.minLength(1)),
  causes: LocalizedSchema,
  hints: z.array(LocalizedSchema).check(z.minLength(1)),
  seeds: z.array(SeedCitationSchema).check(z.minLength(1)),
});
export const CatalogSchema = z.object({ categories: z.array(CategorySchema) });

export const ProblemSpecSchema = z.object({
  category: id,
  severity: SeverityName,
  message: LocalizedSchema,
  hint: LocalizedSchema,
});

export const RuleFileSchema = z.object({
  id,
  /** The name of the check primitive (in src/checks) that this rule runs. */
  check: id,
  description: LocalizedSchema,
  /** Dotted paths of the submission fields the rule reads (`files` for file rules). */
  fields: z.array(z.string()).check(z.minLength(1)),
  seeds: z.array(SeedCitationSchema).check(z.minLength(1)),
  problems: z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), ProblemSpecSchema),
});

/** How a profile configures one rule: "off", or overrides of severity and options. */
export const RuleSettingSchema = z.union([
  z.literal('off'),
  z.strictObject({
    severity: z.optional(z.union([SeverityName, z.record(z.string(), SeverityName)])),
    options: z.optional(z.record(z.string(), z.unknown())),
  }),
]);

export const ProfileSchema = z.strictObject({
  /** The JSON Schema the file follows, for editors (./schema/profile.json of the package). */
  $schema: z.optional(z.string()),
  id,
  extends: z.optional(id),
  title: LocalizedSchema,
  description: z.optional(LocalizedSchema),
  seeds: z.optional(z.array(SeedCitationSchema)),
  rules: z.record(id, RuleSettingSchema),
});

export type Category = z.infer<typeof CategorySchema>;
export type ProblemSpec = z.infer<typeof ProblemSpecSchema>;
export type RuleFile = z.infer<typeof RuleFileSchema>;
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
