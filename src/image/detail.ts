/**
 * How much real detail the document holds, three ways:
 * - upscaled: a small picture enlarged has nothing at the finest scale. Its finest band (the image less a [1 2 1]
 *   smoothing) is weak against the next band up (that smoothing less a twice-as-wide one, à trous), while a real photo
 *   or scan keeps the two comparable. `residual` is the finest band over the next.
 * - mosaic: pixelated blocks. In a mosaic cell every horizontal and vertical step falls on the lines of one regular
 *   grid and nothing changes between them; printed text steps everywhere. `mosaicCells` counts printed cells whose
 *   row and column gradient profiles both sit on one grid of 3 to 24 px.
 * - text-blurred: edges measured at the print's own scale: the median edge width of printed cells (cell-grid.ts) over
 *   the median height of the glyphs (dark connected components), so that small print on a big document and big print
 *   on a small card compare alike.
 */
import type { CellGrid } from './cell-grid.js';
import { components, lumaQuantiles, quantileOf, type Plane } from './pixel-masks.js';

export interface DetailMetrics {
  /** Finest band over the next band up (low when enlarged). */
  residual: number;
  /** Printed cells whose steps sit on one grid, and the share of printed cells they are. */
  mosaicCells: number;
  mosaicFraction: number;
  /** The grid's pitch (px) in the best mosaic cell. */
  mosaicPitch: number;
  /** Median edge width over median glyph height (0 when no print was measured). */
  edgeToGlyph: number;
  glyphHeight: number;
}

/**
 * `unwarped` is the document's luma as decoded (its box in the thumbnail), for the finest band: resampling the
 * document upright smooths exactly that band.
 */
export function measureDetail(grid: CellGrid, unwarped: Plane): DetailMetrics {
  const { luma } = grid;
  const residual = shrinkResidual(unwarped);
  const tones = printTones(luma);
  const mosaic = mosaicCells(grid, tones);
  const printed = grid.cells.filter((c) => c.edgeWidth > 0);
  const glyphHeight = medianGlyphHeight(luma, tones);
  const edge = printed.length ? quantileOf(printed.map((c) => c.edgeWidth), 0.5) : 0;
  return {
    residual,
    mosaicCells: mosaic.cells,
    mosaicFraction: printed.length ? mosaic.cells / printed.length : 0,
    mosaicPitch: mosaic.pitch,
    edgeToGlyph: glyphHeight > 0 && printed.length >= 6 ? edge / glyphHeight : 0,
    glyphHeight,
  };
}

function shrinkResidual({ w, h, v }: Plane): number {
  if (w < 16 || h < 16) return 1;
  // À trous smoothing: s1 = [1 2 1]/4 in each direction; s2 = the same kernel with holes, over s1.
  const s1 = smooth(v, w, h, 1), s2 = smooth(s1, w, h, 2);
  let fine = 0, mid = 0;
  for (let y = 4; y < h - 4; y++) {
    for (let x = 4, i = y * w + 4; x < w - 4; x++, i++) {
      fine += Math.abs(v[i]! - s1[i]!);
      mid += Math.abs(s1[i]! - s2[i]!);
    }
  }
  return mid > 0 ? fine / mid : 1;
}

/** Separable [1 2 1]/4 smoothing with taps `step` apart (edges clamped). */
function smooth(v: Float32Array, w: number, h: number, step: number): Float32Array {
  const tmp = new Float32Array(v.length), out = new Float32Array(v.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const l = v[row + (x - step < 0 ? 0 : x - step)]!, r = v[row + (x + step >= w ? w - 1 : x + step)]!;
      tmp[row + x] = (l + 2 * v[row + x]! + r) / 4;
    }
  }
  for (let y = 0; y < h; y++) {
    const up = (y - step < 0 ? 0 : y - step) * w, dn = (y + step >= h ? h - 1 : y + step) * w, row = y * w;
    for (let x = 0; x < w; x++) out[row + x] = (tmp[up + x]! + 2 * tmp[row + x]! + tmp[dn + x]!) / 4;
  }
  return out;
}

/** Share of the grid's discounted fit a cell needs (clean print reaches about 0.5; a mosaic 0.6-0.85, less once resampled upright). */
const MIN_FIT = 0.55;

/** Step of the pitch search (px). */
const PITCH_STEP = 0.5;

/** Whether the smaller half of a profile holds under a sixth of its mass. */
function sparse(p: Float64Array, n: number): boolean {
  const sorted = Array.from(p.subarray(0, n)).sort((a, b) => a - b);
  let low = 0, total = 0;
  for (let i = 0; i < n; i++) { total += sorted[i]!; if (i < n >> 1) low += sorted[i]!; }
  return total > 0 && low < total / 6;
}

/** A mosaic block averages ink and paper: at least this share of a mosaic cell's pixels is a mid-tone between them. */
const MIN_MID_TONES = 0.12;

/** Paper (60th percentile) and ink (2nd) luma of the document. */
function printTones({ v }: Plane): { paper: number; ink: number } {
  const [paper, ink] = lumaQuantiles(v, 3, [0.6, 0.02]) as [number, number];
  return { paper, ink };
}

/**
 * Printed cells (a 2×2 block of grid cells, for enough periods) whose gradients sit on one grid, with the mid-tones
 * of averaged blocks: a two-tone pattern of squares (a QR code's finder, a table) can sit on a grid too, but its
 * pixels are ink or paper.
 */
