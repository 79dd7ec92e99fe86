/**
 * Image header facts (format, dimensions, EXIF orientation, frames) parsed from the first bytes of the file with
 * ranged reads: no decoding, no whole-file read. Parsers are defensive: a malformed header yields `null` fields or
 * `damaged`, never an exception or an unbounded loop.
 */
import { ByteReader, ascii, be16, be32, le16, le32 } from './byte-reader.js';
import type { ImageFormat } from './sniff.js';

export interface ImageHeader {
  format: ImageFormat;
  /** Stored pixel dimensions (before orientation). 0 when unknown. */
  width: number;
  height: number;
  /** EXIF orientation 1-8 (1 = as stored). */
  orientation: number;
  /** Dimensions as displayed, after applying the EXIF orientation. */
  displayWidth: number;
  displayHeight: number;
  /** Frames (GIF/APNG/WebP) or pages (TIFF); a lower bound when counting stopped early. */
  frames: number;
  animated: boolean;
  /** The header could not be parsed completely (truncated or malformed). */
  damaged: boolean;
}

export async function parseImageHeader(reader: ByteReader, format: ImageFormat): Promise<ImageHeader> {
  const base: ImageHeader = {
    format, width: 0, height: 0, orientation: 1, displayWidth: 0, displayHeight: 0, frames: 1, animated: false, damaged: false,
  };
  let h: ImageHeader;
  try {
    switch (format) {
      case 'jpeg': h = await parseJpeg(reader, base); break;
      case 'png': h = await parsePng(reader, base); break;
      case 'gif': h = await parseGif(reader, base); break;
      case 'bmp': h = await parseBmp(reader, base); break;
      case 'webp': h = await parseWebp(reader, base); break;
      case 'tiff': h = await parseTiff(reader, base); break;
      case 'heic': case 'avif': h = await parseIsoBmff(reader, base); break;
      default: h = { ...base, damaged: true };
    }
  } catch {
    h = { ...base, damaged: true };
  }
  const swap = h.orientation >= 5 && h.orientation <= 8;
  h.displayWidth = swap ? h.height : h.width;
  h.displayHeight = swap ? h.width : h.height;
  if (!(h.width > 0 && h.height > 0)) h.damaged = true;
  return h;
}

async function parseJpeg(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  let pos = 2;
  // Segments are walked as long as the file has them (thousands of empty APPn segments still decode); the reader's
  // byte budget bounds how far a hostile file can lead this loop.
  for (let guard = 0; guard < 100000 && pos < r.size; guard++) {
    const m = await r.bytes(pos, 4);
    if (!m || m.byteLength < 2) return { ...h, damaged: true };
    if (m[0] !== 0xff) return { ...h, damaged: true };
    const marker = m[1]!;
    if (marker === 0xff) { pos += 1; continue; } // fill byte
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { pos += 2; continue; }
    if (marker === 0xd9 || marker === 0xda) return { ...h, damaged: h.width === 0 };
    if (m.byteLength < 4) return { ...h, damaged: true };
    const len = be16(m, 2);
    if (len < 2) return { ...h, damaged: true };
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      const sof = await r.bytes(pos + 4, 6);
      if (!sof || sof.byteLength < 5) return { ...h, damaged: true };
      return { ...h, height: be16(sof, 1), width: be16(sof, 3) };
    }
    if (marker === 0xe1 && len >= 16) {
      const app = await r.bytes(pos + 4, Math.min(len - 2, 65533));
      if (app && ascii(app, 0, 4) === 'Exif') h.orientation = exifOrientation(app.subarray(6)) ?? h.orientation;
    }
    pos += 2 + len;
  }
  return { ...h, damaged: true };
}

/** Orientation tag (0x0112) from a TIFF-structured EXIF block. */
export function exifOrientation(t: Uint8Array): number | undefined {
  if (t.byteLength < 8) return undefined;
  const le = t[0] === 0x49;
  const u16 = (o: number) => (le ? le16(t, o) : be16(t, o));
  const u32 = (o: number) => (le ? le32(t, o) : be32(t, o));
  const ifd = u32(4);
  if (ifd + 2 > t.byteLength) return undefined;
  const n = Math.min(u16(ifd), 500);
  for (let i = 0; i < n; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > t.byteLength) return undefined;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}

