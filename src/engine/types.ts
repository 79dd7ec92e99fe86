/** Shared shapes of the engine: what a check reports and what the caller receives. */

export type Lang = 'zh-CN' | 'en';
export type Severity = 'error' | 'warning';
export type Localized = Record<Lang, string>;

/** Placeholder values a check attaches to a problem; rule files format them into messages. */
export type ProblemData = Record<string, string | number | Localized>;

/** What a check primitive reports: a code (like ESLint's messageId) with data, never literal text. */
export interface Problem {
  code: string;
  data?: ProblemData;
  /** Dotted path of the field concerned; defaults to the rule's first field. */
  field?: string;
  /** Name of the file concerned, for file and image rules. */
  file?: string;
  /** Corrected values that are proven to pass, best first. */
  suggestions?: string[];
}

export interface Finding {
  rule: string;
  /** The problem code within the rule (stable, for programmatic use). */
  code: string;
  /** A category id from the rejection catalog (rules/categories.json). */
  category: string;
  severity: Severity;
  field?: string;
  file?: string;
  message: string;
  hint: string;
  /** The best corrected value, when one can be proven. */
  suggestion?: string;
  /** Every proven corrected value, best first (suggestion is the first). */
  suggestions?: string[];
}

export interface Report {
  /** True when there is no error finding. */
  ok: boolean;
  profile: string;
  findings: Finding[];
}
