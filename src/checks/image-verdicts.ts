/**
 * The verdicts of image-clarity and image-colour over a file's quality metrics, with their profile thresholds: the
 * rules report them, and the rules whose metrics such a picture would fool (colour, the image defects) defer to them.
 */
import type { QualityMetrics } from '../image/analyse.js';
import type { SharedThresholds } from './file-facts.js';

export function exposureProblem(m: QualityMetrics, t: SharedThresholds['image-clarity']): 'too-dark' | 'overexposed' | undefined {
  const e = m.exposure;
  if (e.median < t.minMedianLuma) return 'too-dark';
  if (e.clippedHigh > t.maxClippedHigh && e.p02 > t.maxWashedOutLuma) return 'overexposed';
  return undefined;
}

export function sharpnessProblem(m: QualityMetrics, t: SharedThresholds['image-clarity']): 'motion-blurred' | 'blurred' | undefined {
  if (m.sharpness.motion > t.maxMotion) return 'motion-blurred';
  if (m.sharpness.blur > t.maxBlur) return 'blurred';
  return undefined;
}

export function isGreyscale(m: QualityMetrics, t: SharedThresholds['image-colour']): boolean {
  return m.colour.chromaP99 < t.minChroma;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
