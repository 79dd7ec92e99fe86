/**
 * A camera's date stamp: a row of saturated orange-to-yellow digits printed into a corner of the picture (on the desk
 * or over the document). Found as a horizontal run of small warm components of one height, in one of the four corner
 * zones of the whole picture. A red seal is red (hue under 12°), not orange, and its characters follow an arc; a
 * national emblem is one large blob: neither makes a run of like-sized glyphs on one baseline.
 */
import { colourMask, components, hueSat, type Component } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface DateStampMetrics {
  /** Glyphs in the longest run of warm digit-sized components found in a corner zone (0 when none). */
  glyphs: number;
  /** Which corner holds that run. */
  corner?: 'top-left' | 'top-right' | 'bottom-right' | 'bottom-left';
  /** Width of the run over its glyph height. */
  aspect: number;
}

const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'] as const;

function isStampColour(r: number, g: number, b: number): boolean {
  if (r < 170) return false;
  const { hue, sat } = hueSat(r, g, b);
  return sat > 0.55 && hue >= 12 && hue <= 62;
}

export function measureDateStamp(img: RgbaImage): DateStampMetrics {
  const { width: W, height: H } = img;
  const zw = Math.round(W * 0.4), zh = Math.round(H * 0.25);
  let best: DateStampMetrics = { glyphs: 0, aspect: 0 };
  for (const corner of CORNERS) {
    const x0 = corner.endsWith('left') ? 0 : W - zw;
    const y0 = corner.startsWith('top') ? 0 : H - zh;
    const box: Box = { x0, y0, x1: x0 + zw, y1: y0 + zh };
    const mask = colourMask(img, box, isStampColour);
    if (mask.count < 20) continue;
    const minH = Math.max(4, H * 0.012), maxH = H * 0.09;
    const glyphs = components(mask.m, mask.w, mask.h, 4).filter((c) => {
      const ch = c.y1 - c.y0, cw = c.x1 - c.x0;
      return ch >= minH && ch <= maxH && cw <= ch * 1.5 && cw >= 1;
    });
    const run = longestRun(glyphs);
    if (run.glyphs > best.glyphs) best = { ...run, corner };
  }
  return best;
}

/** Longest chain of glyphs on one baseline, of one height, each close to the next. */
function longestRun(glyphs: Component[]): { glyphs: number; aspect: number } {
  const sorted = [...glyphs].sort((a, b) => a.x0 - b.x0);
  let best = { glyphs: 0, aspect: 0 };
  for (let s = 0; s < sorted.length; s++) {
    const first = sorted[s]!;
    const hRef = first.y1 - first.y0, cy = (first.y0 + first.y1) / 2;
    let last = first, n = 1, h = hRef;
    for (let k = s + 1; k < sorted.length; k++) {
      const c = sorted[k]!;
      const ch = c.y1 - c.y0;
      if (c.x0 - last.x1 > hRef * 1.6) break;
      if (Math.abs((c.y0 + c.y1) / 2 - cy) > hRef * 0.35 || ch > hRef * 1.35 || ch < hRef * 0.6) continue;
      last = c; n++; h = Math.max(h, ch);
    }
    if (n > best.glyphs) best = { glyphs: n, aspect: (last.x1 - first.x0) / Math.max(1, h) };
  }
  return best;
}
