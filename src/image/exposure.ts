/** Brightness of the document: too dark to read, or so bright that the print is washed out. */
import { histogram, quantile } from './luminance.js';
import type { Box } from './types.js';

export interface ExposureMetrics {
  /** Median luma of the document (its paper, 0-255). */
  median: number;
  mean: number;
  /** 2nd and 98th percentile luma: the darkest print and the brightest paper. */
  p02: number;
  p98: number;
  /** p98 - p02: how much contrast the print keeps. */
  contrast: number;
  /** Share of pixels at 250 or above (clipped highlights), and at 5 or below (crushed shadows). */
  clippedHigh: number;
  clippedLow: number;
}

export function measureExposure(lum: Float32Array, width: number, box: Box): ExposureMetrics {
  const { hist, total } = histogram(lum, width, box);
  return exposureFromHistogram(hist, total);
}

/** The same metrics from a 256-bin luma histogram already counted (see luminanceInBox). */
export function exposureFromHistogram(hist: Uint32Array, total: number): ExposureMetrics {
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * hist[v]!;
  let high = 0, low = 0;
  for (let v = 250; v < 256; v++) high += hist[v]!;
  for (let v = 0; v <= 5; v++) low += hist[v]!;
  const p02 = quantile(hist, total, 0.02);
  const p98 = quantile(hist, total, 0.98);
  return {
    median: quantile(hist, total, 0.5),
    mean: total ? sum / total : 0,
    p02,
    p98,
    contrast: p98 - p02,
    clippedHigh: total ? high / total : 0,
    clippedLow: total ? low / total : 0,
  };
}
