/**
 * The document's quadrilateral from the dominant lines: two roughly parallel pairs, roughly perpendicular to each
 * other (the picture's own sides may stand in for document sides it cuts or that it coincides with), scored by how
 * much of each side an edge backs, by a plausible document shape, and by size.
 */
import type { EdgeField } from './document-edges.js';
import { angleDiff, intersect, type Line } from './document-lines.js';
import type { Point, Quad } from './types.js';

/** Support credited to a side that is the picture's edge: plausible, but no evidence. */
const FRAME_SUPPORT = 0.42;
/** Long/short side ratios of the documents: ID cards and bank cards, driving licence pages, A4 and passports. */
const ASPECTS = [1.586, 1.47, 1.414];

export interface QuadCandidate {
  quad: Quad;
  /** Per side (top, right, bottom, left after ordering): the line it lies on. */
  lines: [Line, Line, Line, Line];
  /** Per side: share backed by edges (FRAME_SUPPORT for a picture side). */
  support: [number, number, number, number];
  areaFraction: number;
  aspect: number;
  aspectFit: number;
  score: number;
}

/** Per line, prefix sums of edge backing along it, so any segment's support is two lookups. */
export class LineSupport {
  private readonly prefix: Float32Array[];
  private readonly D: number;

  constructor(private readonly f: EdgeField, threshold: number, readonly lines: Line[]) {
    this.D = Math.ceil(Math.hypot(f.width, f.height));
    this.prefix = lines.map((l) => (l.frame ? new Float32Array(0) : this.profile(l, threshold)));
  }

  private profile(l: Line, threshold: number): Float32Array {
    const { f, D } = this;
    const c = Math.cos(l.theta), s = Math.sin(l.theta);
    const out = new Float32Array(2 * D + 2);
    for (let k = 0; k <= 2 * D; k++) {
      const t = k - D;
      const x0 = l.rho * c - t * s, y0 = l.rho * s + t * c;
      let hit = 0;
      for (const o of [0, -1, 1, -1.5, 1.5]) {
        const xi = Math.round(x0 + c * o), yi = Math.round(y0 + s * o);
        if (xi < 0 || yi < 0 || xi >= f.width || yi >= f.height) continue;
        const i = yi * f.width + xi;
        if (f.mag[i]! >= threshold && angleDiff(f.theta[i]!, l.theta) < 0.21) { hit = 1; break; }
      }
      out[k + 1] = out[k]! + hit;
    }
    return out;
  }

  /** Share of line `i` between points p and q backed by edges. */
  segment(i: number, p: Point, q: Point): number {
    const l = this.lines[i]!;
    if (l.frame) return FRAME_SUPPORT;
    const s = Math.sin(l.theta), c = Math.cos(l.theta);
    const tp = -p[0] * s + p[1] * c, tq = -q[0] * s + q[1] * c;
    const a = Math.max(0, Math.min(2 * this.D, Math.round(Math.min(tp, tq)) + this.D));
    const b = Math.max(0, Math.min(2 * this.D, Math.round(Math.max(tp, tq)) + this.D));
    const len = Math.abs(tq - tp);
    if (len < 2) return 0;
    return (this.prefix[i]![b + 1]! - this.prefix[i]![a]!) / len;
  }
}

export function aspectFit(ratio: number): number {
  const r = ratio >= 1 ? ratio : 1 / ratio;
  let best = 0;
  for (const a of ASPECTS) best = Math.max(best, Math.exp(-(Math.log(r / a) ** 2) / (2 * 0.09 ** 2)));
  return best;
}

/** Signed distance of the picture's centre from the line, along the normal of orientation in [0, π/2) ∪ folded. */
function centreOffset(l: Line, W: number, H: number): number {
  const d = (W / 2) * Math.cos(l.theta) + (H / 2) * Math.sin(l.theta) - l.rho;
  // Normals near π and near 0 point opposite ways: fold so that near-parallel lines compare alike.
  return l.theta > Math.PI * 0.75 ? -d : d;
}

