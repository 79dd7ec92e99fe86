/**
 * The contract between rule files and code. A check computes problem codes with data; the rule file that names it
 * decides category, severity and wording. Options come from the profile and are validated by the check's schema.
 */
import type * as z from 'zod/mini';
import type { Submission } from '../submission/schema.js';
import type { Adapters } from './adapters.js';
import type { Finding, Lang, Problem } from './types.js';

export interface CheckContext {
  /** The fields of the submission that parsed; a field that did not parse is absent here. */
  submission: Submission;
  /** The submission exactly as given (never modified). */
  raw: unknown;
  /** Today in China (YYYY-MM-DD), or the caller's `now`. */
  now: string;
  lang: Lang;
  /** Computes a value once per validation and caches it (facts shared between rules, cheapest first). */
  fact<T>(key: string, compute: () => T): T;
  /** Environment-specific parts (file access, image decoding, OCR); absent parts skip the rules that need them. */
  adapters: Adapters;
  /** Whether OCR may run in this validation. */
  ocr: boolean;
  /**
   * Findings of the checks that ran before this one: empty for ordinary checks; for a `late` check, every finding of
   * the others, so it can skip work on what they already rejected (no OCR on a file with an error finding).
   */
  earlierFindings: readonly Finding[];
  /**
   * The options the active profile gives another rule (validated by its check), or undefined when that rule is off
   * or not selected: one rule can follow another's thresholds without repeating them (the decode cap is
   * image-integrity's `maxPixels`).
   */
  optionsOf<T = Record<string, unknown>>(ruleId: string): T | undefined;
}

export interface CheckDefinition<O = unknown> {
  name: string;
  /** Every code this check can report; each rule running it must map exactly these codes. */
  codes: readonly string[];
  /** Schema of the options a profile gives the rule; omitted when the check takes none. */
  options?: z.ZodMiniType<O>;
  /** Runs after every other check, seeing their findings (for the slowest facts: OCR). */
  late?: boolean;
  run(ctx: CheckContext, options: O): Problem[] | Promise<Problem[]>;
}

/** Typed helper so a check's options are inferred from its schema. */
export function defineCheck<O = undefined>(def: CheckDefinition<O>): CheckDefinition<O> {
  return def;
}
