/** Plain OCR result shapes (browser-safe): no tesseract.js types leak out of the pool. */
import type { Quad, RgbaImage } from '../image/types.js';

export interface OcrRectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface OcrWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  /** The word's characters with their own confidences (and heights in pixels), when the engine gives them. */
  symbols?: { text: string; confidence: number; height?: number }[];
}

export interface OcrLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  words: OcrWord[];
}

/** The part of a tesseract.js page this library uses: plain data, no tesseract types leak out. */
export interface OcrPage {
  text: string;
  confidence: number;
  lines: OcrLine[];
  /** Rectangle recognised, when not the whole image. */
  rectangle?: OcrRectangle;
}

/**
 * Tesseract parameters for one recognition, restored afterwards (tesseract.js applies them with SetVariable):
 * e.g. `{ tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789X' }` to re-read one number line.
 */
export type OcrParams = Record<string, string>;

/**
 * Anything that recognises text in a decoded image: the Node pool, or a browser caller's own tesseract.js worker.
 * Word and line boxes are in the pixels of `image`, also when only `rectangle` was read. An engine may ignore
 * `params` (the readings are then less precise, not wrong).
 */
export interface OcrEngine {
  recognize(image: RgbaImage, rectangle?: OcrRectangle, params?: OcrParams): Promise<OcrPage>;
}

/**
 * A part of the image being read, at a higher resolution than the image itself: `region` in the image's pixels
 * (corners in reading order, the content's top-left first), resampled upright from the file the image was made from,
 * at most `width` pixels wide; null when the file gives none. Small print is read from it.
 */
export type DetailSource = (region: Quad, width: number) => Promise<RgbaImage | null>;
