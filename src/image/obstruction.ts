/**
 * Something over the document, measured per cell (cell-grid.ts):
 * - covered: an opaque foreign patch — a finger, a sticky note, a card laid over it. Its cells are flat (no print, no
 *   paper grain) and unlike both the paper and the desk. A patch that reaches the document's edge came from outside
 *   (a finger holding the card) or lies inside; it counts when it is skin at the edge or strongly coloured (a note),
 *   since a document has flat pale areas and a portrait of its own, and a desk or shadow can show past its edge.
 * - smeared: a patch of printed cells whose edges are much wider than the rest of the document's: smudged or locally
 *   blurred, while the rest is sharp.
 */
import { cellGrid, cellGroups, type Cell, type CellGrid } from './cell-grid.js';
import { hueSat } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface ObstructionMetrics {
  /** Largest foreign patch: share of the document's cells (0-1), and whether it reaches the document's edge. */
  coveredArea: number;
  coveredAtEdge: boolean;
  coveredSkin: boolean;
  /** Largest smeared patch, in cells, and its edge width over the document's median. */
  smearedCells: number;
  smearRatio: number;
  /** Median edge width of the printed cells (px). */
  medianEdgeWidth: number;
  printedCells: number;
}

export interface ObstructionThresholds {
  /** A cell is flat under this luma standard deviation. */
  flatStd: number;
  /** Colour distance from paper (and desk) that makes a flat cell foreign. */
  foreignDistance: number;
  /** An inside patch must be at least this saturated (HSV) to count. */
  insideSaturation: number;
  /** A printed cell is smeared when its edge width exceeds the median by this factor. */
  smearFactor: number;
}

/**
 * `desk` is the colour around the document when it lies on one: cells of that colour are the desk showing past the
 * document's edge, not something over it.
 */
export function measureObstruction(img: RgbaImage, box: Box, paper: readonly [number, number, number], desk: readonly [number, number, number] | undefined, t: ObstructionThresholds, grid = cellGrid(img, box, 0.299 * paper[0] + 0.587 * paper[1] + 0.114 * paper[2])): ObstructionMetrics {
  const dist = (c: Cell, q: readonly number[]) => Math.hypot(c.r - q[0]!, c.g - q[1]!, c.b - q[2]!);
  const foreign = (c: Cell) => c.std < t.flatStd && dist(c, paper) >= t.foreignDistance && (!desk || dist(c, desk) >= t.foreignDistance * 0.75);
  const total = Math.max(1, grid.cells.length);
  let coveredArea = 0, coveredAtEdge = false, coveredSkin = false;
  for (const group of cellGroups(grid, foreign)) {
    const b = cellBounds(grid, group);
    const sides = sidesReached(grid, b);
    const atEdge = sides.length > 0;
    // A band along a whole side is the document's own design (a card's coloured header), not something laid on it.
    if (sides.some((side) => alongSide(grid, b, side) >= 0.85)) continue;
    const m = meanColour(grid, group);
    const { sat } = hueSat(m[0], m[1], m[2]);
    const isSkinPatch = isSkin(m[0], m[1], m[2]);
    // Something near black reaching in from one side (a phone, a wallet): the desk or a shadow showing past a loose
    // document edge runs along that side or fills a corner, and a document's own dark areas (a portrait) lie inside.
    const darkTongue = sides.length === 1 && alongSide(grid, b, sides[0]!) <= 0.5 && 0.299 * m[0] + 0.587 * m[1] + 0.114 * m[2] <= DARK_LUMA;
    // A finger reaches in from the document's edge: skin inside it is the holder's portrait. A note or card laid on
    // it is strongly coloured: a document's own flat areas are pale, and a flat patch of another colour at its edge is
    // as often the desk or a shadow showing past it.
    if (!(isSkinPatch && atEdge) && !darkTongue && sat < t.insideSaturation) continue;
    const area = group.length / total;
    if (area > coveredArea) { coveredArea = area; coveredAtEdge = atEdge; coveredSkin = isSkinPatch; }
  }
  const printed = grid.cells.filter((c) => c.edgeWidth > 0);
  const widths = printed.map((c) => c.edgeWidth).sort((a, b) => a - b);
  const medianEdgeWidth = widths.length ? widths[widths.length >> 1]! : 0;
  let smearedCells = 0, smearRatio = 0;
  if (printed.length >= 12 && medianEdgeWidth > 0) {
    const limit = medianEdgeWidth * t.smearFactor;
    for (const group of cellGroups(grid, (c) => c.edgeWidth > limit)) {
      if (group.length <= smearedCells || !patchShaped(grid, group)) continue;
      smearedCells = group.length;
      smearRatio = group.reduce((s, i) => s + grid.cells[i]!.edgeWidth, 0) / group.length / medianEdgeWidth;
    }
  }
  return { coveredArea, coveredAtEdge, coveredSkin, smearedCells, smearRatio, medianEdgeWidth, printedCells: printed.length };
}

/**
 * A patch, not a line: at least two cells each way and filling half its box. The document's own edge (the card's
 * rim against a shadow, a soft border) makes runs one cell wide.
 */
function patchShaped(grid: CellGrid, group: number[]): boolean {
  const { x0, x1, y0, y1 } = cellBounds(grid, group);
  const bw = x1 - x0 + 1, bh = y1 - y0 + 1;
  return bw >= 2 && bh >= 2 && group.length >= bw * bh * 0.5;
}

/** Luma at or under which a flat foreign patch is near black. */
const DARK_LUMA = 80;

type Side = 'left' | 'right' | 'top' | 'bottom';

/** First and last column and row of a group of cells. */
function cellBounds(grid: CellGrid, group: number[]): { x0: number; x1: number; y0: number; y1: number } {
  let x0 = Infinity, x1 = -1, y0 = Infinity, y1 = -1;
  for (const i of group) {
    const c = grid.cells[i]!;
    x0 = Math.min(x0, c.cx); x1 = Math.max(x1, c.cx); y0 = Math.min(y0, c.cy); y1 = Math.max(y1, c.cy);
  }
  return { x0, x1, y0, y1 };
}

/** The document's sides that a group's bounds reach. */
function sidesReached(grid: CellGrid, b: ReturnType<typeof cellBounds>): Side[] {
  const out: Side[] = [];
  if (b.x0 === 0) out.push('left');
  if (b.x1 === grid.cols - 1) out.push('right');
  if (b.y0 === 0) out.push('top');
  if (b.y1 === grid.rows - 1) out.push('bottom');
  return out;
}

/** Share of a side's length that a group's bounds run along. */
function alongSide(grid: CellGrid, b: ReturnType<typeof cellBounds>, side: Side): number {
  return side === 'left' || side === 'right' ? (b.y1 - b.y0 + 1) / grid.rows : (b.x1 - b.x0 + 1) / grid.cols;
}

function meanColour(grid: CellGrid, group: number[]): [number, number, number] {
  let r = 0, g = 0, b = 0;
  for (const i of group) { const c = grid.cells[i]!; r += c.r; g += c.g; b += c.b; }
  return [r / group.length, g / group.length, b / group.length];
}

/** Skin tones under daylight and indoor light (Kovač et al., 2003). */
export function isSkin(r: number, g: number, b: number): boolean {
  const max = Math.max(r, g, b), min = Math.min(r, g, b);
  return r > 95 && g > 40 && b > 20 && max - min > 15 && Math.abs(r - g) > 15 && r > g && r > b;
}
