/** Plain OCR result shapes (browser-safe): no tesseract.js types leak out of the pool. */
import type { RgbaImage } from '../image/types.js';

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

/** Anything that recognises text in a decoded image: the Node pool, or a browser caller's own tesseract.js worker. */
export interface OcrEngine {
  recognize(image: RgbaImage, rectangle?: OcrRectangle): Promise<OcrPage>;
}
