/**
 * The optimised metric passes against straightforward reference implementations of the same definitions, on random
 * and structured images, so that speed work never changes what the metrics decide.
 */
import { describe, expect, it } from 'vitest';
import { histogram, luminance, luminanceInBox } from '../../src/image/luminance.js';
import { measureSharpness } from '../../src/image/sharpness.js';
import type { Box, RgbaImage } from '../../src/image/types.js';

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

function image(width: number, height: number, seed: number): RgbaImage {
  const r = rng(seed);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const p = (y * width + x) * 4;
    // Smooth gradient, some text-like strokes, and noise.
    const base = 128 + 60 * Math.sin(x / 17) * Math.cos(y / 23) + (x % 29 < 3 ? -90 : 0) + (r() - 0.5) * 30;
    data[p] = Math.max(0, Math.min(255, base + 10));
    data[p + 1] = Math.max(0, Math.min(255, base));
    data[p + 2] = Math.max(0, Math.min(255, base - 15));
    data[p + 3] = 255;
  }
  return { width, height, data };
}

/** Re-blur score by its definition: per pixel whose 9-tap window lies inside the box, per direction. */
function referenceReblur(lum: Float32Array, w: number, box: Box, dx: number, dy: number): number {
  let sF = 0, sV = 0;
  const at = (x: number, y: number) => lum[y * w + x]!;
  const inside = (x: number, y: number) => x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) {
    if (!inside(x - 5 * dx, y - 5 * dy) || !inside(x + 4 * dx, y + 4 * dy)) continue;
    let win = 0, prev = 0;
    for (let k = -4; k <= 4; k++) win += at(x + k * dx, y + k * dy);
    for (let k = -5; k <= 3; k++) prev += at(x + k * dx, y + k * dy);
    const dF = Math.abs(at(x, y) - at(x - dx, y - dy));
    const dB = Math.abs(win / 9 - prev / 9);
    sF += dF;
    sV += Math.max(0, dF - dB);
  }
  return sF > 0 ? (sF - sV) / sF : 1;
}

const cases: Array<[number, number, Box]> = [
  [120, 90, { x0: 0, y0: 0, x1: 120, y1: 90 }],
  [200, 150, { x0: 13, y0: 7, x1: 181, y1: 140 }],
  [64, 300, { x0: 2, y0: 30, x1: 60, y1: 290 }],
  [40, 40, { x0: 10, y0: 10, x1: 28, y1: 28 }], // the smallest box measured (2 × 9 taps)
];

describe('sharpness matches its per-pixel definition', () => {
  for (const [w, h, box] of cases) {
    it(`${w}×${h}, box ${box.x0},${box.y0}-${box.x1},${box.y1}`, () => {
      const lum = luminance(image(w, h, w * h));
      const got = measureSharpness(lum, w, box);
      const want = [[1, 0], [1, 1], [0, 1], [-1, 1]].map(([dx, dy]) => referenceReblur(lum, w, box, dx!, dy!));
      got.directional.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 9));
    });
  }
  it('a box under two filter lengths is not measured', () => {
    const lum = luminance(image(40, 40, 1));
    expect(measureSharpness(lum, 40, { x0: 0, y0: 0, x1: 17, y1: 40 }).directional).toEqual([0, 0, 0, 0]);
  });
});

/**
 * Rec. 601 luma by its definition, pixel by pixel, in exact integer arithmetic: (299 R + 587 G + 114 B) / 1000. Its
 * values have three decimals, so their floor (the histogram bin) is exact; the library's float32 luma is within 1e-4.
 */
function referenceLuma(img: RgbaImage, box: Box): { luma: Map<number, number>; hist: number[]; total: number } {
  const luma = new Map<number, number>();
  const hist = new Array<number>(256).fill(0);
  let total = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) {
    const p = (y * img.width + x) * 4;
    const milli = 299 * img.data[p]! + 587 * img.data[p + 1]! + 114 * img.data[p + 2]!;
    luma.set(y * img.width + x, milli / 1000);
    hist[Math.min(255, Math.floor(milli / 1000))]! += 1;
    total += 1;
  }
  return { luma, hist, total };
}

describe('luma and its histogram in one pass', () => {
  it('match a per-pixel reference of the Rec. 601 weights, inside the box only', () => {
    const img = image(150, 110, 7);
    const box = { x0: 9, y0: 4, x1: 140, y1: 101 };
    const { lum, hist, total } = luminanceInBox(img, box);
    const ref = referenceLuma(img, box);
    for (let i = 0; i < lum.length; i++) {
      const want = ref.luma.get(i);
      if (want === undefined) expect(lum[i], `outside the box at ${i}`).toBe(0);
      else expect(Math.abs(lum[i]! - want), `luma at ${i}`).toBeLessThan(1e-4);
    }
    expect(total).toBe(ref.total);
    expect([...hist]).toEqual(ref.hist);
  });
  it('luminance and histogram agree with the same reference', () => {
    const img = image(150, 110, 11);
    const whole = { x0: 0, y0: 0, x1: 150, y1: 110 };
    const full = luminance(img);
    const ref = referenceLuma(img, whole);
    for (let i = 0; i < full.length; i++) expect(Math.abs(full[i]! - ref.luma.get(i)!), `luma at ${i}`).toBeLessThan(1e-4);
    const box = { x0: 9, y0: 4, x1: 140, y1: 101 };
    expect([...histogram(full, 150, box).hist]).toEqual(referenceLuma(img, box).hist);
  });
});
