/**
 * How much of a document image is printed: the share of pixels in thin dark strokes, as text, rules and seals are
 * (pure, browser-safe). A blank page or the blank back of a card has next to none, whatever its colour, a shadow, a
 * faint background pattern or the table around it; a page OCR could not read but that is printed has plenty.
 *
 * A stroke pixel is one a grey closing (maximum, then minimum, over a small window) brightens by CONTRAST or more: the
 * closing fills dark features narrower than the window (the strokes of characters at thumbnail scale) and leaves wide
 * dark areas, such as the table beside a card, as they are.
 */
import type { RgbaImage } from '../image/types.js';

/** Brightened this much (0-255 luma) by the closing counts as ink. */
const CONTRAST = 40;
/** Half the closing window: strokes up to twice this wide (plus one) are found. */
const RADIUS = 4;

/** Sliding maximum (or minimum) over 2r+1 pixels along rows (`step` 1) or columns (`step` width). */
function slide(src: Uint8Array, width: number, height: number, horizontal: boolean, max: boolean): Uint8Array {
  const out = new Uint8Array(src.length);
  const [lines, length] = horizontal ? [height, width] : [width, height];
  const step = horizontal ? 1 : width;
  for (let l = 0; l < lines; l += 1) {
    const base = horizontal ? l * width : l;
    for (let i = 0; i < length; i += 1) {
      let v = max ? 0 : 255;
      const from = Math.max(0, i - RADIUS);
      const to = Math.min(length - 1, i + RADIUS);
      for (let j = from; j <= to; j += 1) {
        const p = src[base + j * step]!;
        if (max ? p > v : p < v) v = p;
      }
      out[base + i * step] = v;
    }
  }
  return out;
}

/** Share (0..1) of the pixels inside a 3% margin that lie in thin dark strokes of text-sized pieces. */
export function inkCoverage(image: RgbaImage): number {
  const { width: w, height: h, data } = image;
  if (w < 4 * RADIUS || h < 4 * RADIUS) return 0;
  const luma = new Uint8Array(w * h);
  for (let p = 0, i = 0; p < luma.length; p += 1, i += 4) {
    luma[p] = (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29 + 128) >> 8;
  }
  const dilated = slide(slide(luma, w, h, true, true), w, h, false, true);
  const closed = slide(slide(dilated, w, h, true, false), w, h, false, false);
  const x0 = Math.floor(w * 0.03);
  const x1 = Math.ceil(w * 0.97);
  const y0 = Math.floor(h * 0.03);
  const y1 = Math.ceil(h * 0.97);
  const mask = new Uint8Array(w * h);
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) if (closed[y * w + x]! - luma[y * w + x]! >= CONTRAST) mask[y * w + x] = 1;
  }
  return textLikeInk(mask, w, h) / ((x1 - x0) * (y1 - y0));
}

/**
 * Pixels of the mask in connected pieces no longer than a tenth of the image: characters and seal strokes, not the
 * thin shadow line along a card's edge or a long printed rule.
 */
function textLikeInk(mask: Uint8Array, w: number, h: number): number {
  const limit = 0.1 * Math.max(w, h);
  const stack: number[] = [];
  let ink = 0;
  for (let start = 0; start < mask.length; start += 1) {
    if (mask[start] !== 1) continue;
    mask[start] = 2;
    stack.push(start);
    let count = 0;
    let minX = w, maxX = 0, minY = h, maxY = 0;
    while (stack.length > 0) {
      const p = stack.pop()!;
      const x = p % w;
      const y = (p - x) / w;
      count += 1;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (x > 0 && mask[p - 1] === 1) (mask[p - 1] = 2), stack.push(p - 1);
      if (x < w - 1 && mask[p + 1] === 1) (mask[p + 1] = 2), stack.push(p + 1);
      if (y > 0 && mask[p - w] === 1) (mask[p - w] = 2), stack.push(p - w);
      if (y < h - 1 && mask[p + w] === 1) (mask[p + w] = 2), stack.push(p + w);
    }
    if (maxX - minX < limit && maxY - minY < limit) ink += count;
  }
  return ink;
}

/** Below this share of ink a page holds no text a registrar could read. */
export const BLANK_INK = 0.002;
