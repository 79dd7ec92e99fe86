/**
 * Whether the picture's edge cuts the document, on positive evidence only. A side of the document lying on the
 * picture's edge is cut when the document's content (text, texture, its printed border) runs into that edge; it is
 * whole when the card's rounded corners show background at its ends or when only blank margin reaches the edge.
 */
import type { EdgeField } from './document-edges.js';
import { angleDiff, intersect } from './document-lines.js';
import type { LineSupport, QuadCandidate } from './document-quad.js';
import type { Point, RgbaImage, Side } from './types.js';

export interface EdgeEvidence {
  /**
   * Picture sides the document lies on (its side is the picture's edge, or within a hair of it), with the quad side
   * k (corner k to k+1) lying there and the share of the edge strip holding content that crosses into the edge.
   */
  onEdge: Array<{ side: Side; k: number; content: number }>;
  /** Per quad corner (tl, tr, br, bl): whether a rounded card corner shows background there. */
  rounded: [boolean, boolean, boolean, boolean];
}

const SIDE_NORMAL: Record<Side, number> = { top: Math.PI / 2, bottom: Math.PI / 2, left: 0, right: 0 };

/** Which picture side a segment lies on, if any (both ends within `band` working px of it). */
function sideOnEdge(p: Point, q: Point, w: number, h: number, band: number): Side | undefined {
  if (p[1] <= band && q[1] <= band) return 'top';
  if (p[1] >= h - 1 - band && q[1] >= h - 1 - band) return 'bottom';
  if (p[0] <= band && q[0] <= band) return 'left';
  if (p[0] >= w - 1 - band && q[0] >= w - 1 - band) return 'right';
  return undefined;
}

export function edgeEvidence(img: RgbaImage, f: EdgeField, contentThreshold: number, c: QuadCandidate): EdgeEvidence {
  const { width: w, height: h } = f;
  const band = Math.max(1.5, 0.012 * Math.min(w, h));
  const onEdge: EdgeEvidence['onEdge'] = [];
  for (let k = 0; k < 4; k++) {
    const p = c.quad[k]!, q = c.quad[(k + 1) % 4]!;
    const side = c.lines[k]!.frame ?? sideOnEdge(p, q, w, h, band);
    if (!side || onEdge.some((e) => e.side === side)) continue;
    onEdge.push({ side, k, content: stripContent(f, contentThreshold, side, p, q) });
  }
  return { onEdge, rounded: c.quad.map((_, k) => roundedCorner(img, f.scale, c, k)) as EdgeEvidence['rounded'] };
}

/**
 * Share of the strip along picture side `side` (between the document's corners p and q, ends trimmed) holding edges
 * that are not parallel to that side: strokes and lines that run into the picture's edge.
 */
function stripContent(f: EdgeField, threshold: number, side: Side, p: Point, q: Point): number {
  const { width: w, height: h } = f;
  const depth = Math.max(2, Math.round(0.015 * Math.min(w, h)));
  const horizontal = side === 'top' || side === 'bottom';
  const a = horizontal ? Math.min(p[0], q[0]) : Math.min(p[1], q[1]);
  const b = horizontal ? Math.max(p[0], q[0]) : Math.max(p[1], q[1]);
  const trim = (b - a) * 0.06;
  const lo = Math.max(1, Math.ceil(a + trim)), hi = Math.min((horizontal ? w : h) - 1, Math.floor(b - trim));
  const normal = SIDE_NORMAL[side];
  let hit = 0, n = 0;
  for (let d = 1; d <= depth; d++) {
    for (let t = lo; t < hi; t++) {
      const x = horizontal ? t : side === 'left' ? d : w - 1 - d;
      const y = horizontal ? (side === 'top' ? d : h - 1 - d) : t;
      const i = y * w + x;
      n++;
      if (f.mag[i]! >= threshold && angleDiff(f.theta[i]!, normal) > 0.35) hit++;
    }
  }
  return n > 0 ? hit / n : 0;
}

/**
 * Whether quad corner k shows a rounded card corner: along the inward diagonal, the pixels within 0.3 corner radii
 * of the corner differ in colour from the card just inside it, and match the background just outside the card where
 * an adjacent side shows it. Read on the thumbnail (working px are too coarse).
 */
