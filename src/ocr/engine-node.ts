/**
 * Node OCR engine: decoded thumbnails (RGBA) go to the shared tesseract.js pool as greyscale PGM bytes, cropped to the
 * rectangle asked for (see tesseract-engine.ts).
 */
import { getOcrPool, type OcrPool } from './pool.js';
import { pgmOcrEngine } from './tesseract-engine.js';
import type { OcrEngine } from './types.js';

/** An OcrEngine backed by `pool` (default: the shared, lazily created pool; see shutdownOcr()). */
export function nodeOcrEngine(pool?: OcrPool): OcrEngine {
  return pgmOcrEngine((pgm, params) => (pool ?? getOcrPool()).recognize(pgm, undefined, params));
}