async function parsePng(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  const ihdr = await r.bytes(8, 25);
  if (!ihdr || ihdr.byteLength < 16 || ascii(ihdr, 4, 4) !== 'IHDR') return { ...h, damaged: true };
  const out = { ...h, width: be32(ihdr, 8), height: be32(ihdr, 12) };
  // Walk chunks until the image data: an acTL chunk before IDAT marks an animated PNG; eXIf may carry orientation.
  let pos = 8;
  for (let guard = 0; guard < 200 && pos + 8 <= r.size; guard++) {
    const c = await r.bytes(pos, 8);
    if (!c || c.byteLength < 8) break;
    const len = be32(c, 0);
    const type = ascii(c, 4, 4);
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'acTL') {
      const d = await r.bytes(pos + 8, 8);
      if (d && d.byteLength >= 4) {
        out.frames = Math.max(1, be32(d, 0));
        out.animated = out.frames > 1;
      }
    } else if (type === 'eXIf' && len < 65536) {
      const d = await r.bytes(pos + 8, len);
      if (d) out.orientation = exifOrientation(d) ?? out.orientation;
    }
    pos += 12 + len;
  }
  return out;
}

async function parseGif(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  const head = await r.bytes(0, 13);
  if (!head || head.byteLength < 13) return { ...h, damaged: true };
  const out = { ...h, width: le16(head, 6), height: le16(head, 8), frames: 0 };
  let pos = 13;
  if (head[10]! & 0x80) pos += 3 * (1 << ((head[10]! & 7) + 1));
  // Count image descriptors up to two: walking sub-blocks is bounded by the reader's budget.
  for (let guard = 0; guard < 100000 && pos < r.size; guard++) {
    const b = await r.u8(pos);
    if (b === undefined) break;
    if (b === 0x3b) break;
    if (b === 0x21) {
      pos = await skipSubBlocks(r, pos + 2);
    } else if (b === 0x2c) {
      out.frames += 1;
      if (out.frames >= 2) break;
      const d = await r.bytes(pos, 10);
      if (!d || d.byteLength < 10) break;
      pos += 10;
      if (d[9]! & 0x80) pos += 3 * (1 << ((d[9]! & 7) + 1));
      pos = await skipSubBlocks(r, pos + 1);
    } else {
      break;
    }
    if (pos < 0) break;
  }
  out.frames = Math.max(1, out.frames);
  out.animated = out.frames > 1;
  return out;
}

async function skipSubBlocks(r: ByteReader, pos: number): Promise<number> {
  for (let guard = 0; guard < 1_000_000; guard++) {
    const n = await r.u8(pos);
    if (n === undefined) return -1;
    pos += 1 + n;
    if (n === 0) return pos;
  }
  return -1;
}

async function parseBmp(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  const b = await r.bytes(0, BMP_HEADER_BYTES);
  if (!b) return { ...h, damaged: true };
  const layout = bmpLayout(b, r.size);
  if (!layout.ok) return { ...h, width: layout.width ?? 0, height: layout.height ?? 0, damaged: true };
  return { ...h, width: layout.width, height: layout.height };
}

/** File header (14 bytes) and the longest field of the info header read here (compression, at 30-33). */
export const BMP_HEADER_BYTES = 54;

/**
 * RLE-compressed BMPs may declare at most this many pixels per byte of pixel data: an RLE8/RLE4 run encodes at most
 * 255 pixels in 2 bytes (the line-end and delta escapes can skip more, but no scan or photo is made of them).
 */
export const BMP_MAX_RLE_PIXELS_PER_BYTE = 128;

export type BmpLayout =
  | { ok: true; width: number; height: number; headerSize: number; bitsPerPixel: number; compression: number; dataOffset: number }
  | { ok: false; reason: string; width?: number; height?: number };

const BMP_INFO_HEADER_SIZES = new Set([40, 52, 56, 64, 108, 124]);
const BMP_BITS_PER_PIXEL = new Set([1, 4, 8, 16, 24, 32]);

/**
 * The BMP file and DIB headers, from the first bytes of the file and its size: dimensions by header kind (16-bit for
 * the 12-byte BITMAPCOREHEADER, signed 32-bit otherwise; a negative height is a top-down image), and a refusal when
 * the declared pixel array cannot be in the file: uncompressed rows (each padded to 4 bytes) must fit in the bytes
 * after the pixel-data offset, and RLE data may not claim more than BMP_MAX_RLE_PIXELS_PER_BYTE pixels per byte. A
 * BMP that passes can be decoded into width × height × 4 bytes at a bounded multiple of its file size.
 */
