/**
 * Where the document is in the picture, and whether it touches the picture's edges. A photo of a card on a desk has a
 * paper-coloured region (measured at the centre) surrounded by desk (measured along each edge). Metrics are measured on
 * the document, not the desk; a document that reaches one to three edges has been cut off.
 */
import type { Box, RgbaImage, Side } from './types.js';

export interface DocumentRegion {
  box: Box;
  /** Whether paper and desk differ enough to tell them apart; if not, the whole picture is taken as the document. */
  separated: boolean;
  /** Sides whose edge strip is covered by paper (fraction over `touchFraction`). */
  touches: Side[];
  /** Per side: fraction of the edge strip that looks like paper (0-1). */
  edgeCoverage: Record<Side, number>;
  /** Paper colour (median RGB at the centre). */
  paper: [number, number, number];
}

const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

export function findDocumentRegion(img: RgbaImage, touchFraction = 0.2): DocumentRegion {
  const { width: w, height: h, data } = img;
  const full: Box = { x0: 0, y0: 0, x1: w, y1: h };
  const strip = Math.max(2, Math.round(Math.min(w, h) * 0.015));
  const paper = medianRgb(img, { x0: Math.floor(w * 0.3), y0: Math.floor(h * 0.3), x1: Math.ceil(w * 0.7), y1: Math.ceil(h * 0.7) });
  const sideBoxes: Record<Side, Box> = {
    top: { x0: 0, y0: 0, x1: w, y1: strip },
    bottom: { x0: 0, y0: h - strip, x1: w, y1: h },
    left: { x0: 0, y0: 0, x1: strip, y1: h },
    right: { x0: w - strip, y0: 0, x1: w, y1: h },
  };
  // Desk colour: the edge whose median is farthest from the paper (at least one edge shows desk if any does).
  let desk = paper;
  let deskDist = 0;
  for (const s of SIDES) {
    const m = medianRgb(img, sideBoxes[s]);
    const d = dist(m, paper);
    if (d > deskDist) { deskDist = d; desk = m; }
  }
  const noCoverage: Record<Side, number> = { top: 1, right: 1, bottom: 1, left: 1 };
  if (deskDist < 24) return { box: full, separated: false, touches: [...SIDES], edgeCoverage: noCoverage, paper };
  const [pr, pg, pb] = paper;
  const [dr, dg, db] = desk;
  const near = Math.max(30, deskDist * 0.6) ** 2;
  // A pixel is paper when it is near the paper colour and nearer to it than to the desk (inlined in both loops below).
  const edgeCoverage = {} as Record<Side, number>;
  for (const s of SIDES) {
    const b = sideBoxes[s];
    let hit = 0;
    for (let y = b.y0; y < b.y1; y++) {
      for (let p = (y * w + b.x0) * 4, end = (y * w + b.x1) * 4; p < end; p += 4) {
        const r = data[p]!, g = data[p + 1]!, bl = data[p + 2]!;
        const dp = (r - pr) ** 2 + (g - pg) ** 2 + (bl - pb) ** 2;
        if (dp < near && dp < (r - dr) ** 2 + (g - dg) ** 2 + (bl - db) ** 2) hit++;
      }
    }
    const n = (b.x1 - b.x0) * (b.y1 - b.y0);
    edgeCoverage[s] = n > 0 ? hit / n : 0;
  }
  const touches = SIDES.filter((s) => edgeCoverage[s] >= touchFraction);
  // Bounding box by projections: rows/columns where a fair share of pixels is paper.
  const rowHits = new Uint32Array(h);
  const colHits = new Uint32Array(w);
  const step = w * h > 400_000 ? 2 : 1;
  for (let y = 0; y < h; y += step) {
    let hits = 0;
    for (let x = 0, p = y * w * 4, dp = step * 4; x < w; x += step, p += dp) {
      const r = data[p]!, g = data[p + 1]!, bl = data[p + 2]!;
      const d = (r - pr) ** 2 + (g - pg) ** 2 + (bl - pb) ** 2;
      if (d < near && d < (r - dr) ** 2 + (g - dg) ** 2 + (bl - db) ** 2) { hits++; colHits[x]! += 1; }
    }
    rowHits[y] = hits;
  }
  const rowMin = (w / step) * 0.25;
  const colMin = (h / step) * 0.25;
  let y0 = 0, y1 = h, x0 = 0, x1 = w;
  while (y0 < h && rowHits[y0]! < rowMin) y0 += 1;
  while (y1 > y0 && rowHits[y1 - 1]! < rowMin) y1 -= 1;
  while (x0 < w && colHits[x0]! < colMin) x0 += 1;
  while (x1 > x0 && colHits[x1 - 1]! < colMin) x1 -= 1;
  if (step === 2) { y1 = Math.min(h, y1 + 1); x1 = Math.min(w, x1 + 1); }
  const box = x1 - x0 < w * 0.2 || y1 - y0 < h * 0.2 ? full : { x0, y0, x1, y1 };
  return { box, separated: true, touches, edgeCoverage, paper };
}

function medianRgb(img: RgbaImage, b: Box): [number, number, number] {
  const hists = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let n = 0;
  const stepY = Math.max(1, Math.floor((b.y1 - b.y0) / 200));
  const stepX = Math.max(1, Math.floor((b.x1 - b.x0) / 200));
  for (let y = b.y0; y < b.y1; y += stepY) for (let x = b.x0; x < b.x1; x += stepX) {
    const p = (y * img.width + x) * 4;
    hists[0]![img.data[p]!]! += 1; hists[1]![img.data[p + 1]!]! += 1; hists[2]![img.data[p + 2]!]! += 1;
    n++;
  }
  const med = (hist: Uint32Array) => { let acc = 0; for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc * 2 >= n) return v; } return 255; };
  return [med(hists[0]!), med(hists[1]!), med(hists[2]!)];
}

function dist(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}