const len = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/** Every plausible quad, best first. */
export function quadCandidates(f: EdgeField, support: LineSupport, minArea = 0.03): QuadCandidate[] {
  const lines = support.lines;
  const W = f.width, H = f.height, margin = Math.max(2, 0.02 * Math.max(W, H));
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) for (let j = i + 1; j < lines.length; j++) {
    const li = lines[i]!, lj = lines[j]!;
    if (angleDiff(li.theta, lj.theta) >= 0.3 || (li.frame && li.frame === lj.frame)) continue;
    // Opposite sides lie apart: a tenth of the short side at the picture's centre at least.
    if (Math.abs(centreOffset(li, W, H) - centreOffset(lj, W, H)) < 0.1 * Math.min(W, H)) continue;
    pairs.push([i, j]);
  }
  const out: QuadCandidate[] = [];
  for (let p = 0; p < pairs.length; p++) for (let q = p + 1; q < pairs.length; q++) {
    const [a1, a2] = pairs[p]!, [b1, b2] = pairs[q]!;
    if (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2) continue;
    if (angleDiff(lines[a1]!.theta, lines[b1]!.theta) < 1.0) continue;
    const cyc: Array<[number, number]> = [[a1, b1], [b1, a2], [a2, b2], [b2, a1]];
    const corners: Point[] = [];
    let ok = true;
    for (const [u, v] of cyc) {
      const c = intersect(lines[u]!, lines[v]!);
      if (!c || c[0] < -margin || c[1] < -margin || c[0] > W - 1 + margin || c[1] > H - 1 + margin) { ok = false; break; }
      corners.push(c);
    }
    if (!ok) continue;
    // Side k runs from corner k to corner k+1 on the line shared by both.
    const sideLines = [b1, a2, b2, a1];
    const cand = orderAndScore(corners, sideLines, lines, support, W, H, minArea);
    if (cand) out.push(cand);
  }
  out.sort((x, y) => y.score - x.score);
  return out;
}

function orderAndScore(corners: Point[], sideLines: number[], lines: Line[], support: LineSupport, W: number, H: number, minArea: number): QuadCandidate | null {
  // Signed area (shoelace); convex when every turn has the same sign.
  let area = 0, pos = 0, neg = 0;
  for (let k = 0; k < 4; k++) {
    const p = corners[k]!, q = corners[(k + 1) % 4]!, r = corners[(k + 2) % 4]!;
    area += p[0] * q[1] - q[0] * p[1];
    const cross = (q[0] - p[0]) * (r[1] - q[1]) - (q[1] - p[1]) * (r[0] - q[0]);
    if (cross > 0) pos++; else if (cross < 0) neg++;
  }
  if (pos > 0 && neg > 0) return null;
  const areaFraction = Math.abs(area) / 2 / (W * H);
  if (areaFraction < minArea) return null;
  // Clockwise on screen (y down) means positive shoelace area; reverse otherwise (side k then runs k+1 → k).
  let cs = corners.slice(), ls = sideLines.slice();
  if (area < 0) { cs = [cs[0]!, cs[3]!, cs[2]!, cs[1]!]; ls = [ls[3]!, ls[2]!, ls[1]!, ls[0]!]; }
  // The top side is the one running most nearly left to right.
  let start = 0, best = -Infinity;
  for (let k = 0; k < 4; k++) {
    const p = cs[k]!, q = cs[(k + 1) % 4]!;
    const score = (q[0] - p[0]) / (len(p, q) || 1);
    if (score > best) { best = score; start = k; }
  }
  const quad = [0, 1, 2, 3].map((k) => cs[(start + k) % 4]!) as Quad;
  const sl = [0, 1, 2, 3].map((k) => ls[(start + k) % 4]!);
  const sup = sl.map((li, k) => support.segment(li, quad[k]!, quad[(k + 1) % 4]!)) as [number, number, number, number];
  const lens = [0, 1, 2, 3].map((k) => len(quad[k]!, quad[(k + 1) % 4]!));
  const total = lens.reduce((a, b) => a + b, 0);
  const mean = sup.reduce((a, s, k) => a + s * lens[k]!, 0) / total;
  const w = (lens[0]! + lens[2]!) / 2, h = (lens[1]! + lens[3]!) / 2;
  const aspect = w / Math.max(1e-6, h);
  const anyFrame = sl.some((li) => lines[li]!.frame);
  const fit = aspectFit(aspect);
  // With a side on the picture's edge the proportions are not the document's, but a cut document is no sliver.
  const shape = anyFrame ? (Math.max(aspect, 1 / aspect) > 2.3 ? 0.4 : 0.8) : 0.55 + 0.45 * fit;
  const score = mean * shape * (0.7 + 0.3 * Math.sqrt(areaFraction));
  return { quad, lines: sl.map((li) => lines[li]!) as QuadCandidate['lines'], support: sup, areaFraction, aspect, aspectFit: fit, score };
}
