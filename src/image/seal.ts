/**
 * The red marks a registrar looks for. A seal (公章) is a red ring with text inside it: found as a red component about
 * a tenth to two fifths of the document's shorter side across, round, whose red lies on a ring that runs most of the
 * way round. The national emblem on the back of an ID card is a filled round red-and-gold badge (in its upper left,
 * looked for anywhere on the document: the content may be turned). Both are searched on the document only; a greyscale picture has no red
 * to find (image-colour reports it).
 */
import { colourMask, components, hueSat, poolMask, type Component } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface SealMetrics {
  /** Share of the ring's angular sectors that hold red, for the best round red component (0-1). */
  ringCoverage: number;
  /** Its diameter over the document's shorter side. */
  diameter: number;
  /** Share of the document that is saturated red (0-1). */
  redFraction: number;
}

export interface EmblemMetrics {
  /** Best round, filled red-or-gold badge on the document: its fill (0-1), 0 when none. */
  fill: number;
  diameter: number;
}

/** Seals are thin rings broken by the print over them: pooled 3×3 to close the gaps. Emblems are solid: 2×2. */
const SEAL_POOL = 3;
const POOL = 2;
const SECTORS = 16;

function isRed(r: number, g: number, b: number): boolean {
  if (r < 110) return false;
  const { hue, sat } = hueSat(r, g, b);
  return sat > 0.4 && (hue <= 14 || hue >= 335);
}

function isBadge(r: number, g: number, b: number): boolean {
  if (r < 110) return false;
  const { hue, sat } = hueSat(r, g, b);
  return sat > 0.4 && (hue <= 55 || hue >= 335);
}

export function measureSeal(img: RgbaImage, box: Box): SealMetrics {
  const mask = colourMask(img, box, isRed);
  const short = Math.min(mask.w, mask.h);
  const pooled = poolMask(mask.m, mask.w, mask.h, SEAL_POOL);
  const labels = new Int32Array(pooled.w * pooled.h);
  let best = { ringCoverage: 0, diameter: 0 };
  for (const c of components(pooled.m, pooled.w, pooled.h, 6, labels)) {
    // A photo's perspective squeezes the ring into an ellipse: round enough at 0.65.
    const d = round(c, short / SEAL_POOL, 0.1, 0.45, 0.65);
    if (d === 0) continue;
    const coverage = ringSectors(labels, pooled.w, c);
    if (coverage > best.ringCoverage) best = { ringCoverage: coverage, diameter: d };
  }
  return { ...best, redFraction: mask.w * mask.h ? mask.count / (mask.w * mask.h) : 0 };
}

export function measureEmblem(img: RgbaImage, box: Box): EmblemMetrics {
  const mask = colourMask(img, box, isBadge);
  const pooled = poolMask(mask.m, mask.w, mask.h, POOL);
  const short = Math.min(pooled.w, pooled.h);
  let best: EmblemMetrics = { fill: 0, diameter: 0 };
  for (const c of components(pooled.m, pooled.w, pooled.h, 8)) {
    const d = round(c, short, 0.12, 0.6, 0.75);
    if (d === 0) continue;
    // Filled like a disc (π/4 of its box): not a square note (all of it), nor a ring, nor a corner of wooden desk
    // showing past the document's edge (a triangle, half of its box).
    const fill = c.area / ((c.x1 - c.x0) * (c.y1 - c.y0));
    if (fill >= 0.65 && fill <= 0.92 && fill > best.fill) best = { fill, diameter: d };
  }
  return best;
}

/** The component's diameter over `short` when it is round (aspect at least `aspect`) and between min and max of it; else 0. */
function round(c: Component, short: number, min: number, max: number, aspect: number): number {
  const bw = c.x1 - c.x0, bh = c.y1 - c.y0;
  if (bw < bh * aspect || bh < bw * aspect) return 0;
  const d = Math.max(bw, bh) / short;
  return d >= min && d <= max ? d : 0;
}

/** Share of angular sectors, in the outer band of the component's box (0.7-1.05 of its radius), holding its pixels. */
function ringSectors(labels: Int32Array, w: number, c: Component): number {
  const cx = (c.x0 + c.x1) / 2, cy = (c.y0 + c.y1) / 2;
  const r = Math.max(c.x1 - c.x0, c.y1 - c.y0) / 2;
  const hit = new Uint8Array(SECTORS);
  let inner = 0, outer = 0, middle = 0, middleAll = 0;
  for (let y = c.y0; y < c.y1; y++) {
    for (let x = c.x0; x < c.x1; x++) {
      const dx = x + 0.5 - cx, dy = y + 0.5 - cy;
      const rr = Math.hypot(dx, dy) / r;
      const own = labels[y * w + x] === c.label;
      if (rr >= 0.35 && rr <= 0.6) { middleAll++; if (labels[y * w + x]! > 0) middle++; }
      if (!own) continue;
      if (rr >= 0.7 && rr <= 1.05) {
        outer++;
        hit[Math.min(SECTORS - 1, Math.floor(((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI)) * SECTORS))] = 1;
      } else if (rr < 0.5) inner++;
    }
  }
  // A ring holds most of its red in the outer band; a filled disc (an emblem) does not, and is red between its centre
  // and its rim too, where a seal has a star and a few characters.
  if (outer < inner * 1.2 || middle > middleAll * 0.5) return 0;
  let n = 0;
  for (const v of hit) n += v;
  return n / SECTORS;
}

/**
 * Whether a portrait may be on the card: the largest share of not-paper pixels in a window the size of an ID photo
 * (0.45 × 0.6 of the card's shorter side, either way up), anywhere on the document. A photo fills most of its window;
 * the emblem side's print and badge leave most of any window to paper. The desk past a loose document box counts as
 * not paper too, which can only hide a missing emblem, never invent one.
 */
export function measurePortrait(img: RgbaImage, box: Box, paper: readonly [number, number, number]): number {
  const [pr, pg, pb] = paper;
  const m = colourMask(img, box, (r, g, b) => (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2 > 40 * 40);
  const { w, h } = m;
  // Integral image of the mask.
  const sat = new Uint32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += m.m[y * w + x]!;
      sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1]! + row;
    }
  }
  const short = Math.min(w, h);
  let best = 0;
  for (const [ww, wh] of [[0.45, 0.6], [0.6, 0.45]] as const) {
    const bw = Math.max(1, Math.round(short * ww)), bh = Math.max(1, Math.round(short * wh));
    if (bw > w || bh > h) continue;
    const step = Math.max(1, Math.round(short / 40));
    for (let y = 0; y + bh <= h; y += step) {
      for (let x = 0; x + bw <= w; x += step) {
        const n = sat[(y + bh) * (w + 1) + x + bw]! - sat[y * (w + 1) + x + bw]! - sat[(y + bh) * (w + 1) + x]! + sat[y * (w + 1) + x]!;
        if (n > best * bw * bh) best = n / (bw * bh);
      }
    }
  }
  return best;
}
