/**
 * The red marks a registrar looks for. A seal (公章) is a red ring with text inside it: found as a red component about
 * a tenth to two fifths of the document's shorter side across, round, whose red lies on a ring that runs most of the
 * way round. The national emblem on the back of an ID card is a filled round red-and-gold badge in the upper left
 * (in any corner when the content is turned). Both are searched on the document only; a greyscale picture has no red
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
  /** Best round, filled red-or-gold badge in a corner quarter of the document: its fill (0-1), 0 when none. */
  fill: number;
  diameter: number;
}

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
  const pooled = poolMask(mask.m, mask.w, mask.h, POOL);
  const labels = new Int32Array(pooled.w * pooled.h);
  let best = { ringCoverage: 0, diameter: 0 };
  for (const c of components(pooled.m, pooled.w, pooled.h, 8, labels)) {
    const d = round(c, short / POOL, 0.1, 0.45);
    if (d === 0) continue;
    const coverage = ringSectors(labels, pooled.w, c);
    if (coverage > best.ringCoverage) best = { ringCoverage: coverage, diameter: d };
  }
  return { ...best, redFraction: mask.w * mask.h ? mask.count / (mask.w * mask.h) : 0 };
}

export function measureEmblem(img: RgbaImage, box: Box): EmblemMetrics {
  const w = box.x1 - box.x0, h = box.y1 - box.y0;
  let best: EmblemMetrics = { fill: 0, diameter: 0 };
  for (const [fx, fy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
    const q: Box = { x0: box.x0 + Math.floor((fx * w) / 2), y0: box.y0 + Math.floor((fy * h) / 2), x1: box.x0 + Math.floor(((fx + 1) * w) / 2), y1: box.y0 + Math.floor(((fy + 1) * h) / 2) };
    const mask = colourMask(img, q, isBadge);
    const pooled = poolMask(mask.m, mask.w, mask.h, POOL);
    const short = Math.min(w, h) / POOL;
    for (const c of components(pooled.m, pooled.w, pooled.h, 8)) {
      const d = round(c, short, 0.12, 0.6);
      // Not the desk showing in a corner of the box: a badge lies inside the document.
      const touches = (fx === 0 ? c.x0 === 0 : c.x1 === pooled.w) || (fy === 0 ? c.y0 === 0 : c.y1 === pooled.h);
      if (d === 0 || touches) continue;
      // Filled: a disc fills π/4 of its box.
      const fill = c.area / ((c.x1 - c.x0) * (c.y1 - c.y0));
      if (fill > best.fill) best = { fill, diameter: d };
    }
  }
  return best;
}

/** The component's diameter over `short` when it is round and between min and max of it; else 0. */
function round(c: Component, short: number, min: number, max: number): number {
  const bw = c.x1 - c.x0, bh = c.y1 - c.y0;
  if (bw < bh * 0.75 || bh < bw * 0.75) return 0;
  const d = Math.max(bw, bh) / short;
  return d >= min && d <= max ? d : 0;
}

/** Share of angular sectors, in the outer band of the component's box (0.7-1.05 of its radius), holding its pixels. */
function ringSectors(labels: Int32Array, w: number, c: Component): number {
  const cx = (c.x0 + c.x1) / 2, cy = (c.y0 + c.y1) / 2;
  const r = Math.max(c.x1 - c.x0, c.y1 - c.y0) / 2;
  const hit = new Uint8Array(SECTORS);
  let inner = 0, outer = 0;
  for (let y = c.y0; y < c.y1; y++) {
    for (let x = c.x0; x < c.x1; x++) {
      if (labels[y * w + x] !== c.label) continue;
      const dx = x + 0.5 - cx, dy = y + 0.5 - cy;
      const rr = Math.hypot(dx, dy) / r;
      if (rr >= 0.7 && rr <= 1.05) {
        outer++;
        hit[Math.min(SECTORS - 1, Math.floor(((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI)) * SECTORS))] = 1;
      } else if (rr < 0.5) inner++;
    }
  }
  // A ring holds most of its red in the outer band; a filled disc (an emblem) does not.
  if (outer < inner * 1.2) return 0;
  let n = 0;
  for (const v of hit) n += v;
  return n / SECTORS;
}

/**
 * Share of the portrait's place on an ID card's front (the right third, upper three quarters) that is not paper: a
 * photo fills most of it, the back side leaves it to paper and print.
 */
export function measurePortrait(img: RgbaImage, box: Box, paper: readonly [number, number, number]): number {
  const w = box.x1 - box.x0, h = box.y1 - box.y0;
  const zone: Box = { x0: box.x0 + Math.round(w * 0.62), y0: box.y0 + Math.round(h * 0.1), x1: box.x0 + Math.round(w * 0.95), y1: box.y0 + Math.round(h * 0.78) };
  const [pr, pg, pb] = paper;
  // Both orientations of the content: a card upside down has its portrait on the left.
  const flipped: Box = { x0: box.x0 + Math.round(w * 0.05), y0: box.y0 + Math.round(h * 0.22), x1: box.x0 + Math.round(w * 0.38), y1: box.y0 + Math.round(h * 0.9) };
  const share = (z: Box) => {
    const m = colourMask(img, z, (r, g, b) => (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2 > 40 * 40);
    return m.w * m.h ? m.count / (m.w * m.h) : 0;
  };
  return Math.max(share(zone), share(flipped));
}
