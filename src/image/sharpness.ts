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

const TAPS = 9;
const HALF = TAPS >> 1;
const INV_TAPS = 1 / TAPS;
/** Directions as (dx, dy): 0°, 45°, 90°, 135°. */
const DIRS: ReadonlyArray<readonly [number, number]> = [[1, 0], [1, 1], [0, 1], [-1, 1]];

export function measureSharpness(lum: Float32Array, width: number, box: Box): SharpnessMetrics {
  const scores = reblur(lum, width, box);
  let max = scores[0], min = scores[0], arg = 0;
  for (let i = 1; i < 4; i++) {
    if (scores[i]! > max) { max = scores[i]!; arg = i; }
    if (scores[i]! < min) min = scores[i]!;
  }
  const blur = (scores[0] + scores[1] + scores[2] + scores[3]) / 4;
  return { directional: scores, blur, motion: max - min, motionAngle: arg * 45 };
}

/**
 * Along a line of pixels v (direction dx, dy), at position t: the variation of the image is |v[t] - v[t-1]|, that of the
 * re-blurred image |B[t] - B[t-1]| where B is the centred 9-tap mean, so B[t] - B[t-1] = (v[t+4] - v[t-5]) / 9. A pixel
 * counts in a direction when its whole window lies inside the box ((x - 5dx, y - 5dy) and (x + 4dx, y + 4dy) in it),
 * which is a rectangle of the box per direction. The four rectangles share a large core, measured in one row-major pass
 * for all four directions (one read of the centre pixel, cache-friendly whatever the direction, no per-line copy); the
 * thin bands each direction has beyond the core are added by a per-direction pass.
 */
function reblur(lum: Float32Array, w: number, box: Box): [number, number, number, number] {
  const { x0, y0, x1, y1 } = box;
  if (x1 - x0 < TAPS * 2 || y1 - y0 < TAPS * 2) return [0, 0, 0, 0];
  const acc = new Float64Array(8); // sF, sV per direction
  // Core: every direction valid.
  const core = { xa: x0 + HALF + 1, xb: x1 - HALF - 1, ya: y0 + HALF + 1, yb: y1 - HALF };
  core4(lum, w, core.xa, core.xb, core.ya, core.yb, acc);
  for (let d = 0; d < 4; d++) {
    const [dx, dy] = DIRS[d]!;
    const xa = dx > 0 ? x0 + HALF + 1 : dx < 0 ? x0 + HALF : x0;
    const xb = dx > 0 ? x1 - HALF : dx < 0 ? x1 - HALF - 1 : x1;
    const ya = dy > 0 ? y0 + HALF + 1 : y0;
    const yb = dy > 0 ? y1 - HALF : y1;
    const s = dy * w + dx;
    band(lum, w, xa, xb, ya, core.ya, s, acc, d); // above the core
    band(lum, w, xa, xb, core.yb, yb, s, acc, d); // below
    band(lum, w, xa, core.xa, core.ya, core.yb, s, acc, d); // left of it
    band(lum, w, core.xb, xb, core.ya, core.yb, s, acc, d); // right of it
  }
  const score = (d: number) => (acc[2 * d]! > 0 ? (acc[2 * d]! - acc[2 * d + 1]!) / acc[2 * d]! : 1);
  return [score(0), score(1), score(2), score(3)];
}

function band(lum: Float32Array, w: number, xa: number, xb: number, ya: number, yb: number, s: number, acc: Float64Array, d: number): void {
  if (xb <= xa || yb <= ya) return;
  const back = (HALF + 1) * s, fwd = HALF * s;
  let sF = 0, sV = 0;
  for (let y = ya; y < yb; y++) {
    for (let i = y * w + xa, end = y * w + xb; i < end; i++) {
      const dF = Math.abs(lum[i]! - lum[i - s]!);
      const e = dF - Math.abs(lum[i + fwd]! - lum[i - back]!) * INV_TAPS;
      sF += dF;
      sV += e > 0 ? e : 0;
    }
  }
  acc[2 * d]! += sF;
  acc[2 * d + 1]! += sV;
}

function core4(lum: Float32Array, w: number, xa: number, xb: number, ya: number, yb: number, acc: Float64Array): void {
  const s1 = w + 1, s2 = w, s3 = w - 1;
  const f1 = HALF * s1, b1 = (HALF + 1) * s1, f2 = HALF * s2, b2 = (HALF + 1) * s2, f3 = HALF * s3, b3 = (HALF + 1) * s3;
  let sF0 = 0, sV0 = 0, sF1 = 0, sV1 = 0, sF2 = 0, sV2 = 0, sF3 = 0, sV3 = 0;
  for (let y = ya; y < yb; y++) {
    for (let i = y * w + xa, end = y * w + xb; i < end; i++) {
      const c = lum[i]!;
      let dF = Math.abs(c - lum[i - 1]!);
      let e = dF - Math.abs(lum[i + HALF]! - lum[i - HALF - 1]!) * INV_TAPS;
      sF0 += dF; sV0 += e > 0 ? e : 0;
      dF = Math.abs(c - lum[i - s1]!);
      e = dF - Math.abs(lum[i + f1]! - lum[i - b1]!) * INV_TAPS;
      sF1 += dF; sV1 += e > 0 ? e : 0;
      dF = Math.abs(c - lum[i - s2]!);
      e = dF - Math.abs(lum[i + f2]! - lum[i - b2]!) * INV_TAPS;
      sF2 += dF; sV2 += e > 0 ? e : 0;
      dF = Math.abs(c - lum[i - s3]!);
      e = dF - Math.abs(lum[i + f3]! - lum[i - b3]!) * INV_TAPS;
      sF3 += dF; sV3 += e > 0 ? e : 0;
    }
  }
  acc[0]! += sF0; acc[1]! += sV0; acc[2]! += sF1; acc[3]! += sV1; acc[4]! += sF2; acc[5]! += sV2; acc[6]! += sF3; acc[7]! += sV3;
}
