/**
 * What the image-defect checks measure on, per file: the document alone, upright (FileFacts.documentImage: the whole
 * thumbnail when no document was found), its quality metrics, and the whole thumbnail for what lies off the document.
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
import { exposureProblem, isGreyscale, sharpnessProblem } from './image-verdicts.js';

export interface DefectInput {
  label: string;
  /** The document image, and the part of it measured (a margin inside its edge: the card's own edge is not print). */
  img: RgbaImage;
  doc: Box;
  /** The whole thumbnail (a date stamp may sit on the desk). */
  picture: RgbaImage;
  metrics: QualityMetrics;
  /** The desk's colour around the document, when the document does not fill the picture. */
  desk?: [number, number, number];
  /** Longest side of the stored picture (after EXIF rotation) and of the document in it, in stored pixels. */
  pictureSide: number;
  documentSide: number;
  /** The document's longest side in the thumbnail. */
  thumbnailDocumentSide: number;
  /**
   * What the other image rules of this validation report (with the profile's thresholds; false when a rule does not
   * run): too dark or overexposed and blurred or motion-blurred (image-clarity), greyscale (image-colour), cut by the
   * picture's edge (image-completeness). A defect metric that such a picture would fool is not asked.
   */
  badExposure: boolean;
  blurred: boolean;
  greyscale: boolean;
  cut: boolean;
  /** One cached value per file and key. */
  once<T>(key: string, compute: () => T): T;
}

/** Thumbnail pixels below which a document image holds too little to measure defects on. */
const MIN_DOCUMENT_SIDE = 240;

export async function defectInputs(ctx: CheckContext): Promise<DefectInput[]> {
  return ctx.fact('defects:inputs', async () => {
    const out: DefectInput[] = [];
    const clarity = sharedThresholds(ctx, 'image-clarity');
    const colour = sharedThresholds(ctx, 'image-colour');
    const completeness = ctx.optionsOf('image-completeness');
    for (const { label, facts, header } of await imageFiles(ctx)) {
      const th = await facts.thumbnail();
      if (!th.ok) continue;
      const metrics = await facts.metrics();
      const img = await facts.documentImage();
      // A document too small to measure is image-resolution's finding, not evidence of any defect.
      if (!metrics || !img || Math.max(img.width, img.height) < MIN_DOCUMENT_SIDE) continue;
      const box = metrics.document.box;
      const pictureSide = Math.max(header.displayWidth, header.displayHeight);
      const scale = pictureSide / Math.max(metrics.width, metrics.height);
      const docSide = Math.max(img.width, img.height);
      const badExposure = clarity !== undefined && exposureProblem(metrics, clarity) !== undefined;
      const blurred = clarity !== undefined && sharpnessProblem(metrics, clarity) !== undefined;
      const greyscale = colour !== undefined && isGreyscale(metrics, colour);
      // Cut only on the document finder's positive evidence (its print or border runs into the picture's edge).
      const cut = completeness !== undefined && metrics.document.cutSides.length > 0;
      out.push({
        label,
        img,
        doc: inset({ x0: 0, y0: 0, x1: img.width, y1: img.height }, 0.02),
        picture: th.image,
        metrics,
        desk: metrics.document.found && !metrics.document.fillsFrame ? deskColour(th.image, box) : undefined,
        pictureSide,
        documentSide: Math.round(docSide * scale),
        thumbnailDocumentSide: docSide,
        badExposure,
        blurred,
        greyscale,
        cut,
        once: <T>(key: string, compute: () => T) => ctx.fact(`defects:${key}:${label}`, compute),
      });
    }
    return out;
  });
}

/** The desk's colour: median of the picture's border strips outside the document box. */
function deskColour(img: RgbaImage, box: Box): [number, number, number] | undefined {
  const { width: w, height: h, data } = img;
  const rs: number[] = [], gs: number[] = [], bs: number[] = [];
  const take = (x: number, y: number) => {
    if (x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1) return;
    const p = (y * w + x) * 4;
    rs.push(data[p]!); gs.push(data[p + 1]!); bs.push(data[p + 2]!);
  };
  const step = Math.max(1, Math.floor((w + h) / 400));
  for (let x = 0; x < w; x += step) { take(x, 1); take(x, h - 2); }
  for (let y = 0; y < h; y += step) { take(1, y); take(w - 2, y); }
  if (rs.length < 10) return undefined;
  const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
  return [med(rs), med(gs), med(bs)];
}

/** The document's cells, shared by the obstruction and detail metrics. */
export function gridOf(input: DefectInput): CellGrid {
  return input.once('grid', () => cellGrid(input.img, input.doc, paperLuma(input)));
}

/** Luma of the paper's colour. */
export function paperLuma(input: DefectInput): number {
  const [r, g, b] = input.metrics.region.paper;
  return 0.299 * r + 0.587 * g + 0.114 * b;
}
