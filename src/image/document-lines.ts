/**
 * Dominant straight edges of the working picture: a Hough transform where each edge pixel votes only near its own
 * normal orientation, peaks kept greedily, each refined by a least-squares fit of the edge pixels along it.
 */
import type { EdgeField } from './document-edges.js';
import type { Side } from './types.js';

/** The line x·cos θ + y·sin θ = ρ (θ is the normal's angle, [0, π)); `frame` marks a side of the picture itself. */
export interface Line {
  theta: number;
  rho: number;
  frame?: Side;
}

const THETA_BINS = 180;
const SPREAD = 3;

interface EdgePoints { x: Int16Array; y: Int16Array; t: Float32Array; n: number }

export function edgePoints(f: EdgeField, threshold: number): EdgePoints {
  let n = 0;
  for (let i = 0; i < f.mag.length; i++) if (f.mag[i]! >= threshold) n++;
  const x = new Int16Array(n), y = new Int16Array(n), t = new Float32Array(n);
  let k = 0;
  for (let i = 0; i < f.mag.length; i++) if (f.mag[i]! >= threshold) {
    x[k] = i % f.width; y[k] = (i / f.width) | 0; t[k] = f.theta[i]!; k++;
  }
  return { x, y, t, n };
}

/** Angle between two normal orientations, folded to [0, π/2]. */
export function angleDiff(a: number, b: number): number {
  let d = Math.abs(a - b) % Math.PI;
  if (d > Math.PI / 2) d = Math.PI - d;
  return d;
}

export function houghLines(f: EdgeField, pts: EdgePoints, maxLines = 24): Line[] {
  const D = Math.ceil(Math.hypot(f.width, f.height));
  const nr = 2 * D + 1;
  const acc = new Uint16Array(THETA_BINS * nr);
  const cos = new Float32Array(THETA_BINS), sin = new Float32Array(THETA_BINS);
  for (let b = 0; b < THETA_BINS; b++) { cos[b] = Math.cos((b * Math.PI) / THETA_BINS); sin[b] = Math.sin((b * Math.PI) / THETA_BINS); }
  for (let i = 0; i < pts.n; i++) {
    const tb = Math.round((pts.t[i]! * THETA_BINS) / Math.PI);
    const x = pts.x[i]!, y = pts.y[i]!;
    for (let d = -SPREAD; d <= SPREAD; d++) {
      const b = (tb + d + THETA_BINS) % THETA_BINS;
      const r = Math.round(x * cos[b]! + y * sin[b]!) + D;
      const c = b * nr + r;
      if (acc[c]! < 65535) acc[c]! += 1;
    }
  }
  // Local maxima over ±2 bins, strong enough to be a side of at least a tenth of the short side.
  const minVotes = Math.max(8, Math.min(f.width, f.height) * 0.1);
  const peaks: Array<{ b: number; r: number; v: number }> = [];
  for (let b = 0; b < THETA_BINS; b++) {
    for (let r = 2; r < nr - 2; r++) {
      const v = acc[b * nr + r]!;
      if (v < minVotes) continue;
      let max = true;
      for (let db = -2; db <= 2 && max; db++) {
        const bb = b + db;
        // Across θ = 0/π the same line has the opposite ρ.
        const row = bb < 0 ? bb + THETA_BINS : bb >= THETA_BINS ? bb - THETA_BINS : bb;
        const rr = bb < 0 || bb >= THETA_BINS ? 2 * D - r : r;
        for (let dr = -2; dr <= 2; dr++) {
          if (db === 0 && dr === 0) continue;
          const q = rr + dr;
          if (q < 0 || q >= nr) continue;
          const u = acc[row * nr + q]!;
          if (u > v || (u === v && (db < 0 || (db === 0 && dr < 0)))) { max = false; break; }
        }
      }
      if (max) peaks.push({ b, r, v });
    }
  }
  peaks.sort((p, q) => q.v - p.v);
  const lines: Line[] = [];
  // At most a third of the lines in any 20° family: wood grain or ruled lines must not crowd out the other sides.
  const family = new Uint8Array(9);
  for (const p of peaks) {
    const line = { theta: (p.b * Math.PI) / THETA_BINS, rho: p.r - D };
    if (lines.some((l) => sameLine(l, line))) continue;
    const fam = Math.floor(((p.b + 10) % THETA_BINS) / 20);
    if (family[fam]! >= Math.ceil(maxLines / 3)) continue;
    family[fam]! += 1;
    lines.push(refine(line, pts));
    if (lines.length >= maxLines) break;
  }
  return lines;
}

