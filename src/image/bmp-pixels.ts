/**
 * BMP pixel decoder: every layout a Windows BMP file may hold, into RGBA.
 *
 * - 1, 4 and 8 bits per pixel with a colour table (BI_RGB), and RLE8 / RLE4 compression;
 * - 16 and 32 bits per pixel, BI_RGB (16: X1R5G5B5; 32: B, G, R and an unused byte) or with colour masks
 *   (BI_BITFIELDS, BI_ALPHABITFIELDS): masks from a V2-V5 info header, or in the three (four) DWORDs after a 40-byte
 *   BITMAPINFOHEADER;
 * - 24 bits per pixel (B, G, R);
 * - bottom-up (positive height) and top-down (negative height) rows, each padded to a multiple of 4 bytes;
 * - the 12-byte OS/2 1.x BITMAPCOREHEADER, whose colour table has 3-byte entries.
 *
 * Alpha comes only from an alpha mask (a V3+ info header's, or BI_ALPHABITFIELDS'); an alpha channel that is zero
 * everywhere is taken as opaque, as browsers do, since many writers leave the mask set and the bytes zero.
 *
 * The caller passes the layout from bmpLayout (src/files/header.ts), which has already refused a file whose pixel
 * array it cannot hold; the caller also enforces its pixel cap. This module allocates width × height × 4 bytes (plus
 * lookup tables of at most 64 KiB per channel), reads nothing outside the buffer, and throws an Error with a clear
 * message for a layout it cannot decode. Every loop is bounded by the output size or the input length.
 */
import type { BmpLayout } from '../files/header.js';

export type BmpLayoutOk = Extract<BmpLayout, { ok: true }>;

/** Decoded pixels: RGBA, row-major, top row first; `alpha` tells whether any pixel is not fully opaque. */
export interface BmpPixels {
  width: number;
  height: number;
  data: Uint8Array;
  alpha: boolean;
}

const BI_RGB = 0;
const BI_RLE8 = 1;
const BI_RLE4 = 2;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;

/** Offset of the first colour mask: right after the 40 bytes of BITMAPINFOHEADER (inside a V2+ header, or after it). */
const MASKS_OFFSET = 14 + 40;

export function decodeBmpPixels(bytes: Uint8Array, layout: BmpLayoutOk): BmpPixels {
  const { width, height, bitsPerPixel: bpp, compression, headerSize, dataOffset } = layout;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The sign of the height field says the row order; bmpLayout reports the absolute height.
  const topDown = headerSize === 12 ? false : (view.getInt32(22, true) | 0) < 0;
  const ctx: Ctx = { bytes, view, width, height, topDown, dataOffset };

  if (compression === BI_RLE8 || compression === BI_RLE4) {
    return decodeRle(ctx, readPalette(ctx, layout), compression === BI_RLE4 ? 4 : 8);
  }
  if (compression !== BI_RGB && compression !== BI_BITFIELDS && compression !== BI_ALPHABITFIELDS) {
    throw new Error(`BMP compression ${compression} is not supported`);
  }
  const masked = compression !== BI_RGB;
  if (masked && bpp !== 16 && bpp !== 32) throw new Error(`BMP colour masks with ${bpp} bits per pixel`);
  // In an OS/2 2.x header (64 bytes), compression 3 means Huffman 1D, not colour masks.
  if (masked && headerSize === 64) throw new Error('OS/2 BMP with Huffman compression is not supported');

  // Uncompressed rows: re-check that the whole pixel array is in the buffer (bmpLayout does, from the file size).
  const stride = Math.ceil((width * bpp) / 32) * 4;
  const needed = stride * (height - 1) + Math.ceil((width * bpp) / 8);
  if (dataOffset + needed > bytes.byteLength) throw new Error('BMP pixel array is cut off');

  if (bpp <= 8) return decodeIndexed(ctx, readPalette(ctx, layout), bpp, stride);
  if (bpp === 24) return decodeBgr24(ctx, stride);
  const masks = masked ? readMasks(ctx, layout) : defaultMasks(bpp);
  return decodeMasked(ctx, masks, bpp, stride);
}

