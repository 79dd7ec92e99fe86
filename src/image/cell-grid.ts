/**
 * The document cut into square cells, each described by its mean colour, its texture and the width of its edges.
 * Shared by the obstruction and detail metrics. Edge width is contrast over the steepest gradient: a sharp stroke edge
 * rises in one or two pixels, a blurred one over many, whatever the stroke's contrast.
 */
import { quantile } from './luminance.js';
import { boxLuma, type Plane } from './pixel-masks.js';
import type { Box, RgbaImage } from './types.js';

export interface Cell {
  /** Cell column and row in the grid. */
  cx: number;
  cy: number;
  r: number;
  g: number;
  b: number;
  /** Standard deviation of luma (texture). */
  std: number;
  /** Luma range between the 3rd and 97th percentile (print contrast). */
  contrast: number;
  /** Edge width in pixels (contrast / 97th percentile gradient); 0 when the cell has no print on paper. */
  edgeWidth: number;
  /** Share of its pixels as light as the paper (within 30 of its luma): 0 for the desk past the document's edge. */
  paperShare: number;
}

export interface CellGrid {
  cols: number;
  rows: number;
  size: number;
  cells: Cell[];
  luma: Plane;
}

/**
 * Cells of about `1/perSide` of the document's shorter side (at least 8 px). `paperLuma` is the paper's brightness:
 * a cell counts as print only where paper shows in it.
 */
export function cellGrid(img: RgbaImage, box: Box, paperLuma: number, perSide = 20): CellGrid {
  const luma = boxLuma(img, box);
  const { w, h, v } = luma;
  const size = Math.max(8, Math.round(Math.min(w, h) / perSide));
  const cols = Math.floor(w / size), rows = Math.floor(h / size);
  const cells: Cell[] = [];
  // Percentiles by 256-bin histograms (luma and gradients are 0-255), not by sorting every cell.
  const vh = new Uint32Array(256), gh = new Uint32Array(256);
  const d = img.data;
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      let r = 0, g = 0, b = 0, s = 0, ss = 0, n = 0;
      vh.fill(0); gh.fill(0);
      for (let y = cy * size; y < (cy + 1) * size; y++) {
        for (let x = cx * size, p = ((box.y0 + y) * img.width + box.x0 + x) * 4, i = y * w + x; x < (cx + 1) * size; x++, p += 4, i++) {
          r += d[p]!; g += d[p + 1]!; b += d[p + 2]!;
          const l = v[i]!;
          s += l; ss += l * l;
          vh[l | 0]! += 1;
          const gx = x + 1 < w ? Math.abs(v[i + 1]! - l) : 0;
          const gy = y + 1 < h ? Math.abs(v[i + w]! - l) : 0;
          gh[(gx > gy ? gx : gy) | 0]! += 1;
          n++;
        }
      }
      const mean = s / n;
      const contrast = quantile(vh, n, 0.97) - quantile(vh, n, 0.03);
      let paperLike = 0;
      for (let l = Math.max(0, Math.floor(paperLuma - 30)); l < 256; l++) paperLike += vh[l]!;
      const paperShare = paperLike / n;
      // The bin's upper edge: a gradient of 0.4 is not "no gradient".
      const g97 = quantile(gh, n, 0.97) + 1;
      cells.push({
        cx, cy, r: r / n, g: g / n, b: b / n,
        std: Math.sqrt(Math.max(0, ss / n - mean * mean)),
        contrast,
        edgeWidth: contrast >= 40 && paperShare >= 0.3 ? contrast / g97 : 0,
        paperShare,
      });
    }
  }
  return { cols, rows, size, cells, luma };
}

/** 4-connected groups of the cells that pass `test`, as lists of cell indices. */
export function cellGroups(grid: CellGrid, test: (c: Cell) => boolean): number[][] {
  const { cols, rows, cells } = grid;
  const seen = new Uint8Array(cells.length);
  const groups: number[][] = [];
  for (let start = 0; start < cells.length; start++) {
    if (seen[start] || !test(cells[start]!)) continue;
    const group: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      group.push(i);
      const x = i % cols, y = (i - x) / cols;
      for (const [nx, ny] of [[x - 1, y], [x + 1, y], [x, y - 1], [x, y + 1]] as const) {
        if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
        const j = ny * cols + nx;
        if (!seen[j] && test(cells[j]!)) { seen[j] = 1; stack.push(j); }
      }
    }
    groups.push(group);
  }
  return groups;
}
