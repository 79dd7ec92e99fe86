/**
 * OCR text with one confidence per character (pure, browser-safe): Tesseract rates each symbol it reads, and a
 * comparison with the form should rest only on the characters it read confidently.
 */
import { foldWidth } from './text.js';
import type { OcrPage } from './types.js';

/** A character read, and Tesseract's confidence in it (0-100). */
export interface ConfidentChar {
  ch: string;
  confidence: number;
  /** Height of its box in the pixels read, when known. */
  height?: number;
}

/** One OCR line: its text and the confidences of its characters, spaces left out. */
export interface ConfidentLine {
  text: string;
  chars: ConfidentChar[];
}

/** Confidence from which a character counts as read for certain, and up to which it counts as not read at all. */
export const CONFIDENT = 85;
export const UNSURE = 60;
/**
 * Chinese characters smaller than this (pixels tall, in the image read) lose strokes: Tesseract then reads 熊 as 能
 * with 98% confidence. A difference there is reported as a doubt, never as a certain mismatch.
 */
export const MIN_SURE_HEIGHT = 20;

/** How much a difference at a character read with `confidence` counts: 0 (noise) to 1 (certain). */
export function weight(confidence: number): number {
  if (confidence >= CONFIDENT) return 1;
  if (confidence <= UNSURE) return 0;
  return (confidence - UNSURE) / (CONFIDENT - UNSURE);
}

/** The lines of OCR pages with per-character confidences: a symbol's own when given, else its word's. */
export function confidentLines(pages: readonly OcrPage[]): ConfidentLine[] {
  const out: ConfidentLine[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      const chars: ConfidentChar[] = [];
      for (const word of line.words) {
        const pieces =
          word.symbols && word.symbols.length > 0
            ? word.symbols
            : [{ text: word.text, confidence: word.confidence, height: word.bbox.y1 - word.bbox.y0 }];
        for (const piece of pieces) {
          for (const ch of foldWidth(piece.text)) {
            if (!/\s/.test(ch)) chars.push({ ch, confidence: piece.confidence, ...(piece.height !== undefined ? { height: piece.height } : {}) });
          }
        }
      }
      if (chars.length > 0) out.push({ text: line.text, chars });
    }
  }
  return out;
}

/** Characters that carry text: letters of any script and digits (not punctuation, borders or specks). */
const TEXT_CHAR = /[\p{L}\p{N}]/u;

/** Number of text characters read with at least `min` confidence. */
export function confidentTextChars(lines: readonly ConfidentLine[], min = UNSURE): number {
  let n = 0;
  for (const line of lines) for (const c of line.chars) if (c.confidence >= min && TEXT_CHAR.test(c.ch)) n += 1;
  return n;
}
