/** Quarter turns of an RGBA image (pure, browser-safe): the content stored turned, put back upright. */
import type { Point, RgbaImage, Rotation } from './types.js';

/** `image` turned `turn` degrees clockwise (a new image; 0 returns the image itself). */
export function rotateImage(image: RgbaImage, turn: Rotation): RgbaImage {
  if (turn === 0) return image;
  const { width: w, height: h, data } = image;
  const quarter = turn !== 180;
  const width = quarter ? h : w;
  const height = quarter ? w : h;
  // One pixel per 32-bit word (a decoder's buffer may start off a word boundary: then it is copied first).
  const bytes = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
  const src = new Uint32Array(bytes.buffer, bytes.byteOffset, w * h);
  const out = new Uint8Array(width * height * 4);
  const dst = new Uint32Array(out.buffer);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      // Source (x, y) lands at: 90° → (h-1-y, x); 180° → (w-1-x, h-1-y); 270° → (y, w-1-x).
      const to = turn === 90 ? x * width + (h - 1 - y) : turn === 180 ? (h - 1 - y) * width + (w - 1 - x) : (w - 1 - x) * width + y;
      dst[to] = src[row + x]!;
    }
  }
  return { width, height, data: out };
}

/**
 * Where a point of `image` turned `turn` degrees clockwise (rotateImage) lies in `image` itself: the inverse of the
 * turn, in continuous pixel coordinates (corners map to corners).
 */
export function unturnPoint([x, y]: Point, turn: Rotation, image: { width: number; height: number }): Point {
  const { width: w, height: h } = image;
  if (turn === 90) return [y, h - x];
  if (turn === 180) return [w - x, h - y];
  if (turn === 270) return [w - y, x];
  return [x, y];
}
