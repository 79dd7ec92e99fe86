/**
 * What the image-defect checks measure on, per file: the thumbnail, its quality metrics and the document's box in it.
 * Each defect metric is computed lazily, once per file and validation (ctx.fact), only when a rule asks for it: a
 * file refused earlier (not decodable, over the pixel cap) is never analysed, and a profile that turns a rule off
 * does not pay for its metric.
 */
import type { CheckContext } from '../engine/check.js';
import type { QualityMetrics } from '../image/analyse.js';
import { cellGrid, type CellGrid } from '../image/cell-grid.js';
import { inset } from '../image/luminance.js';
import type { Box, RgbaImage } from '../image/types.js';
import { imageFiles, sharedThresholds } from './file-facts.js';

export interface DefectInput {
  label: string;
  img: RgbaImage;
  metrics: QualityMetrics;
  /** The document in the thumbnail (a margin inside its box: the card's own edge is not print). */
  doc: Box;
  /** Longest side of the stored picture (after EXIF rotation) and of the document in it, in stored pixels. */
  pictureSide: number;
  documentSide: number;
  /** The document's longest side in the thumbnail. */
  thumbnailDocumentSide: number;
  /** Whether image-clarity (with the profile's thresholds) reports this picture too dark or overexposed. */
  badExposure: boolean;
  /** One cached value per file and key. */
  once<T>(key: string, compute: () => T): T;
}

export async function defectInputs(ctx: CheckContext): Promise<DefectInput[]> {
  return ctx.fact('defects:inputs', async () => {
    const out: DefectInput[] = [];
    const clarity = sharedThresholds(ctx, 'image-clarity');
    for (const { label, facts, header } of await imageFiles(ctx)) {
      const th = await facts.thumbnail();
      if (!th.ok) continue;
      const metrics = await facts.metrics();
      if (!metrics) continue;
      const box = metrics.region.box;
      const pictureSide = Math.max(header.displayWidth, header.displayHeight);
      const scale = pictureSide / Math.max(metrics.width, metrics.height);
      const e = metrics.exposure;
      const badExposure = clarity !== undefined && (e.median < clarity.minMedianLuma || (e.clippedHigh > clarity.maxClippedHigh && e.p02 > clarity.maxWashedOutLuma));
      out.push({
        label,
        img: th.image,
        metrics,
        doc: inset(box, 0.02),
        pictureSide,
        documentSide: Math.round(Math.max(box.x1 - box.x0, box.y1 - box.y0) * scale),
        thumbnailDocumentSide: Math.max(box.x1 - box.x0, box.y1 - box.y0),
        badExposure,
        once: <T>(key: string, compute: () => T) => ctx.fact(`defects:${key}:${label}`, compute),
      });
    }
    return out;
  });
}

/** The document's cells, shared by the obstruction and detail metrics. */
export function gridOf(input: DefectInput): CellGrid {
  return input.once('grid', () => cellGrid(input.img, input.doc));
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
