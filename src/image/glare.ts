/**
 * A specular highlight: light reflected off a laminated card or glossy paper. A compact patch of clipped white over
 * the document whose brightness falls off softly into the paper around it, where text should show and does not.
 * Overall overexposure (most of the document clipped) is image-clarity's; a white element of the document itself
 * (a photo's white background) has a hard edge, not a falloff. Paper that is itself near white (a flat scan) leaves
 * no room to tell a highlight from it, and is not measured.
 */
import { boxLuma, components, poolMask, quantileOf } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface GlareMetrics {
  /** Area of the largest highlight over the document area (0-1; 0 when none qualifies). */
  area: number;
  /** Paper brightness (60th percentile luma) and the mean luma of the halo just outside the highlight. */
  paper: number;
  halo: number;
  /** Whether the paper was dark enough for a highlight to stand out. */
  measurable: boolean;
}

const POOL = 2;

export function measureGlare(img: RgbaImage, box: Box): GlareMetrics {
  const { w, h, v } = boxLuma(img, box);
  const none = (paper: number, measurable: boolean): GlareMetrics => ({ area: 0, paper, halo: 0, measurable });
  if (w < 32 || h < 32) return none(0, false);
  const sample = new Float32Array(Math.ceil(v.length / 7));
  for (let i = 0, k = 0; k < sample.length; i += 7, k++) sample[k] = v[i]!;
  const paper = quantileOf(sample, 0.6);
  if (paper > 244) return none(paper, false);
  // Clipped: near white, and above the paper.
  const clip = Math.max(250, paper + 6);
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < v.length; i++) if (v[i]! >= clip) mask[i] = 1;
  const pooled = poolMask(mask, w, h, POOL);
  const minArea = (pooled.w * pooled.h) * 0.002;
  let best: GlareMetrics = none(paper, true);
  for (const c of components(pooled.m, pooled.w, pooled.h, minArea)) {
    const bw = c.x1 - c.x0, bh = c.y1 - c.y0;
    // Compact: fills much of its box, not a thin line (the card's bright edge) nor a whole side.
    if (c.area < bw * bh * 0.4 || bw > pooled.w * 0.6 || bh > pooled.h * 0.6) continue;
    const r = Math.sqrt((c.area * POOL * POOL) / Math.PI);
    const halo = haloLuma(v, w, h, ((c.sx / c.area) + 0.5) * POOL, ((c.sy / c.area) + 0.5) * POOL, r);
    // Soft falloff: just outside, still well above the paper.
    if (halo < paper + Math.max(3, (clip - paper) * 0.3)) continue;
    const area = (c.area * POOL * POOL) / (w * h);
    if (area > best.area) best = { area, paper, halo, measurable: true };
  }
  return best;
}

/** Mean luma of the ring from 1 to 1.5 times the highlight's radius (that of a disc of its area) around its centroid. */
function haloLuma(v: Float32Array, w: number, h: number, cx: number, cy: number, r: number): number {
  const outer = r * 1.5;
  let sum = 0, n = 0;
  for (let y = Math.max(0, Math.floor(cy - outer)); y < Math.min(h, Math.ceil(cy + outer)); y++) {
    for (let x = Math.max(0, Math.floor(cx - outer)); x < Math.min(w, Math.ceil(cx + outer)); x++) {
      const d = Math.hypot(x - cx, y - cy);
      if (d >= r && d < outer) { sum += v[y * w + x]!; n++; }
    }
  }
  return n ? sum / n : 0;
}
