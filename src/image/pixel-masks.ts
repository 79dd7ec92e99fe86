/**
 * Small building blocks of the defect metrics: luma of one box as its own array, per-pixel colour classes (hue,
 * saturation) and connected components of a mask. Everything works in box-local coordinates.
 */
import type { Box, RgbaImage } from './types.js';

export interface Plane {
  w: number;
  h: number;
  v: Float32Array;
}

/** Rec. 601 luma of the pixels inside `box`, as a box-sized plane. */
export function boxLuma(img: RgbaImage, box: Box): Plane {
  const w = Math.max(0, box.x1 - box.x0), h = Math.max(0, box.y1 - box.y0);
  const v = new Float32Array(w * h);
  const d = img.data;
  for (let y = 0; y < h; y++) {
    for (let x = 0, p = ((box.y0 + y) * img.width + box.x0) * 4, i = y * w; x < w; x++, p += 4, i++) {
      v[i] = 0.299 * d[p]! + 0.587 * d[p + 1]! + 0.114 * d[p + 2]!;
    }
  }
  return { w, h, v };
}

/** Hue in degrees (0-360) and HSV saturation (0-1) of one pixel; hue is 0 for greys. */
export function hueSat(r: number, g: number, b: number): { hue: number; sat: number; max: number } {
  const max = r > g ? (r > b ? r : b) : g > b ? g : b;
  const min = r < g ? (r < b ? r : b) : g < b ? g : b;
  const c = max - min;
  if (c === 0 || max === 0) return { hue: 0, sat: 0, max };
  let hue: number;
  if (max === r) hue = ((g - b) / c) * 60;
  else if (max === g) hue = ((b - r) / c) * 60 + 120;
  else hue = ((r - g) / c) * 60 + 240;
  if (hue < 0) hue += 360;
  return { hue, sat: c / max, max };
}

/** A mask over `box` (1 where `test(r, g, b)` holds). */
export function colourMask(img: RgbaImage, box: Box, test: (r: number, g: number, b: number) => boolean): { w: number; h: number; m: Uint8Array; count: number } {
  const w = Math.max(0, box.x1 - box.x0), h = Math.max(0, box.y1 - box.y0);
  const m = new Uint8Array(w * h);
  const d = img.data;
  let count = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0, p = ((box.y0 + y) * img.width + box.x0) * 4, i = y * w; x < w; x++, p += 4, i++) {
      if (test(d[p]!, d[p + 1]!, d[p + 2]!)) { m[i] = 1; count++; }
    }
  }
  return { w, h, m, count };
}

export interface Component {
  area: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Sum of x and y of the member pixels (centroid = sum / area). */
  sx: number;
  sy: number;
  /** Label in the label array (index + 1). */
  label: number;
}

/**
 * 8-connected components of a 0/1 mask, by flood fill with an explicit stack (no recursion, no per-pixel objects).
 * `labels` (optional out) receives each pixel's component label (0 = background). Components smaller than `minArea`
 * are still labelled but not returned.
 */
export function components(m: Uint8Array, w: number, h: number, minArea = 1, labels?: Int32Array): Component[] {
  const lab = labels ?? new Int32Array(w * h);
  const out: Component[] = [];
  const stack = new Int32Array(w * h);
  let next = 0;
  for (let start = 0; start < m.length; start++) {
    if (!m[start] || lab[start]) continue;
    next++;
    let top = 0;
    stack[top++] = start;
    lab[start] = next;
    const c: Component = { area: 0, x0: w, y0: h, x1: 0, y1: 0, sx: 0, sy: 0, label: next };
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % w, y = (i - x) / w;
      c.area++; c.sx += x; c.sy += y;
      if (x < c.x0) c.x0 = x;
      if (x + 1 > c.x1) c.x1 = x + 1;
      if (y < c.y0) c.y0 = y;
      if (y + 1 > c.y1) c.y1 = y + 1;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (m[j] && !lab[j]) { lab[j] = next; stack[top++] = j; }
        }
      }
    }
    if (c.area >= minArea) out.push(c);
  }
  return out;
}

/** A mask shrunk by `f` (each output pixel set when any input pixel of its f×f block is): closes small gaps. */
export function poolMask(m: Uint8Array, w: number, h: number, f: number): { w: number; h: number; m: Uint8Array } {
  const ow = Math.ceil(w / f), oh = Math.ceil(h / f);
  const o = new Uint8Array(ow * oh);
  for (let y = 0; y < h; y++) for (let x = 0, i = y * w; x < w; x++, i++) if (m[i]) o[((y / f) | 0) * ow + ((x / f) | 0)] = 1;
  return { w: ow, h: oh, m: o };
}

/** Quantiles (0-1) of luma values (0-255), every `step`-th value, by a 256-bin histogram. */
export function lumaQuantiles(v: Float32Array, step: number, qs: readonly number[]): number[] {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < v.length; i += step) { const x = v[i]!; hist[x <= 0 ? 0 : x >= 255 ? 255 : x | 0]! += 1; n++; }
  return qs.map((q) => {
    let acc = 0;
    for (let b = 0; b < 256; b++) { acc += hist[b]!; if (acc > q * n) return b + 0.5; }
    return 255;
  });
}

/** Value at quantile q (0-1) of a sample (sorted copy). */
export function quantileOf(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return 0;
  const s = Float64Array.from(values).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))]!;
}