function mosaicCells(grid: CellGrid, tones: { paper: number; ink: number }): { cells: number; pitch: number } {
  const { luma, size, cols, rows, cells } = grid;
  const lo = tones.ink + (tones.paper - tones.ink) * 0.2, hi = tones.paper - (tones.paper - tones.ink) * 0.2;
  const span = size * 2;
  let count = 0, pitch = 0, bestFit = 0;
  const colP = new Float64Array(span), rowP = new Float64Array(span);
  for (let cy = 0; cy + 1 < rows; cy += 2) {
    for (let cx = 0; cx + 1 < cols; cx += 2) {
      const group = [cells[cy * cols + cx]!, cells[cy * cols + cx + 1]!, cells[(cy + 1) * cols + cx]!, cells[(cy + 1) * cols + cx + 1]!];
      if (group.filter((c) => c.edgeWidth > 0).length < 2) continue;
      colP.fill(0); rowP.fill(0);
      const x0 = cx * size, y0 = cy * size;
      for (let y = 0; y < span - 1; y++) {
        for (let x = 0, i = (y0 + y) * luma.w + x0; x < span - 1; x++, i++) {
          colP[x]! += Math.abs(luma.v[i + 1]! - luma.v[i]!);
          rowP[y]! += Math.abs(luma.v[i + luma.w]! - luma.v[i]!);
        }
      }
      // Cheap test first: between a mosaic's grid lines nothing changes, so most of a profile is near zero.
      if (!sparse(colP, span - 1) || !sparse(rowP, span - 1)) continue;
      const c = combFit(colP, span - 1), r = combFit(rowP, span - 1);
      const fit = Math.min(c.fit, r.fit);
      // A mosaic's blocks are square (the document is measured upright): both grids have one pitch, to the search's
      // half-pixel step. The emblem side's guilloche fits a 6 px grid one way and a 5 px grid the other.
      if (fit >= MIN_FIT && Math.abs(c.pitch - r.pitch) <= PITCH_STEP && midToneShare(luma, x0, y0, span, lo, hi) >= MIN_MID_TONES) {
        count += group.filter((cc) => cc.edgeWidth > 0).length;
        if (fit > bestFit) { bestFit = fit; pitch = (c.pitch + r.pitch) / 2; }
      }
    }
  }
  return { cells: count, pitch };
}

/** Share of a span×span square's pixels with luma strictly between lo and hi. */
function midToneShare(luma: Plane, x0: number, y0: number, span: number, lo: number, hi: number): number {
  let mid = 0;
  for (let y = y0; y < y0 + span; y++) for (let i = y * luma.w + x0, e = i + span; i < e; i++) if (luma.v[i]! > lo && luma.v[i]! < hi) mid++;
  return mid / (span * span);
}

/**
 * Best share of a profile's mass on the lines of one grid (pitch 4-24 px in half-pixel steps, every phase), counting the
 * pixel on each side of a line too when the pitch allows: a block edge resampled by the thumbnail spreads over two
 * pixels. A grid that holds most of the mass while covering little of the profile is a mosaic.
 */
function combFit(p: Float64Array, n: number): { fit: number; pitch: number } {
  let total = 0;
  for (let i = 0; i < n; i++) total += p[i]!;
  if (total <= 0) return { fit: 0, pitch: 0 };
  let best = { fit: 0, pitch: 0 };
  const on = new Uint8Array(n);
  const lineMass: number[] = [];
  for (let pitch = 4; pitch <= 24 && pitch * 3 <= n; pitch += PITCH_STEP) {
    for (let phase = 0; phase < pitch; phase += 1) {
      on.fill(0);
      lineMass.length = 0;
      let covered = 0, mass = 0;
      for (let k = phase; k < n; k += pitch) {
        const c = Math.round(k);
        let m = 0;
        for (const j of [c - 1, c]) if (j >= 0 && j < n && !on[j]) { on[j] = 1; covered++; m += p[j]!; }
        lineMass.push(m);
        mass += m;
      }
      // Discount the share of the profile the lines cover: random print puts that share on them by chance.
      const share = covered / n;
      const fit = (mass / total - share) / (1 - share);
      if (fit <= best.fit) continue;
      // A grid, not one or two lines of print (a table rule, the card's border): most lines carry a step.
      const mean = mass / lineMass.length;
      if (lineMass.filter((m) => m > mean * 0.2).length < lineMass.length * 0.6) continue;
      best = { fit, pitch };
    }
  }
  return best;
}

/** Median height of the dark glyphs (ink darker than halfway between paper and the darkest print). */
function medianGlyphHeight({ w, h, v }: Plane, { paper, ink }: { paper: number; ink: number }): number {
  if (paper - ink < 50) return 0;
  const mid = (paper + ink) / 2;
  const m = new Uint8Array(w * h);
  for (let i = 0; i < v.length; i++) if (v[i]! < mid) m[i] = 1;
  const short = Math.min(w, h);
  const heights = components(m, w, h, 6)
    .map((c) => c.y1 - c.y0)
    .filter((ht) => ht >= 4 && ht <= short * 0.12);
  return heights.length >= 8 ? quantileOf(heights, 0.5) : 0;
}
