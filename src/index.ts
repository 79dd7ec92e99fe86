/**
 * realname-precheck: checks a Chinese domain real-name verification submission before it reaches a registrar.
 * This entry is browser-safe; Node callers get src/node.ts (same API, plus file paths, sharp decoding and OCR).
 */
import { validateWith } from './api.js';
import { browserFileAccess } from './files/access-browser.js';
import type { OcrEngine } from './ocr/types.js';

export { categories, profiles, rules } from './api.js';
export * from './numbers/index.js';
export type { Finding, Report, Lang, Severity } from './engine/types.js';
export type { ValidateOptions, ProfileName } from './engine/validate.js';
export type { Category, Profile, RuleFile } from './engine/schemas.js';
export type { Submission } from './submission/schema.js';
export { ConfigurationError } from './engine/profiles.js';
export type { OcrEngine, OcrPage, OcrLine, OcrWord, OcrRectangle, OcrParams } from './ocr/types.js';
export type { RgbaImage } from './image/types.js';
export { tesseractOcrEngine, TESSERACT_PARAMETERS, type TesseractWorkerLike } from './ocr/tesseract-engine.js';

/**
 * Validates a submission (any value: malformed input becomes findings, never an exception) and resolves to a report.
 * Files must be given as `{ name, data }` with a Uint8Array or Blob in the browser.
 */
export const validate = validateWith({ files: browserFileAccess() });

/**
 * A validate function that reads certificate images with the caller's own OCR engine, usually
 * `tesseractOcrEngine(worker)` over a tesseract.js worker loaded from the page's own copy of tesseract.js and the
 * language data; OCR still runs only with `ocr: true`.
 */
export function createValidator(options: { ocrEngine?: OcrEngine } = {}) {
  return validateWith({ files: browserFileAccess(), ...(options.ocrEngine ? { ocr: options.ocrEngine } : {}) });
}
