/**
 * Image defects the registrars name: a watermark or a camera's date stamp over the picture, a glare, something over
 * the document or a smudged part of it, a license without its seal or an ID card's back without its emblem, too
 * little real detail (enlarged, pixelated, blurred print). Metrics in src/image/, thresholds from the profile.
 */
import * as z from 'zod/mini';
import { defineCheck } from '../engine/check.js';
import type { Problem } from '../engine/types.js';
import { measureDateStamp } from '../image/date-stamp.js';
import { measureDetail } from '../image/detail.js';
import { inset } from '../image/luminance.js';
import { boxLuma } from '../image/pixel-masks.js';
import { measureGlare } from '../image/glare.js';
import { measureObstruction } from '../image/obstruction.js';
import { measureEmblem, measurePortrait, measureSeal } from '../image/seal.js';
import { measureWatermark } from '../image/watermark.js';
import { defectInputs, gridOf, paperLuma } from './defect-inputs.js';
import { round2 } from './image-verdicts.js';

const CORNER_NAMES = {
  'top-left': { 'zh-CN': '左上角', en: 'top left' }, 'top-right': { 'zh-CN': '右上角', en: 'top right' },
  'bottom-right': { 'zh-CN': '右下角', en: 'bottom right' }, 'bottom-left': { 'zh-CN': '左下角', en: 'bottom left' },
} as const;

export const imageOverlay = defineCheck({
  name: 'image-overlay',
  codes: ['watermark', 'date-stamp'],
  options: z.object({ minWatermarkCells: z.number(), minStampGlyphs: z.number() }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const input of await defectInputs(ctx)) {
      if (input.badExposure) continue;
      // A blurred picture's faint strokes are no evidence of anything (image-clarity reports the blur).
      const wm = input.blurred ? undefined : input.once('watermark', () => measureWatermark(input.img, input.doc, paperLuma(input)));
      if (wm && wm.offAxisFraction >= options.minWatermarkCells) {
        problems.push({ code: 'watermark', file: input.label, data: { percent: Math.round(wm.offAxisFraction * 100), angle: wm.angle } });
      }
      const ds = input.once('date-stamp', () => measureDateStamp(input.picture));
      if (ds.glyphs >= options.minStampGlyphs && ds.corner) {
        problems.push({ code: 'date-stamp', file: input.label, data: { corner: CORNER_NAMES[ds.corner], glyphs: ds.glyphs } });
      }
    }
    return problems;
  },
});

export const imageGlare = defineCheck({
  name: 'image-glare',
  codes: ['glare'],
  options: z.object({ minGlareArea: z.number() }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const input of await defectInputs(ctx)) {
      // Overexposure is image-clarity's finding; a glare is a patch on a picture that is otherwise exposed right.
      if (input.badExposure) continue;
      const g = input.once('glare', () => measureGlare(input.img, input.doc));
      if (g.measurable && g.area >= options.minGlareArea) {
        problems.push({ code: 'glare', file: input.label, data: { percent: Math.max(1, Math.round(g.area * 100)) } });
      }
    }
    return problems;
  },
});

export const imageObstruction = defineCheck({
  name: 'image-obstruction',
  codes: ['covered', 'smeared'],
  options: z.object({
    flatStd: z.number(), foreignDistance: z.number(), insideSaturation: z.number(), minCoveredArea: z.number(),
    smearFactor: z.number(), minSmearedCells: z.number(),
  }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const input of await defectInputs(ctx)) {
      // Skin and strong colours are the evidence: none in a greyscale or sepia picture (image-colour reports it).
      if (input.badExposure || input.greyscale) continue;
      const o = input.once('obstruction', () => measureObstruction(input.img, input.doc, input.metrics.region.paper, input.desk, options, gridOf(input)));
      if (o.coveredArea >= options.minCoveredArea) {
        problems.push({ code: 'covered', file: input.label, data: { percent: Math.max(1, Math.round(o.coveredArea * 100)) } });
      }
      // A picture blurred all over is image-clarity's; a smudge is a blurred patch on a sharp document.
      if (input.blurred) continue;
      if (o.smearedCells >= options.minSmearedCells) {
        problems.push({ code: 'smeared', file: input.label, data: { percent: Math.max(1, Math.round((o.smearedCells / Math.max(1, o.printedCells)) * 100)), ratio: round2(o.smearRatio) } });
      }
    }
    return problems;
  },
});

/** Certificate types whose document carries a red seal. */
const SEALED = new Set(['business-license', 'uscc-certificate', 'org-code-certificate']);

export const imageSeal = defineCheck({
  name: 'image-seal',
  codes: ['seal-missing', 'emblem-missing'],
  options: z.object({ minRingCoverage: z.number(), minEmblemFill: z.number(), maxPortraitFill: z.number() }),
  async run(ctx, options) {
    const type = ctx.submission.certificate?.type;
    if (!type || (!SEALED.has(type) && type !== 'resident-id')) return [];
    const problems: Problem[] = [];
    for (const input of await defectInputs(ctx)) {
      // A greyscale picture has no red to find (image-colour reports it), a dark, washed-out or blurred one none to
      // see (image-clarity), a cut one may have lost it past the picture's edge (image-completeness).
      if (input.badExposure || input.greyscale || input.blurred || input.cut) continue;
      if (SEALED.has(type)) {
        const s = input.once('seal', () => measureSeal(input.img, input.doc));
        if (s.ringCoverage < options.minRingCoverage) problems.push({ code: 'seal-missing', file: input.label });
        continue;
      }
      const e = input.once('emblem', () => measureEmblem(input.img, input.doc));
      if (e.fill >= options.minEmblemFill) continue;
      // Without an emblem, only a card without a portrait is taken for the back side: the portrait side has none.
      const portrait = input.once('portrait', () => portraitFill(input));
      if (portrait <= options.maxPortraitFill) problems.push({ code: 'emblem-missing', file: input.label });
    }
    return problems;
  },
});

function portraitFill(input: Awaited<ReturnType<typeof defectInputs>>[number]): number {
  return measurePortrait(input.img, input.doc, input.metrics.region.paper);
}

export const imageDetail = defineCheck({
  name: 'image-detail',
  codes: ['upscaled', 'mosaic', 'text-blurred'],
  options: z.object({ maxShrinkResidual: z.number(), minEnlargement: z.number(), minMosaicCells: z.number(), maxEdgeToGlyph: z.number() }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const input of await defectInputs(ctx)) {
      if (input.badExposure) continue;
      const d = input.once('detail', () => measureDetail(gridOf(input), boxLuma(input.picture, inset(input.metrics.document.box, 0.04))));
      if (d.mosaicCells >= options.minMosaicCells) {
        problems.push({ code: 'mosaic', file: input.label, data: { percent: Math.max(1, Math.round(d.mosaicFraction * 100)) } });
      }
      // Blurred all over is image-clarity's finding: the two below are for pictures it passes.
      if (input.blurred) continue;
      // Nothing lost by a 2× shrink of the thumbnail: the document holds at most half its thumbnail size in detail.
      const detailSide = Math.round(input.thumbnailDocumentSide / 2);
      if (d.residual < options.maxShrinkResidual && input.documentSide / Math.max(1, detailSide) >= options.minEnlargement) {
        problems.push({ code: 'upscaled', file: input.label, data: { side: input.documentSide, detail: detailSide } });
      } else if (d.edgeToGlyph > options.maxEdgeToGlyph) {
        problems.push({ code: 'text-blurred', file: input.label, data: { ratio: round2(d.edgeToGlyph), max: options.maxEdgeToGlyph } });
      }
    }
    return problems;
  },
});
