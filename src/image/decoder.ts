import type { FileSource } from '../files/source.js';
import type { ImageFormat } from '../files/sniff.js';
import type { RgbaImage } from './types.js';

export interface DecodeOptions {
  /** Longest side of the thumbnail, in pixels (shrink-on-load where the format allows). */
  maxSide: number;
  /** Refuse to decode more pixels than this (a second guard after the header check). */
  maxPixels: number;
  /** Displayed dimensions from the header, when known (lets a decoder size its output without a probe decode). */
  expected?: { width: number; height: number };
}

/**
 * Turns an image file into a small, auto-oriented RGBA thumbnail. Node: sharp (+ bmp-js); browser: createImageBitmap.
 * Throws when the bytes cannot be decoded.
 */
export interface ThumbnailDecoder {
  /** Formats this decoder can read. */
  formats: ReadonlySet<ImageFormat>;
  decode(source: FileSource, format: ImageFormat, options: DecodeOptions): Promise<RgbaImage>;
}
