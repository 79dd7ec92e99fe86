/**
 * Node OCR engine: decoded thumbnails (RGBA) go to the shared tesseract.js pool as BMP bytes.
 */
import type { RgbaImage } from '../image/types.js';
import { encodeBmp } from './bitmap.js';
import { getOcrPool, type OcrPool } from './pool.js';
import type { OcrEngine, OcrRectangle } from './types.js';

/** An OcrEngine backed by `pool` (default: the shared, lazily created pool; see shutdownOcr()). */
export function nodeOcrEngine(pool?: OcrPool): OcrEngine {
  return {
    recognize(image: RgbaImage, rectangle?: OcrRectangle) {
      const bmp = encodeBmp(image);
      const bytes = Buffer.from(bmp.buffer, bmp.byteOffset, bmp.byteLength);
      return (pool ?? getOcrPool()).recognize(bytes, rectangle);
    },
  };
}
