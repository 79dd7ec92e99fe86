/**
 * Whether a region holds printed-document structure: lines of text make the count of edge pixels per row (or per
 * column, for text turned 90°) rise and fall sharply, with strokes in both directions. Noise, a bare desk and wood
 * grain do not: noise is even everywhere, grain runs one way.
 */
import type { EdgeField } from './document-edges.js';
import type { Box } from './types.js';

export interface Structure {
  /** Coefficient of variation of edge pixels per row and per column (3-line smoothing). */
  rows: number;
  cols: number;
  /** Share of edge pixels whose gradient is mostly horizontal (vertical strokes): text ~0.3-0.7, grain under 0.2. */
  balance: number;
  /** Share of the region's pixels that are edges. */
  density: number;
  /** 0-1: how document-like (text-like) the region is. */
  score: number;
}

/** Structure inside `box`, leaving out `exclude` (a quad's box inside it) when given. */
export function structureIn(f: EdgeField, threshold: number, box: Box, exclude?: Box): Structure {
  const { width: w } = f;
  const bw = box.x1 - box.x0, bh = box.y1 - box.y0;
  const rows = new Float32Array(Math.max(0, bh)), cols = new Float32Array(Math.max(0, bw));
  let n = 0, horizontal = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) {
    const i = y * w + x;
    if (exclude && x >= exclude.x0 && x < exclude.x1 && y >= exclude.y0 && y < exclude.y1) continue;
    if (f.mag[i]! < threshold) continue;
    n++;
    rows[y - box.y0]! += 1; cols[x - box.x0]! += 1;
    const t = f.theta[i]!;
    if (t < Math.PI / 4 || t > (3 * Math.PI) / 4) horizontal++;
  }
  const excluded = exclude ? Math.max(0, Math.min(box.x1, exclude.x1) - Math.max(box.x0, exclude.x0)) * Math.max(0, Math.min(box.y1, exclude.y1) - Math.max(box.y0, exclude.y0)) : 0;
  const area = Math.max(1, bw * bh - excluded);
  const density = n / area;
  const balance = n > 0 ? horizontal / n : 0.5;
  const r = cv(rows), c = cv(cols);
  // Text: a fair density of edges (2-45%), strokes both ways, and rows (or columns) that alternate ink and gap.
  const dens = density < 0.02 ? Math.max(0, (density - 0.005) / 0.015) : density > 0.45 ? Math.max(0, (0.7 - density) / 0.25) : 1;
  const bal = Math.min(1, Math.max(0, (Math.min(balance, 1 - balance) - 0.15) / 0.12));
  const alt = Math.min(1, Math.max(0, (Math.max(r, c) - 0.25) / 0.35));
  return { rows: r, cols: c, balance, density, score: dens * bal * alt };
}

function cv(profile: Float32Array): number {
  const n = profile.length;
  if (n < 5) return 0;
  let sum = 0;
  const s = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s[i] = (profile[Math.max(0, i - 1)]! + profile[i]! + profile[Math.min(n - 1, i + 1)]!) / 3;
    sum += s[i]!;
  }
  const mean = sum / n;
  if (mean <= 0) return 0;
  let v = 0;
  for (let i = 0; i < n; i++) v += (s[i]! - mean) ** 2;
  return Math.sqrt(v / n) / mean;
}
