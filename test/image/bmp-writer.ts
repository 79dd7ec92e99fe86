/**
 * A small BMP writer for the decoder tests: any bit depth, BI_RGB / BI_BITFIELDS / BI_ALPHABITFIELDS / RLE8 / RLE4,
 * a 40-byte, V4 (108) or V5 (124) info header, bottom-up or top-down rows. Pixels come from a callback that returns the
 * stored value: a colour-table index (1-8 bits), 0xRRGGBB (24 bits) or the packed 16/32-bit word.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export interface BmpSpec {
  width: number;
  height: number;
  bpp: 1 | 4 | 8 | 16 | 24 | 32;
  compression?: 0 | 1 | 2 | 3 | 6;
  /** 12: OS/2 1.x BITMAPCOREHEADER (16-bit dimensions, 3-byte colour-table entries, bottom-up only). */
  headerSize?: 12 | 40 | 108 | 124;
  /** Red, green, blue (and alpha) masks: in the header for V4/V5, after a 40-byte header otherwise. */
  masks?: number[];
  topDown?: boolean;
  /** Colour table as [r, g, b] entries. */
  palette?: [number, number, number][];
  pixel: (x: number, y: number) => number;
}

export const BI_RGB = 0;
export const BI_RLE8 = 1;
export const BI_RLE4 = 2;
export const BI_BITFIELDS = 3;
export const BI_ALPHABITFIELDS = 6;

export function writeBmp(spec: BmpSpec): Uint8Array {
  const { width, height, bpp, compression = BI_RGB, headerSize = 40, masks = [], topDown = false, palette = [] } = spec;
  const masksAfter = headerSize === 40 ? (compression === BI_BITFIELDS ? 12 : compression === BI_ALPHABITFIELDS ? 16 : 0) : 0;
  const entry = headerSize === 12 ? 3 : 4;
  const tableBytes = palette.length * entry;
  const pixels = compression === BI_RLE8 || compression === BI_RLE4 ? rle(spec) : rows(spec);
  const dataOffset = 14 + headerSize + masksAfter + tableBytes;
  const b = new Uint8Array(dataOffset + pixels.byteLength);
  const v = new DataView(b.buffer);
  b[0] = 0x42; b[1] = 0x4d;
  v.setUint32(2, b.byteLength, true);
  v.setUint32(10, dataOffset, true);
  v.setUint32(14, headerSize, true);
  palette.forEach(([r, g, bl], i) => b.set([bl, g, r], 14 + headerSize + masksAfter + i * entry));
  b.set(pixels, dataOffset);
  if (headerSize === 12) {
    v.setUint16(18, width, true);
    v.setUint16(20, height, true);
    v.setUint16(22, 1, true);
    v.setUint16(24, bpp, true);
    return b;
  }
  v.setInt32(18, width, true);
  v.setInt32(22, topDown ? -height : height, true);
  v.setUint16(26, 1, true);
  v.setUint16(28, bpp, true);
  v.setUint32(30, compression, true);
  v.setUint32(34, pixels.byteLength, true);
  v.setUint32(38, 2835, true);
  v.setUint32(42, 2835, true);
  v.setUint32(46, palette.length, true);
  masks.forEach((m, i) => v.setUint32(54 + 4 * i, m >>> 0, true));
  if (headerSize >= 108) v.setUint32(70, 0x73524742, true); // 'sRGB' colour space
  if (headerSize === 124) v.setUint32(122, 4, true); // LCS_GM_IMAGES
  return b;
}

/** Uncompressed rows, each padded to 4 bytes, in file order (bottom row first unless top-down). */
function rows({ width, height, bpp, topDown, pixel }: BmpSpec): Uint8Array {
  const stride = Math.ceil((width * bpp) / 32) * 4;
  const out = new Uint8Array(stride * height);
  const v = new DataView(out.buffer);
  for (let r = 0; r < height; r++) {
    const y = topDown ? r : height - 1 - r;
    const row = r * stride;
    for (let x = 0; x < width; x++) {
      const p = pixel(x, y);
      if (bpp <= 8) out[row + Math.floor((x * bpp) / 8)]! |= p << (8 - bpp - ((x * bpp) % 8));
      else if (bpp === 16) v.setUint16(row + x * 2, p, true);
      else if (bpp === 24) out.set([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff], row + x * 3);
      else v.setUint32(row + x * 4, p >>> 0, true);
    }
  }
  return out;
}

/** RLE8 / RLE4: encoded runs for repeats, absolute runs for the rest, an end-of-line per row and an end-of-bitmap. */
function rle({ width, height, bpp, pixel }: BmpSpec): Uint8Array {
  const out: number[] = [];
  for (let y = height - 1; y >= 0; y--) {
    let x = 0;
    while (x < width) {
      let n = 1;
      while (x + n < width && n < 255 && pixel(x + n, y) === pixel(x, y)) n++;
      if (n >= 3 || width - x < 3) {
        out.push(n, bpp === 8 ? pixel(x, y) : (pixel(x, y) << 4) | pixel(x, y));
        x += n;
        continue;
      }
      // Literal run up to the next repeat of three.
      let m = 0;
      while (x + m < width && m < 255 && !(x + m + 2 < width && pixel(x + m, y) === pixel(x + m + 1, y) && pixel(x + m, y) === pixel(x + m + 2, y))) m++;
      if (m < 3) m = Math.min(3, width - x);
      const lit: number[] = [];
      for (let i = 0; i < m; i++) {
        if (bpp === 8) lit.push(pixel(x + i, y));
        else if (i % 2 === 0) lit.push(pixel(x + i, y) << 4);
        else lit[lit.length - 1]! |= pixel(x + i, y);
      }
      out.push(0, m, ...lit);
      if (lit.length % 2) out.push(0);
      x += m;
    }
    out.push(0, 0);
  }
  out.push(0, 1);
  return Uint8Array.from(out);
}

/** The committed ID-card photo as raw RGB, `width` pixels wide (an odd width exercises the row padding). */
export async function sourceRgb(width: number): Promise<{ width: number; height: number; rgb: Uint8Array }> {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images/id-front.jpg');
  const { data, info } = await sharp(file).resize(width).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, rgb: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
