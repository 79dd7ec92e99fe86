/**
 * Node thumbnail decoder: sharp (libvips) with shrink-on-load, EXIF auto-orientation and a pixel limit; BMP, which the
 * prebuilt sharp cannot read, through the decoder in bmp-pixels.ts and then the same resize.
 */
import sharp from 'sharp';
import { bmpLayout } from '../files/header.js';
import { decodeBmpPixels } from './bmp-pixels.js';
import type { FileSource } from '../files/source.js';
import type { ImageFormat } from '../files/sniff.js';
import type { DecodeOptions, ThumbnailDecoder } from './decoder.js';
import type { RgbaImage } from './types.js';

const SHARP_FORMATS: ImageFormat[] = ['jpeg', 'png', 'gif', 'webp', 'tiff', 'avif'];

export function nodeDecoder(): ThumbnailDecoder {
  return {
    formats: new Set<ImageFormat>([...SHARP_FORMATS, 'bmp']),
    // libvips decodes a GIF frame whole, and BMP pixels are decoded whole here before sharp resizes them.
    fullFrame: new Set<ImageFormat>(['gif', 'bmp']),
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
 * A BMP file into opaque RGBA. The layout comes from the same parser as the header fact (src/files/header.ts), which
 * refuses a BMP whose declared pixel array the file cannot hold, and the pixel cap is checked before the decoder
 * allocates its width × height × 4 bytes. Alpha is dropped, not composited, as sharp's removeAlpha does for the other
 * formats. Throws an Error (reported as undecodable) for anything it cannot decode.
 */
export function decodeBmp(buffer: Uint8Array, maxPixels: number, expected?: { width: number; height: number }): RgbaImage {
  const layout = bmpLayout(buffer, buffer.byteLength);
  if (!layout.ok) throw new RangeError(`BMP refused: ${layout.reason}`);
  const { width, height } = layout;
  if (expected && (expected.width !== width || expected.height !== height)) {
    throw new Error(`BMP of ${width}×${height}, but its header was read as ${expected.width}×${expected.height}`);
  }
  if (width * height > maxPixels) throw new RangeError(`BMP of ${width}×${height} exceeds the pixel limit`);
  const { data } = decodeBmpPixels(buffer, layout);
  for (let p = 3; p < data.length; p += 4) data[p] = 255;
  return { width, height, data };
}
