/** One finding about a typed identity number. `message` is for developers; the rule layer maps `code` + `data` to user text. */
export interface NumberProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  data?: Record<string, string | number>;
}

/** The result of checking one typed identity number. */
export interface NumberCheck {
  /** True when the value exactly as typed has no problem of severity 'error'. */
  valid: boolean;
  /** The value after explicit normalisation (half-width, no whitespace, upper case, no copy number). */
  normalized: string;
  problems: NumberProblem[];
  /** Corrected values, best first. Every suggestion passes the same check with the same options. */
  suggestions: string[];
  info?: Record<string, string | number | boolean>;
}

export type ResidentIdKind = 'mainland' | 'hk-macau-taiwan-residence' | 'foreign-permanent';

export interface ResidentIdOptions {
  /** Reference date YYYY-MM-DD for the future-birth-date check; default: today in Asia/Shanghai. */
  now?: string;
  /** Kinds of 18-digit number accepted; default ['mainland']. */
  kinds?: ResidentIdKind[];
}

export interface PassportOptions {
  /** Issuing country. 'CN' (or 'CHN') applies the mainland PRC formats; anything else the loose ICAO 9303 check. */
  country?: string;
}

/** Reserved for future options of the USCC check (none yet). */
export interface UsccOptions {}

export type NumberKind =
  | 'uscc'
  | 'resident-id'
  | 'residence-permit'
  | 'foreign-permanent-id'
  | 'org-code'
  | 'registration-number'
  | 'passport'
  | 'hk-macau-permit'
  | 'taiwan-permit';

export interface NumberCheckOptions {
  now?: string;
  kinds?: ResidentIdKind[];
  country?: string;
}
