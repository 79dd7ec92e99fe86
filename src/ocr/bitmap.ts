/**
 * Encodes a decoded RGBA thumbnail for Tesseract (pure, browser-safe), so the thumbnail the image checks already
 * decoded (≤ 1000 px) is what OCR reads, in Node and in the browser alike.
 *
 * The format is binary PGM (P5, 8-bit grey): Leptonica reads it natively, with no zlib, libjpeg or JavaScript
 * conversion on the way. BMP looked like the simplest container, but tesseract.js re-decodes every BMP in JavaScript
 * (spreading the bytes into a plain object first): about 1.5 s for a 1000 × 630 thumbnail, several times the
 * recognition itself. Grey is what Tesseract binarises anyway, and a third of the bytes to post to the worker.
 */
import type { RgbaImage } from '../image/types.js';

/** A crop of an image, in its pixels. */
export interface Crop {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Rec. 601 luma of `image` (or of `crop` of it) as a binary PGM. Transparency is composited over white: a transparent
 * PNG must not turn black.
 */
export function encodePgm(image: RgbaImage, crop?: Crop): Uint8Array {
  const { data } = image;
  const left = Math.max(0, Math.floor(crop?.left ?? 0));
  const top = Math.max(0, Math.floor(crop?.top ?? 0));
  const width = Math.max(1, Math.min(image.width - left, Math.floor(crop?.width ?? image.width)));
  const height = Math.max(1, Math.min(image.height - top, Math.floor(crop?.height ?? image.height)));
  const header = `P5\n${width} ${height}\n255\n`;
  const out = new Uint8Array(header.length + width * height);
  for (let i = 0; i < header.length; i += 1) out[i] = header.charCodeAt(i);
  let o = header.length;
  for (let y = top; y < top + height; y += 1) {
    let i = (y * image.width + left) * 4;
    for (let x = 0; x < width; x += 1, i += 4, o += 1) {
      const luma = (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29 + 128) >> 8;
      const a = data[i + 3]!;
      out[o] = a === 255 ? luma : (luma * a + 255 * (255 - a) + 127) / 255;
    }
  }
  return out;
}
