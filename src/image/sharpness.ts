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
  const half = TAPS >> 1;
  const m = half + 1;
  const x0 = box.x0 + m, x1 = box.x1 - m, y0 = box.y0 + m, y1 = box.y1 - m;
  if (x1 <= x0 || y1 <= y0) return 0;
  let sF = 0, sV = 0;
  const blurAt = (x: number, y: number) => {
    let s = 0;
    for (let k = -half; k <= half; k++) s += lum[(y + k * dy) * w + (x + k * dx)]!;
    return s / TAPS;
  };
  const step = (x1 - x0) * (y1 - y0) > 600_000 ? 2 : 1;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const i = y * w + x;
      const j = (y - dy) * w + (x - dx);
      const dF = Math.abs(lum[i]! - lum[j]!);
      const dB = Math.abs(blurAt(x, y) - blurAt(x - dx, y - dy));
      sF += dF;
      sV += Math.max(0, dF - dB);
    }
  }
  return sF > 0 ? (sF - sV) / sF : 1;
}
