/**
 * Environment-specific capabilities the browser-safe core asks for. The Node entry fills them with fs, sharp and
 * tesseract.js; a browser caller with Blob readers and canvas decoding. Each is optional: a rule that needs a missing
 * capability is skipped, so a half-filled form validates anywhere.
 */
export interface Adapters {
  /** Folder a manifest's relative file paths are resolved against (Node). */
  baseDir?: string;
  // Later parts add file, decoding and OCR capabilities here.
  [capability: string]: unknown;
}