function sameLine(a: Line, b: Line): boolean {
  const d = Math.abs(a.theta - b.theta);
  if (d < 0.07) return Math.abs(a.rho - b.rho) < 6;
  if (Math.PI - d < 0.07) return Math.abs(a.rho + b.rho) < 6;
  return false;
}

/** Total least squares over the edge pixels within 2 px of the line and oriented with it. */
function refine(line: Line, pts: EdgePoints): Line {
  const c = Math.cos(line.theta), s = Math.sin(line.theta);
  let n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let i = 0; i < pts.n; i++) {
    const x = pts.x[i]!, y = pts.y[i]!;
    if (Math.abs(x * c + y * s - line.rho) > 2 || angleDiff(pts.t[i]!, line.theta) > 0.17) continue;
    n++; sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
  }
  if (n < 10) return line;
  const mx = sx / n, my = sy / n;
  const cxx = sxx / n - mx * mx, cyy = syy / n - my * my, cxy = sxy / n - mx * my;
  // The normal is the eigenvector of the smaller eigenvalue of the scatter matrix.
  let t = 0.5 * Math.atan2(2 * cxy, cxx - cyy) + Math.PI / 2;
  t = ((t % Math.PI) + Math.PI) % Math.PI;
  if (angleDiff(t, line.theta) > 0.1) return line;
  return { theta: t, rho: mx * Math.cos(t) + my * Math.sin(t) };
}

/** The picture's own four sides as lines (working pixels). */
export function frameLines(w: number, h: number): Line[] {
  return [
    { theta: Math.PI / 2, rho: 0, frame: 'top' },
    { theta: 0, rho: w - 1, frame: 'right' },
    { theta: Math.PI / 2, rho: h - 1, frame: 'bottom' },
    { theta: 0, rho: 0, frame: 'left' },
  ];
}

export function intersect(a: Line, b: Line): [number, number] | null {
  const ca = Math.cos(a.theta), sa = Math.sin(a.theta), cb = Math.cos(b.theta), sb = Math.sin(b.theta);
  const det = ca * sb - sa * cb;
  if (Math.abs(det) < 0.2) return null;
  return [(a.rho * sb - b.rho * sa) / det, (ca * b.rho - cb * a.rho) / det];
}

/**
 * Share of the segment p→q (working pixels) backed by an edge pixel within 1.5 px of it whose normal is within 12° of
 * the line's: 1 for a clean document edge, low for texture or noise.
 */
export function segmentSupport(f: EdgeField, threshold: number, p: [number, number], q: [number, number]): number {
  const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
  if (len < 2) return 0;
  const dx = (q[0] - p[0]) / len, dy = (q[1] - p[1]) / len;
  let t = Math.atan2(dx, -dy); // the normal of the direction (dx, dy)
  t = ((t % Math.PI) + Math.PI) % Math.PI;
  const steps = Math.floor(len);
  let hit = 0, n = 0;
  for (let k = 1; k < steps; k++) {
    const x = p[0] + dx * k, y = p[1] + dy * k;
    n++;
    for (const o of [0, -1, 1, -1.5, 1.5]) {
      const xi = Math.round(x - dy * o), yi = Math.round(y + dx * o);
      if (xi < 0 || yi < 0 || xi >= f.width || yi >= f.height) continue;
      const i = yi * f.width + xi;
      if (f.mag[i]! >= threshold && angleDiff(f.theta[i]!, t) < 0.21) { hit++; break; }
    }
  }
  return n > 0 ? hit / n : 0;
}
