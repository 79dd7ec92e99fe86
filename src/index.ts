/**
 * realname-precheck: checks a Chinese domain real-name verification submission before it reaches a registrar.
 * This entry is browser-safe; Node callers get src/node.ts (same API, plus file paths, sharp decoding and OCR).
 */
import { validateWith } from './api.js';
import { browserFileAccess } from './files/access-browser.js';

export { categories, profiles, rules } from './api.js';
export * from './numbers/index.js';
export type { Finding, Report, Lang, Severity } from './engine/types.js';
export type { ValidateOptions, ProfileName } from './engine/validate.js';
export type { Category, Profile, RuleFile } from './engine/schemas.js';
export type { Submission } from './submission/schema.js';
export { ConfigurationError } from './engine/profiles.js';

/**
 * Validates a submission (any value: malformed input becomes findings, never an exception) and resolves to a report.
 * Files must be given as `{ name, data }` with a Uint8Array or Blob in the browser.
 */
export const validate = validateWith({ files: browserFileAccess() });
