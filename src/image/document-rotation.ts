/**
 * How the content of a rectified document is turned. Text lines run along the rows of an upright document, so ink
 * per row alternates sharply and ink per column much less: the other way round, the content is turned 90°. Upside
 * down is told only on an identity-card front (card proportions), from two layout cues that must agree: the long
 * number line is the bottom text line, and the portrait (a dense block of ink) is on the right.
 */
import type { RgbaImage, Rotation } from './types.js';

export interface RotationGuess {
  rotation: Rotation;
  /** 0-1; 0 when nothing can be said. */
  confidence: number;
}

/** Ink mask of an image: pixels clearly darker (or more coloured) than the paper (its 70th percentile of luma). */
function inkMask(img: RgbaImage): Uint8Array {
  const n = img.width * img.height;
  const luma = new Float32Array(n);
  const hist = new Uint32Array(256);
  for (let i = 0; i < n; i++) {
    const p = i * 4;
    const v = 0.299 * img.data[p]! + 0.587 * img.data[p + 1]! + 0.114 * img.data[p + 2]!;
    luma[i] = v; hist[v | 0]! += 1;
  }
  let acc = 0, paper = 255;
  for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc >= n * 0.7) { paper = v; break; } }
  const ink = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (luma[i]! < paper - 45) ink[i] = 1;
  return ink;
}

function cv(xs: number[]): number {
  const m = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  if (m <= 0) return 0;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length) / m;
}

/** Ink per row and per column inside a 6% margin, 3-line smoothed. */
function profiles(ink: Uint8Array, w: number, h: number) {
  const mx = Math.floor(w * 0.06), my = Math.floor(h * 0.06);
  const rows: number[] = [], cols: number[] = new Array(w - 2 * mx).fill(0);
  for (let y = my; y < h - my; y++) {
    let r = 0;
    for (let x = mx; x < w - mx; x++) if (ink[y * w + x]) { r++; cols[x - mx]! += 1; }
    rows.push(r);
  }
  const smooth = (xs: number[]) => xs.map((_, i) => (xs[Math.max(0, i - 1)]! + xs[i]! + xs[Math.min(xs.length - 1, i + 1)]!) / 3);
  return { rows: smooth(rows), cols: smooth(cols) };
}

/** Transposed (turned 90° clockwise) ink mask. */
function turn(ink: Uint8Array, w: number, h: number): Uint8Array {
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[x * h + (h - 1 - y)] = ink[y * w + x]!;
  return out;
}

/**
 * Evidence that an upright-text card (w × h, landscape) is upside down (positive) or upright (negative), -1..1: the
 * longest text line at the bottom and the dense portrait block at the right mean upright.
 */
function upsideDownEvidence(ink: Uint8Array, w: number, h: number): number {
  // Text lines: bands of rows with ink over 2% of the width.
  const bands: Array<{ y0: number; y1: number; extent: number }> = [];
  let start = -1;
  for (let y = 0; y <= h; y++) {
    let r = 0;
    if (y < h) for (let x = Math.floor(w * 0.04); x < w * 0.96; x++) r += ink[y * w + x]!;
    const on = y < h && r > w * 0.02;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      if (y - start >= 2) {
        let x0 = w, x1 = 0;
        for (let yy = start; yy < y; yy++) for (let x = Math.floor(w * 0.04); x < w * 0.96; x++) if (ink[yy * w + x]) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); }
        bands.push({ y0: start, y1: y, extent: (x1 - x0) / w });
      }
      start = -1;
    }
  }
  if (bands.length < 2) return 0;
  const top = bands[0]!, bottom = bands[bands.length - 1]!;
  let lineCue = 0;
  if (bottom.y0 > h * 0.6 && bottom.extent > 0.5 && bottom.extent > top.extent * 1.5) lineCue = -1;
  else if (top.y1 < h * 0.4 && top.extent > 0.5 && top.extent > bottom.extent * 1.5) lineCue = 1;
  // Portrait: columns whose middle rows are mostly ink.
  let left = 0, right = 0;
  for (let x = 0; x < w; x++) {
    let c = 0;
    for (let y = Math.floor(h * 0.25); y < h * 0.75; y++) c += ink[y * w + x]!;
    if (c > h * 0.5 * 0.5) { if (x < w / 2) left++; else right++; }
  }
  let portraitCue = 0;
  if (right > w * 0.08 && right > 3 * left) portraitCue = -1;
  else if (left > w * 0.08 && left > 3 * right) portraitCue = 1;
  return lineCue === portraitCue ? lineCue : 0;
}

export function contentRotation(doc: RgbaImage, cardShaped: boolean): RotationGuess {
  const { width: w, height: h } = doc;
  if (w < 40 || h < 40) return { rotation: 0, confidence: 0 };
  const ink = inkMask(doc);
  const p = profiles(ink, w, h);
  const rowCv = cv(p.rows), colCv = cv(p.cols);
  const vertical = colCv > rowCv * 1.6 && colCv > 0.9;
  const horizontal = rowCv > colCv * 1.15;
  if (!vertical && !horizontal) return { rotation: 0, confidence: 0 };
  if (horizontal) {
    if (!cardShaped || w < h) return { rotation: 0, confidence: 0.6 };
    const e = upsideDownEvidence(ink, w, h);
    return e > 0 ? { rotation: 180, confidence: 0.8 } : { rotation: 0, confidence: e < 0 ? 0.9 : 0.6 };
  }
  // Text runs down the picture: turned 90° one way or the other; the card cues, if any, say which.
  const turned = turn(ink, w, h);
  const e = cardShaped && h > w ? upsideDownEvidence(turned, h, w) : 0;
  // Turning the stored pixels 90° clockwise gives `turned`; upright there means the content was stored at 270.
  if (e < 0) return { rotation: 270, confidence: 0.85 };
  if (e > 0) return { rotation: 90, confidence: 0.85 };
  // Text lines running down the picture are evidence enough that it lies on its side; which way is a guess.
  return { rotation: 90, confidence: 0.8 };
}
