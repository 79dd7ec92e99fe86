/**
 * A watermark over the document ("仅供…使用" tiled across it, a site's name): faint strokes, lighter than the print,
 * turned away from the document's own axes. Chinese print is strokes along the text's axes; so is a watermark, but
 * it is laid at 20-70°. Orientation is taken modulo 90° (the angle of each gradient ×4: a horizontal and a vertical
 * stroke count alike), once for the strong edges (the print: the document's own axes, tilt included) and once per
 * cell for the faint edges. A watermark turns the faint edges of most cells, coherently, to one other angle; the
 * wavy background lines of an ID card follow the text's axes or no axis at all.
 */
import { boxLuma, lumaQuantiles } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface WatermarkMetrics {
  /** Share of measured cells where at least 15% of the faint strokes lie at one angle off the document's axes (0-1). */
  offAxisFraction: number;
  /** That angle, in degrees from the document's axes (0-45). */
  angle: number;
  /** Cells with enough faint strokes to measure. */
  cells: number;
}

const CELLS = 12;
const BINS = 36;
/** Bins either side of the watermark's angle that count as on it (±2.5° of real angle each). */
const WINDOW = 2;
/** A cell is marked when this share of its faint strokes lies at the watermark's angle (isotropic print: ~0.14). */
const MARKED = 0.15;

