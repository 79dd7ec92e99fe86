import type { Box, RgbaImage } from './types.js';

/** Rec. 601 luma of every pixel, 0-255. */
export function luminance(img: RgbaImage): Float32Array {
  const { data, width, height } = img;
  const out = new Float32Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) out[i] = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
  return out;
}

/**
 * Luma inside one box only (the rest of the image-sized array stays 0, and is never read by the metrics measured over
 * that box), and its 256-bin histogram, in a single pass: the same values as `luminance` + `histogram`.
 */
export function luminanceInBox(img: RgbaImage, box: Box): { lum: Float32Array; hist: Uint32Array; total: number } {
  const { data, width, height } = img;
  const lum = new Float32Array(width * height);
  const hist = new Uint32Array(256);
  for (let y = box.y0; y < box.y1; y++) {
    for (let i = y * width + box.x0, end = y * width + box.x1; i < end; i++) {
      const p = i << 2;
      lum[i] = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
      // Bin the stored (float32) value, as histogram() does; luma of 0-255 channels is never negative nor over 255.
      const v = lum[i]!;
      hist[v > 255 ? 255 : v | 0]! += 1;
    }
  }
  return { lum, hist, total: Math.max(0, box.x1 - box.x0) * Math.max(0, box.y1 - box.y0) };
}

/** Value at quantile q (0-1) of the values, by a 256-bin histogram (values are 0-255). */
export function quantile(hist: Uint32Array | number[], total: number, q: number): number {
  const target = q * total;
  let acc = 0;
  for (let v = 0; v < hist.length; v++) {
    acc += hist[v]!;
    if (acc >= target) return v;
  }
  return hist.length - 1;
}

export function histogram(values: Float32Array, width: number, box: Box): { hist: Uint32Array; total: number } {
  const hist = new Uint32Array(256);
  let total = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const v = values[y * width + x]!;
      hist[v < 0 ? 0 : v > 255 ? 255 : v | 0]! += 1;
      total++;
    }
  }
  return { hist, total };
}

export function inset(box: Box, fraction: number): Box {
  const dx = Math.floor((box.x1 - box.x0) * fraction);
  const dy = Math.floor((box.y1 - box.y0) * fraction);
  return { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 - dx, y1: box.y1 - dy };
}