interface Ctx {
  bytes: Uint8Array;
  view: DataView;
  width: number;
  height: number;
  topDown: boolean;
  dataOffset: number;
}

/** Offset in the output of the first byte of the `y`-th row stored in the file. */
function rowStart(ctx: Ctx, y: number): number {
  return (ctx.topDown ? y : ctx.height - 1 - y) * ctx.width * 4;
}

// ---------------------------------------------------------------------------------------------------------------------
// Colour tables

/**
 * The colour table follows the info header (or, for BI_BITFIELDS with a 40-byte header, the masks, but those never
 * come with a colour table). Entries are B, G, R, reserved (B, G, R in a core header). Its length is the header's
 * colours-used count, or 2^bpp when that is 0, capped at 2^bpp and at the bytes before the pixel data.
 */
function readPalette(ctx: Ctx, layout: BmpLayoutOk): Uint8Array {
  const { view, bytes, dataOffset } = ctx;
  const { headerSize, bitsPerPixel: bpp } = layout;
  const entrySize = headerSize === 12 ? 3 : 4;
  const start = 14 + headerSize;
  const declared = headerSize >= 40 && bytes.byteLength >= 50 ? view.getUint32(46, true) : 0;
  const max = 1 << bpp;
  // bmpLayout falls back to the end of the header when the declared pixel-data offset is impossible; for an image with
  // a colour table that would put the pixels inside the table.
  if (dataOffset <= start) throw new Error('BMP pixel data offset points into the colour table');
  const end = Math.min(dataOffset, bytes.byteLength);
  const count = Math.min(declared === 0 ? max : Math.min(declared, max), Math.floor((end - start) / entrySize));
  if (count === 0) throw new Error('BMP colour table is missing');
  // Always 256 entries as R, G, B, A: an index past the table reads black, as in browsers.
  const palette = new Uint8Array(256 * 4);
  for (let i = 0; i < 256; i++) palette[i * 4 + 3] = 255;
  for (let i = 0; i < count; i++) {
    const p = start + i * entrySize;
    palette[i * 4] = bytes[p + 2]!;
    palette[i * 4 + 1] = bytes[p + 1]!;
    palette[i * 4 + 2] = bytes[p]!;
  }
  return palette;
}