/** `paperLuma`: the paper's brightness; cells where no paper shows (the desk past the document's edge) are not measured. */
export function measureWatermark(img: RgbaImage, box: Box, paperLuma: number): WatermarkMetrics {
  const { w, h, v } = boxLuma(img, box);
  if (w < CELLS * 8 || h < CELLS * 8) return { offAxisFraction: 0, angle: 0, cells: 0 };
  const [paper, ink] = lumaQuantiles(v, 4, [0.6, 0.03]) as [number, number];
  // Faint: lighter than halfway between ink and paper, and a gradient of at most a third of the print's contrast.
  const light = (paper + ink) / 2;
  const weakMax = Math.max(8, (paper - ink) / 3), weakMin = 3;
  const cw = w / CELLS, ch = h / CELLS;
  // Per cell, the faint edges' mass in BINS bins of four times their angle; the strong edges' in one histogram.
  const hist = new Float64Array(CELLS * CELLS * BINS), mass = new Float64Array(CELLS * CELLS);
  const paperPixels = new Uint32Array(CELLS * CELLS), pixels = new Uint32Array(CELLS * CELLS);
  const strong = new Float64Array(BINS);
  // The faint edges by twice their angle too (mod 180°), where a stroke and the one across it are told apart: over
  // the whole document and per cell.
  const half = new Float64Array(BINS), cellHalf = new Float64Array(CELLS * CELLS * BINS);
  const binOf = (c4: number, s4: number) => {
    const a = Math.atan2(s4, c4) + Math.PI;
    return Math.min(BINS - 1, Math.floor((a / (2 * Math.PI)) * BINS));
  };
  for (let y = 1; y < h - 1; y++) {
    const cy = Math.min(CELLS - 1, (y / ch) | 0);
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      const cell = cy * CELLS + Math.min(CELLS - 1, (x / cw) | 0);
      pixels[cell]! += 1;
      if (v[i]! >= paperLuma - 30) paperPixels[cell]! += 1;
      const a = v[i - w - 1]!, b = v[i - w]!, c = v[i - w + 1]!, d = v[i - 1]!, f = v[i + 1]!, g = v[i + w - 1]!, hh = v[i + w]!, k = v[i + w + 1]!;
      const gx = (c + 2 * f + k - a - 2 * d - g) / 4, gy = (g + 2 * hh + k - a - 2 * b - c) / 4;
      const m2 = gx * gx + gy * gy;
      if (m2 < weakMin * weakMin) continue;
      const c2 = (gx * gx - gy * gy) / m2, s2 = (2 * gx * gy) / m2;
      const bin = binOf(c2 * c2 - s2 * s2, 2 * c2 * s2);
      const m = Math.sqrt(m2);
      if (m > weakMax) { strong[bin]! += m; continue; }
      if (v[i]! < light) continue;
      hist[cell * BINS + bin]! += m; mass[cell]! += m;
      const b2 = binOf(c2, s2);
      half[b2]! += m;
      cellHalf[cell * BINS + b2]! += m;
    }
  }
  // The document's axes: the strongest bin of the print (tilt included). The watermark's: the strongest bin of the
  // faint edges at least 22.5° (a quarter turn of 4θ) away from them.
  const axis = argmax(strong);
  const faint = new Float64Array(BINS);
  for (let j = 0; j < mass.length; j++) for (let q = 0; q < BINS; q++) faint[q]! += hist[j * BINS + q]!;
  const all = Float64Array.from(faint);
  for (let q = 0; q < BINS; q++) if (binDistance(q, axis) < BINS / 4) faint[q] = 0;
  const peak = argmax(faint);
  // A peak of its own, not the shoulder of the print's (wavy background lines spread around the axes and fall off
  // from them): the bin on its side toward the axes holds less.
  const towardAxis = binDistance((peak + 1) % BINS, axis) < binDistance(peak, axis) ? (peak + 1) % BINS : (peak + BINS - 1) % BINS;
  if (all[towardAxis]! >= all[peak]!) return { offAxisFraction: 0, angle: 0, cells: 0 };
  // And a peak of some weight against the faint print along the axes (a watermark over the whole document carries a
  // good part of all faint strokes; a perspective's slightly turned corner, a few).
  const around = (b: number) => { let m = 0; for (let q = -WINDOW; q <= WINDOW; q++) m += all[(b + q + BINS) % BINS]!; return m; };
  if (around(peak) < around(argmax(all)) * 0.25) return { offAxisFraction: 0, angle: 0, cells: 0 };
  // Text, not lines: strokes along the watermark's angle and across it alike. Lines at a slope (wavy background
  // lines seen in perspective) have only the one.
  const a4 = ((peak + 0.5) / BINS) * 2 * Math.PI - Math.PI;
  const along = halfMass(half, a4 / 2), across = halfMass(half, a4 / 2 + Math.PI);
  if (Math.min(along, across) < Math.max(along, across) * 0.35) return { offAxisFraction: 0, angle: 0, cells: 0 };
  const minMass = cw * ch * 0.15;
  let measured = 0, marked = 0;
  for (let j = 0; j < mass.length; j++) {
    if (mass[j]! < minMass || paperPixels[j]! < pixels[j]! * 0.3) continue;
    measured++;
    let near = 0;
    for (let q = 0; q < BINS; q++) if (binDistance(q, peak) <= WINDOW) near += hist[j * BINS + q]!;
    if (near / mass[j]! < MARKED) continue;
    // Text in this cell, not one run of parallel lines (a guilloche curve crossing it at that angle).
    const cellAlong = halfMass(cellHalf.subarray(j * BINS, (j + 1) * BINS), a4 / 2);
    const cellAcross = halfMass(cellHalf.subarray(j * BINS, (j + 1) * BINS), a4 / 2 + Math.PI);
    if (Math.min(cellAlong, cellAcross) >= Math.max(cellAlong, cellAcross) * 0.3) marked++;
  }
  const angle = Math.round((binDistance(peak, axis) / BINS) * 90);
  return { offAxisFraction: measured ? marked / measured : 0, angle, cells: measured };
}

/** Mass of the doubled-angle histogram within a bin of the doubled angle `a2` (radians, any turn). */
function halfMass(half: Float64Array, a2: number): number {
  const t = (((a2 + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const b = Math.min(BINS - 1, Math.floor((t / (2 * Math.PI)) * BINS));
  return half[(b + BINS - 1) % BINS]! + half[b]! + half[(b + 1) % BINS]!;
}

function argmax(a: Float64Array): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[best]!) best = i;
  return best;
}

/** Distance between two bins around the circle. */
function binDistance(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, BINS - d);
}
