/**
 * Reads a decoded certificate image with an OCR engine and extracts its facts (pure, browser-safe).
 *
 * Two modes:
 * - `whole`: recognise the whole image (robust, slower on text-heavy documents such as licenses).
 * - `regions`: recognise only the bands where the title, the number and the name sit on the expected kind of
 *   document, and fall back to the whole image when that does not yield a valid number (or, for an identity card,
 *   a recognisable side). The bands are fractions of the image, generous enough for a scan or a photo filled by the
 *   document; a photo with much background simply falls back.
 */
import type { RgbaImage } from '../image/types.js';
import { extractDocumentFacts, type DocumentFacts, type DocumentKind } from './extract.js';
import type { OcrEngine, OcrPage, OcrRectangle } from './types.js';

export type OcrMode = 'whole' | 'regions';

interface Band {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bands per document kind, as fractions of width and height, top to bottom. */
export const REGION_TEMPLATES: Partial<Record<DocumentKind, Band[]>> = {
  // No template for identity cards: on the card's patterned background Tesseract reads wide bands poorly (a band
  // through the photo comes back empty) and loses the first digits of the bold number, so the whole card is read.
  // Title, then 统一社会信用代码 and 名称 in the upper left quarter.
  'business-license': [{ x0: 0.04, y0: 0.18, x1: 0.78, y1: 0.5 }],
  'uscc-certificate': [{ x0: 0.06, y0: 0.16, x1: 0.96, y1: 0.52 }],
  'org-code-certificate': [{ x0: 0.06, y0: 0.1, x1: 0.96, y1: 0.48 }],
  // Data page: title, number and name on the upper right; the machine-readable zone along the bottom.
  passport: [
    { x0: 0.28, y0: 0.02, x1: 1, y1: 0.4 },
    { x0: 0, y0: 0.76, x1: 1, y1: 0.99 },
  ],
};

export interface ReadOptions {
  mode?: OcrMode;
  /** The kind of document the holder says this is; chooses the region template. */
  expectedKind?: DocumentKind;
}

export interface DocumentReading extends DocumentFacts {
  /** How the facts were finally obtained. */
  mode: OcrMode;
  /** Whether regions were tried first and the whole image had to be read as well. */
  fellBack: boolean;
  /** Number of recognition calls made. */
  passes: number;
}

function toRectangle(band: Band, image: RgbaImage): OcrRectangle {
  const left = Math.max(0, Math.floor(band.x0 * image.width));
  const top = Math.max(0, Math.floor(band.y0 * image.height));
  return {
    left,
    top,
    width: Math.min(image.width, Math.ceil(band.x1 * image.width)) - left,
    height: Math.min(image.height, Math.ceil(band.y1 * image.height)) - top,
  };
}

function meanConfidence(pages: OcrPage[]): number {
  return pages.length === 0 ? 0 : pages.reduce((s, p) => s + p.confidence, 0) / pages.length;
}

/** Whether facts read from regions are good enough not to read the whole image. */
function conclusive(facts: DocumentFacts, expected: DocumentKind): boolean {
  if (facts.kind === 'unknown') return false;
  if (facts.side === 'emblem') return true;
  return facts.number !== null && (facts.kind === expected || facts.kindConfidence >= 0.75);
}

export async function readDocument(engine: OcrEngine, image: RgbaImage, options: ReadOptions = {}): Promise<DocumentReading> {
  const expectedKind = options.expectedKind;
  const template = expectedKind ? REGION_TEMPLATES[expectedKind] : undefined;
  if (options.mode === 'regions' && template && expectedKind) {
    const pages = await Promise.all(template.map((band) => engine.recognize(image, toRectangle(band, image))));
    const facts = extractDocumentFacts(
      { text: pages.map((p) => p.text).join('\n'), confidence: meanConfidence(pages) },
      { expectedKind },
    );
    if (conclusive(facts, expectedKind)) return { ...facts, mode: 'regions', fellBack: false, passes: pages.length };
    const page = await engine.recognize(image);
    const whole = extractDocumentFacts({ text: page.text, confidence: page.confidence }, { expectedKind });
    return { ...whole, mode: 'whole', fellBack: true, passes: pages.length + 1 };
  }
  const page = await engine.recognize(image);
  const facts = extractDocumentFacts({ text: page.text, confidence: page.confidence }, { expectedKind });
  return { ...facts, mode: 'whole', fellBack: false, passes: 1 };
}
