/**
 * A watermark over the document ("仅供…使用" tiled across it, a site's name): faint strokes, lighter than the print,
 * turned away from the document's own axes. Chinese print is strokes along the text's axes; so is a watermark, but
 * it is laid at 20-70°. Orientation is taken modulo 90° (the angle of each gradient ×4: a horizontal and a vertical
 * stroke count alike), once for the strong edges (the print: the document's own axes, tilt included) and once per
 * cell for the faint edges. A watermark turns the faint edges of most cells, coherently, to one other angle; the
 * wavy background lines of an ID card follow the text's axes or no axis at all.
 */
import { boxLuma, quantileOf } from './pixel-masks.js';
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

export function measureWatermark(img: RgbaImage, box: Box): WatermarkMetrics {
  const { w, h, v } = boxLuma(img, box);
  if (w < CELLS * 8 || h < CELLS * 8) return { offAxisFraction: 0, angle: 0, cells: 0 };
  const sample = new Float32Array(Math.ceil((w * h) / 16));
  for (let i = 0, k = 0; i < v.length && k < sample.length; i += 16, k++) sample[k] = v[i]!;
  const paper = quantileOf(sample, 0.6), ink = quantileOf(sample, 0.03);
  // Faint: lighter than halfway between ink and paper, and a gradient of at most a third of the print's contrast.
  const light = (paper + ink) / 2;
  const weakMax = Math.max(8, (paper - ink) / 3), weakMin = 3;
  const cw = w / CELLS, ch = h / CELLS;
  // Per cell, the faint edges' mass in BINS bins of four times their angle; the strong edges' in one histogram.
  const hist = new Float64Array(CELLS * CELLS * BINS), mass = new Float64Array(CELLS * CELLS);
  const strong = new Float64Array(BINS);
  const binOf = (c4: number, s4: number) => {
    const a = Math.atan2(s4, c4) + Math.PI;
    return Math.min(BINS - 1, Math.floor((a / (2 * Math.PI)) * BINS));
  };
  for (let y = 1; y < h - 1; y++) {
    const cy = Math.min(CELLS - 1, (y / ch) | 0);
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      const a = v[i - w - 1]!, b = v[i - w]!, c = v[i - w + 1]!, d = v[i - 1]!, f = v[i + 1]!, g = v[i + w - 1]!, hh = v[i + w]!, k = v[i + w + 1]!;
      const gx = (c + 2 * f + k - a - 2 * d - g) / 4, gy = (g + 2 * hh + k - a - 2 * b - c) / 4;
      const m2 = gx * gx + gy * gy;
      if (m2 < weakMin * weakMin) continue;
      const c2 = (gx * gx - gy * gy) / m2, s2 = (2 * gx * gy) / m2;
      const bin = binOf(c2 * c2 - s2 * s2, 2 * c2 * s2);
      const m = Math.sqrt(m2);
      if (m > weakMax) { strong[bin]! += m; continue; }
      if (v[i]! < light) continue;
      const j = cy * CELLS + Math.min(CELLS - 1, (x / cw) | 0);
      hist[j * BINS + bin]! += m; mass[j]! += m;
    }
  }
  // The document's axes: the strongest bin of the print (tilt included). The watermark's: the strongest bin of the
  // faint edges at least 22.5° (a quarter turn of 4θ) away from them.
  const axis = argmax(strong);
  const faint = new Float64Array(BINS);
  for (let j = 0; j < mass.length; j++) for (let q = 0; q < BINS; q++) faint[q]! += hist[j * BINS + q]!;
  for (let q = 0; q < BINS; q++) if (binDistance(q, axis) < BINS / 4) faint[q] = 0;
  const peak = argmax(faint);
  const minMass = cw * ch * 0.15;
  let measured = 0, marked = 0;
  for (let j = 0; j < mass.length; j++) {
    if (mass[j]! < minMass) continue;
    measured++;
    let near = 0;
    for (let q = 0; q < BINS; q++) if (binDistance(q, peak) <= WINDOW) near += hist[j * BINS + q]!;
    if (near / mass[j]! >= MARKED) marked++;
  }
  const angle = Math.round((binDistance(peak, axis) / BINS) * 90);
  return { offAxisFraction: measured ? marked / measured : 0, angle, cells: measured };
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
