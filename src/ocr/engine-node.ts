/**
 * Node OCR engine: decoded thumbnails (RGBA) go to the shared tesseract.js pool as greyscale PGM bytes (see
 * bitmap.ts). A rectangle is cropped here rather than by Tesseract, so only its pixels are posted to the worker; the
 * boxes that come back are moved into the thumbnail's coordinates.
 */
import type { RgbaImage } from '../image/types.js';
import { encodePgm } from './bitmap.js';
import { getOcrPool, type OcrPool } from './pool.js';
import type { OcrEngine, OcrPage, OcrParams, OcrRectangle } from './types.js';

function shift(page: OcrPage, dx: number, dy: number): OcrPage {
  const move = <B extends { x0: number; y0: number; x1: number; y1: number }>(b: B): B => ({
    ...b, x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy,
  });
  return {
    ...page,
    lines: page.lines.map((l) => ({ ...l, bbox: move(l.bbox), words: l.words.map((w) => ({ ...w, bbox: move(w.bbox) })) })),
  };
}

/** An OcrEngine backed by `pool` (default: the shared, lazily created pool; see shutdownOcr()). */
export function nodeOcrEngine(pool?: OcrPool): OcrEngine {
  return {
    async recognize(image: RgbaImage, rectangle?: OcrRectangle, params?: OcrParams) {
      const pgm = encodePgm(image, rectangle);
      const page = await (pool ?? getOcrPool()).recognize(pgm, undefined, params);
      if (!rectangle) return page;
      return { ...shift(page, rectangle.left, rectangle.top), rectangle };
    },
  };
}
