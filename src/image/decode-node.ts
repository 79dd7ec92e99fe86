/**
 * Node thumbnail decoder: sharp (libvips) with shrink-on-load, EXIF auto-orientation and a pixel limit; BMP, which the
 * prebuilt sharp cannot read, through bmp-js and then the same resize.
 */
import sharp from 'sharp';
import bmp from 'bmp-js';
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
    const decoded = decodeBmp(buffer, options.maxPixels);
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

/** bmp-js gives A,B,G,R bytes; turn them into opaque RGBA. */
export function decodeBmp(buffer: Buffer, maxPixels: number): RgbaImage {
  const declaredW = Math.abs(buffer.readInt32LE(18));
  const declaredH = Math.abs(buffer.readInt32LE(22));
  if (declaredW * declaredH > maxPixels) throw new RangeError(`BMP of ${declaredW}×${declaredH} exceeds the pixel limit`);
  const img = bmp.decode(buffer);
  const src = img.data;
  const out = new Uint8Array(img.width * img.height * 4);
  for (let p = 0; p < out.length; p += 4) {
    out[p] = src[p + 3]!;
    out[p + 1] = src[p + 2]!;
    out[p + 2] = src[p + 1]!;
    out[p + 3] = 255;
  }
  return { width: img.width, height: img.height, data: out };
}
