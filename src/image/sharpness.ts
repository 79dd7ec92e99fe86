/**
 * Blur by re-blurring (Crété-Roffet et al., 2007, "The blur effect"): blur the image again with a 9-tap box filter
 * and see how much of its local variation disappears. A sharp image loses a lot, an already blurred one little.
 * Unlike Laplacian variance it is normalised by the image's own variation, so a sparse certificate and a busy ID card
 * compare on one scale (0 sharp … 1 fully blurred). Measured in four directions: defocus blurs all of them, motion blur
 * only the direction of movement.
 */
import type { Box } from './types.js';

export interface SharpnessMetrics {
  /** Re-blur score per direction: 0°, 45°, 90°, 135°. */
  directional: [number, number, number, number];
  /** Mean of the directional scores: defocus blur (0-1, higher is blurrier). */
  blur: number;
  /** Spread between the most and least blurred direction: motion blur (0-1). */
  motion: number;
  /** Direction (degrees) of the strongest blur. */
  motionAngle: number;
}

const DIRS: Array<[number, number]> = [[1, 0], [1, 1], [0, 1], [-1, 1]];
const TAPS = 9;

export function measureSharpness(lum: Float32Array, width: number, box: Box): SharpnessMetrics {
  const scores = DIRS.map(([dx, dy]) => reblur(lum, width, box, dx, dy)) as [number, number, number, number];
  const max = Math.max(...scores);
  const min = Math.min(...scores);
  const blur = scores.reduce((a, b) => a + b, 0) / 4;
  return { directional: scores, blur, motion: max - min, motionAngle: [0, 45, 90, 135][scores.indexOf(max)]! };
}

function reblur(lum: Float32Array, w: number, box: Box, dx: number, dy: number): number {
  const { x0, y0, x1, y1 } = box;
  if (x1 - x0 < TAPS * 2 || y1 - y0 < TAPS * 2) return 0;
  const acc = { sF: 0, sV: 0 };
  const line = new Float32Array(Math.max(x1 - x0, y1 - y0));
  // Walk every line of pixels along the direction; a running 9-tap sum gives the re-blurred line in O(1) per pixel.
  const walk = (sx: number, sy: number) => {
    let n = 0;
    for (let x = sx, y = sy; x >= x0 && x < x1 && y < y1; x += dx, y += dy) line[n++] = lum[y * w + x]!;
    accumulate(line, n, acc);
  };
  if (dy === 0) for (let y = y0; y < y1; y++) walk(x0, y);
  else if (dx === 0) for (let x = x0; x < x1; x++) walk(x, y0);
  else if (dx === 1) {
    for (let y = y0; y < y1; y++) walk(x0, y);
    for (let x = x0 + 1; x < x1; x++) walk(x, y0);
  } else {
    for (let y = y0; y < y1; y++) walk(x1 - 1, y);
    for (let x = x0; x < x1 - 1; x++) walk(x, y0);
  }
  return acc.sF > 0 ? (acc.sF - acc.sV) / acc.sF : 1;
}

function accumulate(v: Float32Array, n: number, acc: { sF: number; sV: number }): void {
  const half = TAPS >> 1;
  if (n < TAPS + 2) return;
  let sum = 0;
  for (let k = 0; k < TAPS; k++) sum += v[k]!;
  let prevBlur = sum / TAPS; // blurred value centred at index half
  let sF = 0, sV = 0;
  for (let t = half + 1; t + half < n; t++) {
    sum += v[t + half]! - v[t - half - 1]!;
    const b = sum / TAPS;
    const dF = Math.abs(v[t]! - v[t - 1]!);
    const dB = Math.abs(b - prevBlur);
    sF += dF;
    if (dF > dB) sV += dF - dB;
    prevBlur = b;
  }
  acc.sF += sF;
  acc.sV += sV;
}
