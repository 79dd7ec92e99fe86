/** Image checks over the header and the decoded thumbnail's quality metrics. Thresholds come from the profile. */
import * as z from 'zod/mini';
import { defineCheck } from '../engine/check.js';
import type { Problem } from '../engine/types.js';
import type { Side } from '../image/types.js';
import { quadSize } from '../image/rectify.js';
import type { FileFacts } from '../files/facts.js';
import { BLANK_INK, inkCoverage } from '../ocr/ink.js';
import { readsImages } from './certificate-image-text.js';
import { imageFiles, sharedThresholds } from './file-facts.js';
import { exposureProblem, isGreyscale, round2, sharpnessProblem } from './image-verdicts.js';
import { ocrReadings } from './certificate-image-text.js';

const SIDE_NAMES: Record<Side, { 'zh-CN': string; en: string }> = {
  top: { 'zh-CN': '上', en: 'top' }, right: { 'zh-CN': '右', en: 'right' },
  bottom: { 'zh-CN': '下', en: 'bottom' }, left: { 'zh-CN': '左', en: 'left' },
};

export const imageResolution = defineCheck({
  name: 'image-resolution',
  codes: ['too-small', 'small', 'strip'],
  options: z.object({ minSide: z.number(), minDocumentSide: z.number(), recommendedSide: z.number(), maxAspectRatio: z.number() }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const { label, facts, header } of await imageFiles(ctx)) {
      const longSide = Math.max(header.displayWidth, header.displayHeight);
      // A sliver (2×6000) has a long side to spare but cannot hold a whole certificate (1.4:1 to 1.6:1).
      const ratio = longSide / Math.max(1, Math.min(header.displayWidth, header.displayHeight));
      if (ratio > options.maxAspectRatio) {
        problems.push({ code: 'strip', file: label, data: { width: header.displayWidth, height: header.displayHeight, ratio: Math.round(ratio), max: options.maxAspectRatio } });
        continue;
      }
      // The document's own size in pixels when it can be found in the picture (a card on a desk), else the picture's.
      // The quad is the card's own width, with no margin: its floor is lower than the picture's (a 640 px photo holds
      // a card about 500 px across).
      let docSide = longSide;
      let min = options.minSide;
      const m = await facts.metrics();
      const { width, height } = m ? quadSize(m.document.quad) : { width: 0, height: 0 };
      // A quad under a fifth of the picture may be a part of the document (its portrait): only a confident find of a
      // fifth of the picture or more is measured, or a smaller one found whole with nothing printed around it.
      if (m?.document.found && m.document.confidence >= 0.6 && (width * height >= 0.2 * m.width * m.height || m.document.alone)) {
        docSide = Math.round((Math.max(width, height) / Math.max(m.width, m.height)) * longSide);
        if (!m.document.fillsFrame) min = options.minDocumentSide;
      }
      const data = { width: header.displayWidth, height: header.displayHeight, document: docSide, min, recommended: options.recommendedSide };
      if (docSide < min) problems.push({ code: 'too-small', file: label, data });
      else if (docSide < options.recommendedSide) problems.push({ code: 'small', file: label, data });
    }
    return problems;
  },
});

/** Whether the document (the picture, when none is found) shows next to no print, as OCR judges a blank page. */
async function isBlankPage(facts: FileFacts): Promise<boolean> {
  const image = await facts.documentImage();
  return image != null && inkCoverage(image) < BLANK_INK;
}

export const imageColour = defineCheck({
  name: 'image-colour',
  codes: ['greyscale'],
  options: z.object({ minChroma: z.number() }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const { label, facts } of await imageFiles(ctx)) {
      const m = await facts.metrics();
      if (!m) continue;
      // A very dark or washed-out picture has little measurable colour whatever it shows. The clarity rule reports it,
      // so exactly the files it reports as too dark or overexposed (with its thresholds from the profile) are left to it.
      const clarity = sharedThresholds(ctx, 'image-clarity');
      if (clarity && exposureProblem(m, clarity)) continue;
      if (!isGreyscale(m, options)) continue;
      // A page with no print (the blank back of a card) has no colour to judge. When OCR reads the file, it reports
      // such a page as blank (certificate-image-text:blank-document), and an error here would stop it reading.
      if (readsImages(ctx) && (await isBlankPage(facts))) continue;
      problems.push({ code: 'greyscale', file: label, data: { chroma: m.colour.chromaP99, min: options.minChroma } });
    }
    return problems;
  },
});

