/**
 * Node entry: the same API as the browser entry, with file paths resolved against `baseDir` (default: the current
 * folder), sharp decoding and tesseract.js OCR.
 */
import { validateWith } from './api.js';
import { nodeFileAccess } from './files/access-node.js';
import { nodeOcrEngine } from './ocr/engine-node.js';
import { shutdownOcr } from './ocr/pool.js';
import type { ValidateOptions } from './engine/validate.js';
import type { Report } from './engine/types.js';

export { categories, profiles, rules } from './api.js';
export * from './numbers/index.js';
export type { Finding, Report, Lang, Severity } from './engine/types.js';
export type { ValidateOptions, ProfileName } from './engine/validate.js';
export type { Category, Profile, RuleFile } from './engine/schemas.js';
export type { Submission } from './submission/schema.js';
export { ConfigurationError } from './engine/profiles.js';

export interface NodeValidateOptions extends ValidateOptions {
  /** Folder that relative file paths in the manifest are resolved against (default: process.cwd()). */
  baseDir?: string;
}

const closers = new Set<() => Promise<void>>();

/** Registers a resource (such as the OCR worker pool) to release in shutdown(). */
export function onShutdown(close: () => Promise<void>): void {
  closers.add(close);
}

/** Releases long-lived resources (OCR workers) so the process can exit promptly. Safe to call more than once. */
export async function shutdown(): Promise<void> {
  closers.add(shutdownOcr);
  const pending = [...closers].map((close) => close());
  closers.clear();
  await Promise.allSettled(pending);
}

export function validate(submission: unknown, options: NodeValidateOptions | null = {}): Promise<Report> {
  // runValidation checks every option (baseDir too) before any file is opened; a bad one is a ConfigurationError.
  let baseDir: unknown;
  try {
    // Its own data property only, as runValidation reads it (a getter or an inherited baseDir is refused there).
    baseDir = typeof options === 'object' && options !== null ? Object.getOwnPropertyDescriptor(options, 'baseDir')?.value : undefined;
  } catch {
    return validateWith({})(submission, options);
  }
  if (baseDir !== undefined && typeof baseDir !== 'string') return validateWith({})(submission, options);
  const dir = baseDir ?? process.cwd();
  return validateWith({ baseDir: dir, files: nodeFileAccess(dir), ocr: nodeOcrEngine() })(submission, options);
}
