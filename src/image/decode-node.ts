/**
 * Node thumbnail decoder: sharp (libvips) with shrink-on-load, EXIF auto-orientation and a pixel limit; BMP, which the
 * prebuilt sharp cannot read, through bmp-js and then the same resize.
 */
import sharp from 'sharp';
import bmp from 'bmp-js';
import { bmpLayout } from '../files/header.js';
import type { FileSource } from '../files/source.js';
import type { ImageFormat } from '../files/sniff.js';
import type { DecodeOptions, ThumbnailDecoder } from './decoder.js';
import type { RgbaImage } from './types.js';

const SHARP_FORMATS: ImageFormat[] = ['jpeg', 'png', 'gif', 'webp', 'tiff', 'avif'];

export function nodeDecoder(): ThumbnailDecoder {
  return {
    formats: new Set<ImageFormat>([...SHARP_FORMATS, 'bmp']),
    decode: decodeWithSharp,
  };
}

async function decodeWithSharp(source: FileSource, format: ImageFormat, options: DecodeOptions): Promise<RgbaImage> {
  const size = await source.size();
  const bytes = await source.read(0, size);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pipeline: sharp.Sharp;
  if (format === 'bmp') {
    const decoded = decodeBmp(buffer, options.maxPixels, options.expected);
    pipeline = sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: 4 } });
  } else {
    // failOn 'error' rather than 'warning': a slightly damaged but readable JPEG is still analysed (libjpeg warns on
    // many harmless quirks); a truncated file is reported by the trailer fact, not by a decode crash.
    pipeline = sharp(buffer, { limitInputPixels: options.maxPixels, failOn: 'error', pages: 1 }).rotate();
  }
  const { data, info } = await pipeline
    .resize(options.maxSide, options.maxSide, { fit: 'inside', withoutEnlargement: true, fastShrinkOnLoad: true })
    .removeAlpha()
    .ensureAlpha(1)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * bmp-js gives A,B,G,R bytes; turn them into opaque RGBA. The layout comes from the same parser as the header fact
 * (src/files/header.ts), which refuses a BMP whose declared pixel array the file cannot hold, so bmp-js (which
 * allocates width × height × 4 bytes before reading a pixel) is never asked for more than the file can describe.
 */
export function decodeBmp(buffer: Buffer, maxPixels: number, expected?: { width: number; height: number }): RgbaImage {
  const layout = bmpLayout(buffer, buffer.byteLength);
  if (!layout.ok) throw new RangeError(`BMP refused: ${layout.reason}`);
  const { width, height } = layout;
  // bmp-js reads the 40-byte info header's fields whatever the header size: a BITMAPCOREHEADER would be misread.
  if (layout.headerSize < 40) throw new Error('BMP with a 12-byte core header is not supported');
  if (expected && (expected.width !== width || expected.height !== height)) {
    throw new Error(`BMP of ${width}×${height}, but its header was read as ${expected.width}×${expected.height}`);
  }
  if (width * height > maxPixels) throw new RangeError(`BMP of ${width}×${height} exceeds the pixel limit`);
  const img = bmp.decode(buffer);
  if (img.width !== width || img.height !== height) throw new Error(`BMP decoded as ${img.width}×${img.height}, not ${width}×${height}`);
  const src = img.data;
  const out = new Uint8Array(width * height * 4);
  for (let p = 0; p < out.length; p += 4) {
    out[p] = src[p + 3]!;
    out[p + 1] = src[p + 2]!;
    out[p + 2] = src[p + 1]!;
    out[p + 3] = 255;
  }
  return { width, height, data: out };
}
