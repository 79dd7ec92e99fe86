import { describe, expect, it } from 'vitest';
import { rotateImage, unturnPoint } from '../../src/image/rotate.js';
import type { RgbaImage } from '../../src/image/types.js';

// A 3 × 2 image whose pixel at (x, y) has red = 10 * y + x.
const image: RgbaImage = {
  width: 3,
  height: 2,
  data: Uint8Array.from({ length: 24 }, (_, i) => (i % 4 === 0 ? 10 * Math.floor(i / 12) + ((i / 4) % 3) : 255)),
};
const reds = (im: RgbaImage) => Array.from({ length: im.height }, (_, y) => Array.from({ length: im.width }, (_, x) => im.data[(y * im.width + x) * 4]));

describe('rotateImage', () => {
  it('turns clockwise by quarter turns', () => {
    expect(reds(image)).toEqual([[0, 1, 2], [10, 11, 12]]);
    expect(reds(rotateImage(image, 90))).toEqual([[10, 0], [11, 1], [12, 2]]);
    expect(reds(rotateImage(image, 180))).toEqual([[12, 11, 10], [2, 1, 0]]);
    expect(reds(rotateImage(image, 270))).toEqual([[2, 12], [1, 11], [0, 10]]);
    expect(rotateImage(image, 0)).toBe(image);
  });

  it('reads a buffer that starts off a word boundary, and four quarter turns give the image back', () => {
    const shifted = new Uint8Array(image.data.length + 1);
    shifted.set(image.data, 1);
    const odd: RgbaImage = { ...image, data: shifted.subarray(1) };
    let turned = odd;
    for (let i = 0; i < 4; i++) turned = rotateImage(turned, 90);
    expect(turned.width).toBe(3);
    expect(Array.from(turned.data)).toEqual(Array.from(image.data));
  });
});

describe('unturnPoint', () => {
  it('takes a point of the turned image back to the image, pixel for pixel', () => {
    for (const turn of [0, 90, 180, 270] as const) {
      const turned = rotateImage(image, turn);
      for (let y = 0; y < turned.height; y++) {
        for (let x = 0; x < turned.width; x++) {
          // The centre of a pixel of the turned image lands on the centre of the pixel it came from.
          const [sx, sy] = unturnPoint([x + 0.5, y + 0.5], turn, image);
          expect(reds(image)[sy - 0.5]![sx - 0.5]).toBe(reds(turned)[y]![x]);
        }
      }
    }
  });
});