/** 1, 4 or 8 bits per pixel, most significant bits first, each row padded to 4 bytes. */
function decodeIndexed(ctx: Ctx, palette: Uint8Array, bpp: number, stride: number): BmpPixels {
  const { bytes, width, height, dataOffset } = ctx;
  const out = new Uint8Array(width * height * 4);
  const perByte = 8 / bpp;
  const mask = (1 << bpp) - 1;
  for (let y = 0; y < height; y++) {
    const row = dataOffset + y * stride;
    let o = rowStart(ctx, y);
    for (let x = 0; x < width; x++, o += 4) {
      const byte = bytes[row + Math.floor(x / perByte)]!;
      const shift = 8 - bpp * ((x % perByte) + 1);
      const p = ((byte >> shift) & mask) * 4;
      out[o] = palette[p]!;
      out[o + 1] = palette[p + 1]!;
      out[o + 2] = palette[p + 2]!;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out, alpha: false };
}

// ---------------------------------------------------------------------------------------------------------------------
// 24 bits and colour masks

function decodeBgr24(ctx: Ctx, stride: number): BmpPixels {
  const { bytes, width, height, dataOffset } = ctx;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    let i = dataOffset + y * stride;
    let o = rowStart(ctx, y);
    for (let x = 0; x < width; x++, i += 3, o += 4) {
      out[o] = bytes[i + 2]!;
      out[o + 1] = bytes[i + 1]!;
      out[o + 2] = bytes[i]!;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out, alpha: false };
}

/** Red, green, blue and alpha masks; alpha 0 when there is none. */
type Masks = [number, number, number, number];

/** BI_RGB at 16 bits is X1R5G5B5; at 32 bits B, G, R and an unused byte (no alpha). */
function defaultMasks(bpp: number): Masks {
  return bpp === 16 ? [0x7c00, 0x03e0, 0x001f, 0] : [0x00ff0000, 0x0000ff00, 0x000000ff, 0];
}

/**
 * The masks are the DWORDs at 54, 58, 62 (and 66 for alpha), whether that is inside a V2-V5 info header or right after
 * a 40-byte one. BI_BITFIELDS has an alpha mask only in a header that holds one (56 bytes or more);
 * BI_ALPHABITFIELDS always has four. Each colour mask must be non-zero, contiguous, within the pixel's bits, and no
 * two masks may share a bit.
 */
function readMasks(ctx: Ctx, layout: BmpLayoutOk): Masks {
  const { view, bytes, dataOffset } = ctx;
  const { headerSize, compression, bitsPerPixel: bpp } = layout;
  const hasAlpha = compression === BI_ALPHABITFIELDS || headerSize >= 56;
  const end = MASKS_OFFSET + (hasAlpha ? 16 : 12);
  if (end > bytes.byteLength) throw new Error('BMP colour masks are cut off');
  // Masks stored after the header must come before the pixel data, not inside it.
  if (end > 14 + headerSize && end > dataOffset) throw new Error('BMP colour masks overlap the pixel data');
  const masks: Masks = [0, 1, 2, 3].map((i) => (i < 3 || hasAlpha ? view.getUint32(MASKS_OFFSET + 4 * i, true) : 0)) as Masks;
  const names = ['red', 'green', 'blue', 'alpha'];
  const depth = bpp === 32 ? 0xffffffff : (1 << bpp) - 1;
  let seen = 0;
  masks.forEach((m, i) => {
    if (m === 0) {
      if (i < 3) throw new Error(`BMP ${names[i]} mask is zero`);
      return;
    }
    if ((m & ~depth) !== 0) throw new Error(`BMP ${names[i]} mask 0x${hex(m)} exceeds ${bpp} bits`);
    if ((m & seen) !== 0) throw new Error(`BMP ${names[i]} mask 0x${hex(m)} overlaps another mask`);
    const shifted = m >>> ctz(m);
    if ((shifted & (shifted + 1)) !== 0) throw new Error(`BMP ${names[i]} mask 0x${hex(m)} is not contiguous`);
    seen |= m;
  });
  return masks;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** Count of trailing zero bits of a non-zero 32-bit value. */
function ctz(m: number): number {
  return 31 - Math.clz32(m & -m);
}

/**
 * A channel's extractor: shift the field down, then scale its n bits to 0-255 (v × 255 / (2^n − 1), rounded) through a
 * table of 2^n entries; fields wider than 16 bits keep their top 16 bits first, so no table exceeds 64 KiB.
 */
interface Channel {
  shift: number;
  bits: number;
  table: Uint8Array;
}

function channel(mask: number): Channel {
  const shift = ctz(mask);
  const width = 32 - Math.clz32(mask >>> shift);
  const bits = Math.min(width, 16);
  const drop = width - bits;
  const max = 2 ** bits - 1;
  const table = new Uint8Array(max + 1);
  for (let v = 0; v <= max; v++) table[v] = Math.round((v * 255) / max);
  return { shift: shift + drop, bits, table };
}

/** 16 or 32 bits per pixel, little-endian, each channel picked out by its mask. */
function decodeMasked(ctx: Ctx, masks: Masks, bpp: number, stride: number): BmpPixels {
  const { view, width, height, dataOffset } = ctx;
  const out = new Uint8Array(width * height * 4);
  const [r, g, b] = [channel(masks[0]), channel(masks[1]), channel(masks[2])];
  const a = masks[3] !== 0 ? channel(masks[3]) : undefined;
  const field = (c: Channel, v: number) => c.table[(v >>> c.shift) & ((1 << c.bits) - 1)]!;
  const step = bpp / 8;
  let anyAlpha = false;
  for (let y = 0; y < height; y++) {
    let i = dataOffset + y * stride;
    let o = rowStart(ctx, y);
    for (let x = 0; x < width; x++, i += step, o += 4) {
      const v = step === 4 ? view.getUint32(i, true) : view.getUint16(i, true);
      out[o] = field(r, v);
      out[o + 1] = field(g, v);
      out[o + 2] = field(b, v);
      if (a) {
        const alpha = field(a, v);
        out[o + 3] = alpha;
        if (alpha !== 0) anyAlpha = true;
      } else {
        out[o + 3] = 255;
      }
    }
  }
  if (!a) return { width, height, data: out, alpha: false };
  // An alpha mask over bytes that are zero everywhere: the writer did not mean transparency.
  if (!anyAlpha) {
    for (let o = 3; o < out.length; o += 4) out[o] = 255;
    return { width, height, data: out, alpha: false };
  }
  let alpha = false;
  for (let o = 3; o < out.length && !alpha; o += 4) alpha = out[o] !== 255;
  return { width, height, data: out, alpha };
}

// ---------------------------------------------------------------------------------------------------------------------
// RLE8 and RLE4

/**
 * Run-length data, a pair of bytes at a time: (n > 0, c) is a run of n pixels of index c (in RLE4, the two nibbles of c
 * alternately); (0, 0) ends a line, (0, 1) ends the bitmap, (0, 2, dx, dy) moves the position right and up (the next
 * rows in the file), and (0, n ≥ 3) is followed by n literal indices padded to a 2-byte boundary. Runs past the row's
 * end are clipped; pixels never written (skipped by a move, or after an early end) are left transparent white, as a
 * browser shows them on a white page. Each step consumes at least two input bytes, so the loop ends with the input;
 * data that ends before the last row is refused as cut off (only a missing end-of-bitmap marker is forgiven).
 */
function decodeRle(ctx: Ctx, palette: Uint8Array, bpp: 4 | 8): BmpPixels {
  const { bytes, width, height, dataOffset } = ctx;
  const out = new Uint8Array(width * height * 4).fill(255);
  for (let o = 3; o < out.length; o += 4) out[o] = 0;
  let x = 0;
  let y = 0;
  let pos = dataOffset;
  const end = bytes.byteLength;
  let written = 0;
  const put = (index: number) => {
    if (x < width && y < height) {
      const o = rowStart(ctx, y) + x * 4;
      const p = index * 4;
      out[o] = palette[p]!;
      out[o + 1] = palette[p + 1]!;
      out[o + 2] = palette[p + 2]!;
      out[o + 3] = 255;
      written++;
    }
    x++;
  };
  let finished = false;
  while (y < height && pos + 1 < end) {
    const n = bytes[pos]!;
    const c = bytes[pos + 1]!;
    pos += 2;
    if (n > 0) {
      // Encoded run; nothing past the row's end is written, so stop counting there.
      const count = Math.min(n, Math.max(0, width - x));
      for (let i = 0; i < count; i++) put(bpp === 8 ? c : i % 2 === 0 ? c >> 4 : c & 0x0f);
      x += n - count;
    } else if (c === 0) {
      x = 0;
      y++;
    } else if (c === 1) {
      finished = true;
      break;
    } else if (c === 2) {
      if (pos + 1 >= end) break;
      x += bytes[pos]!;
      y += bytes[pos + 1]!;
      pos += 2;
    } else {
      // Absolute run of c indices: c bytes (RLE8) or c nibbles (RLE4), padded to a 2-byte boundary.
      const size = bpp === 8 ? c : Math.ceil(c / 2);
      if (pos + size > end) break;
      const count = Math.min(c, Math.max(0, width - x));
      for (let i = 0; i < count; i++) {
        const byte = bytes[pos + (bpp === 8 ? i : i >> 1)]!;
        put(bpp === 8 ? byte : i % 2 === 0 ? byte >> 4 : byte & 0x0f);
      }
      x += c - count;
      pos += size + (size & 1);
    }
  }
  if (!finished && y < height - 1) throw new Error(`BMP RLE data ends at row ${y + 1} of ${height}`);
  return { width, height, data: out, alpha: written < width * height };
}