export const imageClarity = defineCheck({
  name: 'image-clarity',
  codes: ['blurred', 'motion-blurred', 'too-dark', 'overexposed'],
  options: z.object({
    maxBlur: z.number(), maxMotion: z.number(), minMedianLuma: z.number(), maxClippedHigh: z.number(), maxWashedOutLuma: z.number(),
  }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const { label, facts } of await imageFiles(ctx)) {
      const m = await facts.metrics();
      if (!m) continue;
      const { sharpness: s, exposure: e } = m;
      const exposure = exposureProblem(m, options);
      if (exposure === 'too-dark') {
        problems.push({ code: 'too-dark', file: label, data: { luma: e.median, min: options.minMedianLuma } });
      } else if (exposure === 'overexposed') {
        problems.push({ code: 'overexposed', file: label, data: { percent: Math.round(e.clippedHigh * 100) } });
      }
      const sharpness = sharpnessProblem(m, options);
      if (sharpness === 'motion-blurred') {
        problems.push({ code: 'motion-blurred', file: label, data: { score: round2(s.motion), max: options.maxMotion, angle: s.motionAngle } });
      } else if (sharpness === 'blurred') {
        problems.push({ code: 'blurred', file: label, data: { score: round2(s.blur), max: options.maxBlur } });
      }
    }
    return problems;
  },
});

const sidesData = (sides: Side[]) => ({
  sides: { 'zh-CN': sides.map((s) => SIDE_NAMES[s]['zh-CN']).join('、'), en: sides.map((s) => SIDE_NAMES[s].en).join(', ') },
});

export const imageCompleteness = defineCheck({
  name: 'image-completeness',
  codes: ['cut-edge', 'border-cropped', 'two-documents', 'no-document'],
  options: z.object({ minNoDocumentConfidence: z.number() }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const { label, facts } of await imageFiles(ctx)) {
      const d = (await facts.metrics())?.document;
      if (!d) continue;
      if (!d.found) {
        if (d.confidence >= options.minNoDocumentConfidence) problems.push({ code: 'no-document', file: label });
        continue;
      }
      // Only on positive evidence (document-evidence): content or border running into the picture's edge.
      if (d.borderCropped) problems.push({ code: 'border-cropped', file: label, data: sidesData(d.cutSides) });
      else if (d.cutSides.length > 0) problems.push({ code: 'cut-edge', file: label, data: sidesData(d.cutSides) });
      if (d.count >= 2) problems.push({ code: 'two-documents', file: label });
    }
    return problems;
  },
});

export const imageFrames = defineCheck({
  name: 'image-frames',
  codes: ['animated', 'multi-page'],
  async run(ctx) {
    const problems: Problem[] = [];
    for (const { label, header } of await imageFiles(ctx)) {
      if (header.animated) problems.push({ code: 'animated', file: label, data: { frames: header.frames } });
      else if (header.frames > 1) problems.push({ code: 'multi-page', file: label, data: { pages: header.frames } });
    }
    return problems;
  },
});

const TURNS: Record<90 | 180 | 270, { 'zh-CN': string; en: string }> = {
  // Which way a card lying on its side was turned is not always known: both read alike.
  90: { 'zh-CN': '横置', en: 'lying on its side' },
  180: { 'zh-CN': '倒置', en: 'upside down' },
  270: { 'zh-CN': '横置', en: 'lying on its side' },
};

/**
 * Late, to take the turn OCR read a document at where OCR runs (ocrReadings, shared with certificate-image-text): a
 * number read whole settles how the content is turned, over the layout's guess.
 */
export const imageOrientation = defineCheck({
  name: 'image-orientation',
  codes: ['exif-rotated', 'content-rotated'],
  options: z.object({ minConfidence: z.number() }),
  late: true,
  async run(ctx, options) {
    const problems: Problem[] = [];
    const read = new Map((await ocrReadings(ctx)).map((r) => [r.label, r.turn]));
    for (const { label, facts, header } of await imageFiles(ctx)) {
      if (header.orientation !== 1) {
        problems.push({ code: 'exif-rotated', file: label, data: { orientation: header.orientation } });
        continue;
      }
      const d = (await facts.metrics())?.document;
      const rotation = read.get(label) ?? (d?.found && d.rotationConfidence >= options.minConfidence ? d.rotation : 0);
      if (rotation !== 0) {
        problems.push({ code: 'content-rotated', file: label, data: { degrees: rotation === 180 ? 180 : 90, direction: TURNS[rotation] } });
      }
    }
    return problems;
  },
});