export function bmpLayout(b: Uint8Array, fileSize: number): BmpLayout {
  if (b.byteLength < 26 || b[0] !== 0x42 || b[1] !== 0x4d) return { ok: false, reason: 'no BMP header' };
  const headerSize = le32(b, 14);
  let width: number, height: number, bitsPerPixel: number, compression: number;
  if (headerSize === 12) {
    width = le16(b, 18);
    height = le16(b, 20);
    bitsPerPixel = le16(b, 24);
    compression = 0;
  } else if (BMP_INFO_HEADER_SIZES.has(headerSize)) {
    if (b.byteLength < 34) return { ok: false, reason: 'info header cut off' };
    width = le32(b, 18) | 0;
    height = Math.abs(le32(b, 22) | 0);
    bitsPerPixel = le16(b, 28);
    compression = le32(b, 30);
  } else {
    return { ok: false, reason: `unknown DIB header size ${headerSize}` };
  }
  const dims = { width: Math.max(0, width), height };
  if (!(width > 0 && height > 0)) return { ok: false, reason: 'no dimensions', ...dims };
  if (!BMP_BITS_PER_PIXEL.has(bitsPerPixel)) return { ok: false, reason: `${bitsPerPixel} bits per pixel`, ...dims };
  const declaredOffset = le32(b, 10);
  const dataOffset = declaredOffset >= 14 + headerSize && declaredOffset < fileSize ? declaredOffset : 14 + headerSize;
  const available = Math.max(0, fileSize - dataOffset);
  if (compression === 0 || compression === 3 || compression === 6) {
    // Uncompressed (BI_RGB, BI_BITFIELDS, BI_ALPHABITFIELDS): full padded rows, the last one possibly unpadded.
    const stride = Math.ceil((width * bitsPerPixel) / 32) * 4;
    const needed = stride * (height - 1) + Math.ceil((width * bitsPerPixel) / 8);
    if (needed > available) {
      return { ok: false, reason: `${width}×${height} pixels need ${needed} bytes, the file holds ${available}`, ...dims };
    }
  } else if ((compression === 1 && bitsPerPixel === 8) || (compression === 2 && bitsPerPixel === 4)) {
    if (width * height > available * BMP_MAX_RLE_PIXELS_PER_BYTE) {
      return { ok: false, reason: `${width}×${height} pixels from ${available} bytes of RLE data`, ...dims };
    }
  } else {
    return { ok: false, reason: `compression ${compression} with ${bitsPerPixel} bits per pixel`, ...dims };
  }
  return { ok: true, width, height, headerSize, bitsPerPixel, compression, dataOffset };
}

async function parseWebp(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  const b = await r.bytes(0, 30);
  if (!b || b.byteLength < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return { ...h, damaged: true };
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') return { ...h, width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = le32(b, 21);
    return { ...h, width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const animated = (b[20]! & 0x02) !== 0;
    const width = (b[24]! | (b[25]! << 8) | (b[26]! << 16)) + 1;
    const height = (b[27]! | (b[28]! << 8) | (b[29]! << 16)) + 1;
    return { ...h, width, height, animated, frames: animated ? 2 : 1 };
  }
  return { ...h, damaged: true };
}

async function parseTiff(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  const b = await r.bytes(0, 8);
  if (!b || b.byteLength < 8) return { ...h, damaged: true };
  const le = b[0] === 0x49;
  const u16 = (x: Uint8Array, o: number) => (le ? le16(x, o) : be16(x, o));
  const u32 = (x: Uint8Array, o: number) => (le ? le32(x, o) : be32(x, o));
  const out = { ...h, frames: 0 };
  let ifd = u32(b, 4);
  const seen = new Set<number>();
  for (let page = 0; page < 64 && ifd > 0 && ifd < r.size && !seen.has(ifd); page++) {
    seen.add(ifd);
    const cnt = await r.bytes(ifd, 2);
    if (!cnt || cnt.byteLength < 2) return { ...out, damaged: true };
    const n = Math.min(u16(cnt, 0), 1000);
    const entries = await r.bytes(ifd + 2, n * 12 + 4);
    if (!entries || entries.byteLength < n * 12 + 4) return { ...out, frames: Math.max(1, out.frames), damaged: out.width === 0 };
    out.frames += 1;
    if (page === 0) {
      for (let i = 0; i < n; i++) {
        const e = i * 12;
        const tag = u16(entries, e);
        const type = u16(entries, e + 2);
        const value = type === 3 ? u16(entries, e + 8) : u32(entries, e + 8);
        if (tag === 256) out.width = value;
        else if (tag === 257) out.height = value;
        else if (tag === 274 && value >= 1 && value <= 8) out.orientation = value;
      }
    }
    ifd = u32(entries, n * 12);
  }
  out.frames = Math.max(1, out.frames);
  out.animated = false;
  return out;
}

/** HEIF/AVIF: dimensions from the first 'ispe' property, found by walking meta > iprp > ipco. */
async function parseIsoBmff(r: ByteReader, h: ImageHeader): Promise<ImageHeader> {
  const head = await r.bytes(0, Math.min(r.size, 65536));
  if (!head) return { ...h, damaged: true };
  for (let i = 4; i + 16 <= head.byteLength; i++) {
    if (head[i] === 0x69 && ascii(head, i, 4) === 'ispe') {
      return { ...h, width: be32(head, i + 8), height: be32(head, i + 12) };
    }
  }
  return { ...h, damaged: true };
}
