/**
 * The picture at working scale for document detection: area-averaged to at most `WORK_SIDE` px, with a multichannel
 * (luma + chroma) Sobel gradient. Magnitude and normal orientation come from the channels' structure tensor, so an
 * edge between two colours of equal brightness (a pale blue card on a white table) is still an edge.
 */
import type { RgbaImage } from './types.js';

export const WORK_SIDE = 320;

export interface EdgeField {
  width: number;
  height: number;
  /** Working pixels per thumbnail pixel (≤ 1). */
  scale: number;
  /** Luma at working scale. */
  luma: Float32Array;
  /** RGB at working scale (3 per pixel). */
  rgb: Float32Array;
  /** Gradient magnitude (Sobel units: a step of 1 level gives 4). */
  mag: Float32Array;
  /** Normal orientation of the edge, radians in [0, π). */
  theta: Float32Array;
}

/** Area-average downscale to at most `side` px on the long side. */
export function downscale(img: RgbaImage, side = WORK_SIDE): { width: number; height: number; scale: number; rgb: Float32Array } {
  const { width: W, height: H, data } = img;
  const scale = Math.min(1, side / Math.max(W, H));
  const w = Math.max(1, Math.round(W * scale)), h = Math.max(1, Math.round(H * scale));
  const rgb = new Float32Array(w * h * 3);
  const sx = W / w, sy = H / h;
  for (let y = 0; y < h; y++) {
    const ya = Math.floor(y * sy), yb = Math.max(ya + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < w; x++) {
      const xa = Math.floor(x * sx), xb = Math.max(xa + 1, Math.floor((x + 1) * sx));
      // Every other pixel of the block each way: the average stays smooth at a quarter of the reads.
      let r = 0, g = 0, b = 0, n = 0;
      for (let yy = ya; yy < yb; yy += 2) for (let p = (yy * W + xa) * 4, end = (yy * W + xb) * 4; p < end; p += 8) {
        r += data[p]!; g += data[p + 1]!; b += data[p + 2]!; n++;
      }
      const o = (y * w + x) * 3;
      rgb[o] = r / n; rgb[o + 1] = g / n; rgb[o + 2] = b / n;
    }
  }
  return { width: w, height: h, scale: w / W, rgb };
}

export function edgeField(img: RgbaImage): EdgeField {
  const { width: w, height: h, scale, rgb } = downscale(img);
  const n = w * h;
  const luma = new Float32Array(n), cb = new Float32Array(n), cr = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rgb[i * 3]!, g = rgb[i * 3 + 1]!, b = rgb[i * 3 + 2]!;
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    luma[i] = y; cb[i] = (b - y) * 0.7; cr[i] = (r - y) * 0.7;
  }
  const mag = new Float32Array(n), theta = new Float32Array(n);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      const a = i - w - 1, b = i - w, d = i - w + 1, e = i - 1, f = i + 1, g = i + w - 1, k = i + w, m = i + w + 1;
      const lx = luma[d]! + 2 * luma[f]! + luma[m]! - luma[a]! - 2 * luma[e]! - luma[g]!;
      const ly = luma[g]! + 2 * luma[k]! + luma[m]! - luma[a]! - 2 * luma[b]! - luma[d]!;
      const bx = cb[d]! + 2 * cb[f]! + cb[m]! - cb[a]! - 2 * cb[e]! - cb[g]!;
      const by = cb[g]! + 2 * cb[k]! + cb[m]! - cb[a]! - 2 * cb[b]! - cb[d]!;
      const rx = cr[d]! + 2 * cr[f]! + cr[m]! - cr[a]! - 2 * cr[e]! - cr[g]!;
      const ry = cr[g]! + 2 * cr[k]! + cr[m]! - cr[a]! - 2 * cr[b]! - cr[d]!;
      const jxx = lx * lx + bx * bx + rx * rx, jyy = ly * ly + by * by + ry * ry, jxy = lx * ly + bx * by + rx * ry;
      const tr = jxx + jyy;
      // Below 16 (a step of 4 levels) a pixel is never an edge: skip the orientation.
      if (tr < 256) { mag[i] = Math.sqrt(tr); continue; }
      const det = Math.sqrt((jxx - jyy) ** 2 + 4 * jxy * jxy);
      mag[i] = Math.sqrt((tr + det) / 2);
      let t = 0.5 * Math.atan2(2 * jxy, jxx - jyy);
      if (t < 0) t += Math.PI;
      theta[i] = t;
    }
  }
  return { width: w, height: h, scale, luma, rgb, mag, theta };
}

/** The 90th percentile of gradient magnitude: the picture's own contrast. */
function p90(f: EdgeField): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < f.mag.length; i++) hist[Math.min(255, f.mag[i]! / 4) | 0]! += 1;
  let acc = 0;
  for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc >= f.mag.length * 0.9) return v * 4; }
  return 1020;
}

/**
 * Magnitudes above which a working pixel counts as an edge: low for document edges (a pale card on a white table
 * differs from it by a few levels), higher for content (print, not paper texture or noise).
 */
export function edgeThresholds(f: EdgeField): { edge: number; content: number } {
  const p = p90(f);
  return { edge: Math.max(24, Math.min(48, p * 0.3)), content: Math.max(40, p * 0.5) };
}
