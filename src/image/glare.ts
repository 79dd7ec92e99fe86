/**
 * A specular highlight: light reflected off a laminated card or glossy paper. A compact patch of clipped white over
 * the document whose brightness falls off softly into the paper around it, where text should show and does not.
 * Overall overexposure (most of the document clipped) is image-clarity's; a white element of the document itself
 * (a photo's white background) has a hard edge, not a falloff. Paper that is itself near white (a flat scan) leaves
 * no room to tell a highlight from it, and is not measured.
 */
import { quantile } from './luminance.js';
import { boxLuma, components, lumaQuantiles, poolMask } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface GlareMetrics {
  /** Area of the largest highlight over the document area (0-1; 0 when none qualifies). */
  area: number;
  /** Paper brightness (60th percentile luma) and the median luma of the halo just outside the highlight. */
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
  const [paper] = lumaQuantiles(v, 3, [0.6]) as [number];
  if (paper > 245) return none(paper, false);
  // Clipped: white but for JPEG noise, and above the paper (paper near white has many pixels at 250).
  const clip = Math.max(253, paper + 8);
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < v.length; i++) if (v[i]! >= clip) mask[i] = 1;
  const pooled = poolMask(mask, w, h, POOL);
  const minArea = (pooled.w * pooled.h) * 0.002;
  let best: GlareMetrics = none(paper, true);
  for (const c of components(pooled.m, pooled.w, pooled.h, minArea)) {
    const bw = c.x1 - c.x0, bh = c.y1 - c.y0;
    // Compact: fills much of its box, not a thin line (the card's bright edge) nor a whole side.
    if (c.area < bw * bh * 0.4 || bw > pooled.w * 0.6 || bh > pooled.h * 0.6) continue;
    // Rings the highlight's shape (an ellipse of its box's axes): a long, narrow highlight falls off across its width
    // as well as at its ends, and a round ring of its mean radius would reach past the falloff across it.
    const ax = (bw * POOL) / 2, ay = (bh * POOL) / 2;
    const cx = ((c.sx / c.area) + 0.5) * POOL, cy = ((c.sy / c.area) + 0.5) * POOL;
    const halo = ringLuma(v, mask, w, h, cx, cy, ax, ay, 0.8, 1.4);
    const beyond = ringLuma(v, mask, w, h, cx, cy, ax, ay, 1.6, 2.2);
    // Soft falloff: just outside, brighter than the paper and than further out. A white patch with a hard edge (a
    // label, a photo's backdrop) has paper right around it.
    if (halo < paper + Math.max(1, (clip - paper) * 0.2) || halo < beyond + 2) continue;
    const area = (c.area * POOL * POOL) / (w * h);
    if (area > best.area) best = { area, paper, halo, measurable: true };
  }
  return best;
}

/**
 * Median luma of the unclipped pixels in the elliptical ring between r0 and r1 times the semi-axes (ax, ay) around
 * (cx, cy); the median, since print under the falloff is dark.
 */
function ringLuma(v: Float32Array, mask: Uint8Array, w: number, h: number, cx: number, cy: number, ax: number, ay: number, r0: number, r1: number): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = Math.max(0, Math.floor(cy - ay * r1)); y < Math.min(h, Math.ceil(cy + ay * r1)); y++) {
    for (let x = Math.max(0, Math.floor(cx - ax * r1)); x < Math.min(w, Math.ceil(cx + ax * r1)); x++) {
      const d = Math.hypot((x - cx) / ax, (y - cy) / ay);
      if (d >= r0 && d < r1 && !mask[y * w + x]) { hist[v[y * w + x]! | 0]! += 1; n++; }
    }
  }
  return n ? quantile(hist, n, 0.5) : 0;
}
