/**
 * Encodes a decoded RGBA thumbnail as an uncompressed 24-bit BMP, the simplest container every Tesseract build reads
 * (Leptonica's own BMP reader; no zlib or libjpeg involved). Pure and browser-safe, so the thumbnail the image checks
 * already decoded (≤ 1000 px) is what OCR reads, in Node and in the browser alike.
 */
import type { RgbaImage } from '../image/types.js';

export function encodeBmp(image: RgbaImage): Uint8Array {
  const { width, height, data } = image;
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const pixelBytes = rowBytes * height;
  const out = new Uint8Array(54 + pixelBytes);
  const view = new DataView(out.buffer);
  out[0] = 0x42; // B
  out[1] = 0x4d; // M
  view.setUint32(2, out.length, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, -height, true); // negative: rows top-down, as in the RGBA data
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  view.setUint32(34, pixelBytes, true);
  view.setInt32(38, 11811, true); // 300 dpi in pixels per metre
  view.setInt32(42, 11811, true);
  for (let y = 0; y < height; y += 1) {
    let o = 54 + y * rowBytes;
    let i = y * width * 4;
    for (let x = 0; x < width; x += 1, i += 4, o += 3) {
      // Composite transparency over white: a transparent PNG must not turn black.
      const a = data[i + 3]! / 255;
      out[o] = Math.round(data[i + 2]! * a + 255 * (1 - a));
      out[o + 1] = Math.round(data[i + 1]! * a + 255 * (1 - a));
      out[o + 2] = Math.round(data[i]! * a + 255 * (1 - a));
    }
  }
  return out;
}
