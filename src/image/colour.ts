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
  // Accumulate sums for the regression of each channel on luma.
  let n = 0, sY = 0, sYY = 0;
  const sC = [0, 0, 0], sYC = [0, 0, 0];
  for (let y = box.y0; y < box.y1; y += step) for (let x = box.x0; x < box.x1; x += step) {
    const p = (y * width + x) * 4;
    const r = data[p]!, g = data[p + 1]!, b = data[p + 2]!;
    const l = 0.299 * r + 0.587 * g + 0.114 * b;
    n++; sY += l; sYY += l * l;
    sC[0]! += r; sC[1]! += g; sC[2]! += b;
    sYC[0]! += l * r; sYC[1]! += l * g; sYC[2]! += l * b;
  }
  if (n === 0) return { chromaP99: 0, colouredFraction: 0, rawChromaP99: 0 };
  const varY = sYY / n - (sY / n) ** 2;
  const gain = [0, 1, 2].map((c) => (varY > 1e-6 ? (sYC[c]! / n - (sY / n) * (sC[c]! / n)) / varY : 1));
  const offset = [0, 1, 2].map((c) => sC[c]! / n - gain[c]! * (sY / n));
  const hist = new Uint32Array(256);
  const rawHist = new Uint32Array(256);
  let coloured = 0;
  for (let y = box.y0; y < box.y1; y += step) for (let x = box.x0; x < box.x1; x += step) {
    const p = (y * width + x) * 4;
    const r = data[p]!, g = data[p + 1]!, b = data[p + 2]!;
    const l = 0.299 * r + 0.587 * g + 0.114 * b;
    const rr = r - (gain[0]! * l + offset[0]!);
    const rg = g - (gain[1]! * l + offset[1]!);
    const rb = b - (gain[2]! * l + offset[2]!);
    // Opponent chroma of the residual (Hasler & Süsstrunk axes).
    const o1 = rr - rg, o2 = 0.5 * (rr + rg) - rb;
    const c = Math.sqrt(o1 * o1 + o2 * o2);
    hist[Math.min(255, c | 0)]! += 1;
    if (c > 12) coloured++;
    rawHist[Math.max(r, g, b) - Math.min(r, g, b)]! += 1;
  }
  return { chromaP99: pct(hist, n, 0.99), colouredFraction: coloured / n, rawChromaP99: pct(rawHist, n, 0.99) };
}

function pct(hist: Uint32Array, n: number, q: number): number {
  let acc = 0;
  for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc >= q * n) return v; }
  return 255;
}
