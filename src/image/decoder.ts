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
 * Turns an image file into a small, auto-oriented RGBA thumbnail. Node: sharp (BMP: bmp-pixels.ts); browser:
 * createImageBitmap.
 * Throws when the bytes cannot be decoded.
 */
export interface ThumbnailDecoder {
  /** Formats this decoder can read. */
  formats: ReadonlySet<ImageFormat>;
  /**
   * Formats it decodes at full size before shrinking (no shrink-on-load, no streaming): memory grows with every pixel
   * (4 bytes each), so they are held to the lower `maxFullFramePixels` cap of FileFacts.
   */
  fullFrame?: ReadonlySet<ImageFormat>;
  decode(source: FileSource, format: ImageFormat, options: DecodeOptions): Promise<RgbaImage>;
}
