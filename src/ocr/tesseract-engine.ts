/**
 * OcrEngines over tesseract.js (browser-safe: nothing here imports tesseract.js, only the shape of its calls).
 *
 * Every engine reads the decoded thumbnail the image checks already made: the rectangle asked for is cropped here and
 * posted as greyscale PGM (bitmap.ts), and the boxes that come back are moved into the thumbnail's coordinates. The
 * Node pool (engine-node.ts) and a browser page's own tesseract.js worker (`tesseractOcrEngine`) share this path, so
 * both read the same pixels with the same parameters.
 */
import type { RgbaImage } from '../image/types.js';
import { encodePgm } from './bitmap.js';
import type { OcrEngine, OcrLine, OcrPage, OcrParams, OcrRectangle } from './types.js';

/**
 * Parameters every recognition starts from. Page segmentation '6' (one uniform block of text): on certificates it
 * reads the grey field labels (姓名, 性别, ...) that automatic segmentation ('3') often separates from their values and
 * drops. Certificate photos carry no DPI; a plausible one avoids Tesseract's guess and a warning per image.
 */
export const TESSERACT_PARAMETERS: Readonly<OcrParams> = Object.freeze({ tessedit_pageseg_mode: '6', user_defined_dpi: '300' });

type Box = { x0: number; y0: number; x1: number; y1: number };

/** The part of a tesseract.js result page this library reads. */
export interface TesseractPageLike {
  text: string;
  confidence: number;
  blocks?: Array<{ paragraphs: Array<{ lines: Array<{ text: string; confidence: number; bbox: Box; words: Array<{ text: string; confidence: number; bbox: Box; symbols?: Array<{ text: string; confidence: number; bbox?: Box }> | null }> }> }> }> | null;
}

/** A tesseract.js worker (`await Tesseract.createWorker('chi_sim', 1, { langPath, workerPath, corePath })`). */
export interface TesseractWorkerLike {
  recognize(image: Uint8Array, options?: Record<string, unknown>, output?: Record<string, unknown>): Promise<{ data: TesseractPageLike }>;
}

/** Plain lines and words out of a tesseract.js page: no tesseract types leak out. */
export function toOcrPage(page: TesseractPageLike): OcrPage {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        lines.push({
          text: line.text.replace(/\n$/, ''),
          confidence: line.confidence,
          bbox: { ...line.bbox },
          words: line.words.map((w) => ({
            text: w.text,
            confidence: w.confidence,
            bbox: { ...w.bbox },
            ...(w.symbols && w.symbols.length > 0 ? { symbols: w.symbols.map((s) => ({ text: s.text, confidence: s.confidence, ...(s.bbox ? { height: s.bbox.y1 - s.bbox.y0 } : {}) })) } : {}),
          })),
        });
      }
    }
  }
  return { text: page.text, confidence: page.confidence, lines };
}

function shift(page: OcrPage, dx: number, dy: number): OcrPage {
  const move = <B extends Box>(b: B): B => ({ ...b, x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
  return {
    ...page,
    lines: page.lines.map((l) => ({ ...l, bbox: move(l.bbox), words: l.words.map((w) => ({ ...w, bbox: move(w.bbox) })) })),
  };
}

/** An OcrEngine from a function that reads a whole PGM image: crops, encodes and moves the boxes back. */
export function pgmOcrEngine(read: (pgm: Uint8Array, params?: OcrParams) => Promise<OcrPage>): OcrEngine {
  return {
    async recognize(image: RgbaImage, rectangle?: OcrRectangle, params?: OcrParams) {
      const page = await read(encodePgm(image, rectangle), params);
      if (!rectangle) return page;
      return { ...shift(page, rectangle.left, rectangle.top), rectangle };
    },
  };
}

/**
 * An OcrEngine over a tesseract.js worker the caller created (in the browser, from its own copy of tesseract.js, its
 * core and the language data, e.g. `@tesseract.js-data/chi_sim`; nothing is fetched from elsewhere). Each job runs with
 * TESSERACT_PARAMETERS plus the job's own, which tesseract.js restores afterwards.
 */
export function tesseractOcrEngine(worker: TesseractWorkerLike): OcrEngine {
  return pgmOcrEngine(async (pgm, params) => {
    const result = await worker.recognize(pgm, { ...TESSERACT_PARAMETERS, ...params }, { text: true, blocks: true });
    return toOcrPage(result.data);
  });
}