function roundedCorner(img: RgbaImage, scale: number, c: QuadCandidate, k: number): boolean {
  const quad = c.quad;
  const C = quad[k]!, A = quad[(k + 1) % 4]!, B = quad[(k + 3) % 4]!;
  const la = Math.hypot(A[0] - C[0], A[1] - C[1]), lb = Math.hypot(B[0] - C[0], B[1] - C[1]);
  if (la < 4 || lb < 4) return false;
  const ax = (A[0] - C[0]) / la, ay = (A[1] - C[1]) / la, bx = (B[0] - C[0]) / lb, by = (B[1] - C[1]) / lb;
  const ul = Math.hypot(ax + bx, ay + by) || 1;
  // Corner radius of a card: about 5% of its short side (ISO/IEC 7810 ID-1: 3.18 mm of 54 mm), in thumbnail px.
  const r = (0.05 * Math.min(la, lb)) / scale;
  if (r < 3) return false;
  const cx = C[0] / scale, cy = C[1] / scale, dx = (ax + bx) / ul, dy = (ay + by) / ul;
  const at = (x: number, y: number): number[] | null => {
    const xi = Math.round(x), yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= img.width || yi >= img.height) return null;
    const o = (yi * img.width + xi) * 4;
    return [img.data[o]!, img.data[o + 1]!, img.data[o + 2]!];
  };
  const mean = (pts: Array<number[] | null>) => {
    const ok = pts.filter((p): p is number[] => p !== null);
    return ok.length === 0 ? null : [0, 1, 2].map((i) => ok.reduce((a, p) => a + p[i]!, 0) / ok.length);
  };
  const diag = (t0: number, t1: number) => {
    const pts: Array<number[] | null> = [];
    for (let t = t0; t <= t1; t += 0.5) pts.push(at(cx + dx * t, cy + dy * t));
    return mean(pts);
  };
  const corner = diag(0.5, 0.3 * r), paper = diag(0.9 * r, 1.4 * r);
  if (!corner || !paper) return false;
  const dist = (p: number[], q: number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
  if (dist(corner, paper) <= 28) return false;
  // Background beside the corner, outside each adjacent side that is a real edge (not the picture's own side).
  const outside: Array<number[] | null> = [];
  const sides: Array<[number, number, number]> = [[(k + 3) % 4, -bx, -by], [k, -ax, -ay]];
  for (const [side, ex, ey] of sides) {
    if (c.lines[side]!.frame) continue;
    // Outward normal of side `side` (corners clockwise on screen): (dy, -dx) of its direction.
    const p = quad[side]!, q = quad[(side + 1) % 4]!, l = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
    const nx = (q[1] - p[1]) / l, ny = -(q[0] - p[0]) / l;
    for (const t of [1.5, 2, 2.5]) outside.push(at(cx - ex * t * r + nx * 0.6 * r, cy - ey * t * r + ny * 0.6 * r));
  }
  const bg = mean(outside);
  return !bg || dist(corner, bg) < 30;
}

/**
 * Picture sides along which a document edge or printed border frame shows: a line parallel to the side, within
 * `BORDER_BAND` of it, backed along most of its length. A scan that keeps the document's border shows one on every
 * side (the card's edge against the scanner's lid, a licence's printed frame); one cropped inside the border on none.
 */
export function borderedSides(f: EdgeField, support: LineSupport): Side[] {
  const { width: w, height: h } = f;
  const frame = support.lines.filter((l) => l.frame);
  const out: Side[] = [];
  for (const side of ['top', 'right', 'bottom', 'left'] as Side[]) {
    const edge = frame.find((l) => l.frame === side)!;
    const across = side === 'top' || side === 'bottom' ? h : w;
    const ends = frame.filter((l) => angleDiff(l.theta, edge.theta) > 1);
    const shows = support.lines.some((l, i) => {
      if (l.frame || angleDiff(l.theta, edge.theta) > 0.06) return false;
      const p = intersect(l, ends[0]!), q = intersect(l, ends[1]!);
      if (!p || !q) return false;
      const mid: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      const depth = side === 'top' ? mid[1] : side === 'bottom' ? h - 1 - mid[1] : side === 'left' ? mid[0] : w - 1 - mid[0];
      return depth >= -1 && depth <= BORDER_BAND * across && support.segment(i, p, q) >= 0.5;
    });
    if (shows) out.push(side);
  }
  return out;
}

/** How far in from a picture side a scan's document edge or printed frame lies, as a share of the picture. */
const BORDER_BAND = 0.08;
