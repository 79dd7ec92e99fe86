/**
 * Colourfulness that a white-balance cast cannot fake. A greyscale scan printed warm (sepia) or shot under tungsten has
 * every channel a function of brightness; a colour document has pixels (seal, photo, background pattern) that are not.
 * So each channel is first equalised to the luminance (least-squares gain and offset: equal means, equal spread), and
 * what remains is true chroma.
 */
import type { Box, RgbaImage } from './types.js';

export interface ColourMetrics {
  /** 99th percentile of residual chroma (0-~180): high when some part of the document is really coloured. */
  chromaP99: number;
  /** Share of document pixels whose residual chroma exceeds 12. */
  colouredFraction: number;
  /** Raw chroma before equalisation (p99 of max-min channel spread): high for a sepia/warm greyscale scan too. */
  rawChromaP99: number;
}

export function measureColour(img: RgbaImage, box: Box): ColourMetrics {
  const { data, width } = img;
  const area = (box.x1 - box.x0) * (box.y1 - box.y0);
  const step = Math.max(1, Math.ceil(Math.sqrt(area / 150_000)));
  // Accumulate sums for the regression of each channel on luma (scalars, not arrays: this is the hot loop).
  let n = 0, sY = 0, sYY = 0, sR = 0, sG = 0, sB = 0, sYR = 0, sYG = 0, sYB = 0;
  for (let y = box.y0; y < box.y1; y += step) {
    for (let p = (y * width + box.x0) * 4, end = (y * width + box.x1) * 4, dp = step * 4; p < end; p += dp) {
      const r = data[p]!, g = data[p + 1]!, b = data[p + 2]!;
      const l = 0.299 * r + 0.587 * g + 0.114 * b;
      n++; sY += l; sYY += l * l;
      sR += r; sG += g; sB += b;
      sYR += l * r; sYG += l * g; sYB += l * b;
    }
  }
  if (n === 0) return { chromaP99: 0, colouredFraction: 0, rawChromaP99: 0 };
  const varY = sYY / n - (sY / n) ** 2;
  const gainOf = (sC: number, sYC: number) => (varY > 1e-6 ? (sYC / n - (sY / n) * (sC / n)) / varY : 1);
  const gR = gainOf(sR, sYR), gG = gainOf(sG, sYG), gB = gainOf(sB, sYB);
  const oR = sR / n - gR * (sY / n), oG = sG / n - gG * (sY / n), oB = sB / n - gB * (sY / n);
  const hist = new Uint32Array(256);
  const rawHist = new Uint32Array(256);
  let coloured = 0;
  for (let y = box.y0; y < box.y1; y += step) {
    for (let p = (y * width + box.x0) * 4, end = (y * width + box.x1) * 4, dp = step * 4; p < end; p += dp) {
      const r = data[p]!, g = data[p + 1]!, b = data[p + 2]!;
      const l = 0.299 * r + 0.587 * g + 0.114 * b;
      const rr = r - (gR * l + oR);
      const rg = g - (gG * l + oG);
      const rb = b - (gB * l + oB);
      // Opponent chroma of the residual (Hasler & Süsstrunk axes).
      const o1 = rr - rg, o2 = 0.5 * (rr + rg) - rb;
      const c = Math.sqrt(o1 * o1 + o2 * o2);
      hist[c < 255 ? c | 0 : 255]! += 1;
      if (c > 12) coloured++;
      const hi = r > g ? (r > b ? r : b) : g > b ? g : b;
      const lo = r < g ? (r < b ? r : b) : g < b ? g : b;
      rawHist[hi - lo]! += 1;
    }
  }
  return { chromaP99: pct(hist, n, 0.99), colouredFraction: coloured / n, rawChromaP99: pct(rawHist, n, 0.99) };
}

function pct(hist: Uint32Array, n: number, q: number): number {
  let acc = 0;
  for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc >= q * n) return v; }
  return 255;
}
