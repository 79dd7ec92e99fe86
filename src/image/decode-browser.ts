/**
 * Browser thumbnail decoder: createImageBitmap (which applies EXIF orientation and can resize while decoding) drawn on
 * an OffscreenCanvas. No Node imports. Formats are whatever the browser decodes; BMP is decoded natively.
 */
import type { FileSource } from '../files/source.js';
import type { ImageFormat } from '../files/sniff.js';
import type { DecodeOptions, ThumbnailDecoder } from './decoder.js';
import type { RgbaImage } from './types.js';

const MIME: Partial<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp', avif: 'image/avif',
};

export function browserDecoder(): ThumbnailDecoder {
  return {
    formats: new Set(Object.keys(MIME) as ImageFormat[]),
    async decode(source: FileSource, format: ImageFormat, options: DecodeOptions): Promise<RgbaImage> {
      const bytes = await source.read(0, await source.size());
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] ?? 'application/octet-stream' });
      let width = options.expected?.width ?? 0;
      let height = options.expected?.height ?? 0;
      if (!(width > 0 && height > 0)) {
        const probe = await createImageBitmap(blob, { imageOrientation: 'from-image' });
        ({ width, height } = probe);
        probe.close();
      }
      if (width * height > options.maxPixels) throw new RangeError(`image of ${width}×${height} exceeds the pixel limit`);
      const scale = Math.min(1, options.maxSide / Math.max(width, height));
      const w = Math.max(1, Math.round(width * scale));
      const h = Math.max(1, Math.round(height * scale));
      const bitmap = await createImageBitmap(blob, {
        imageOrientation: 'from-image', resizeWidth: w, resizeHeight: h, resizeQuality: 'high',
      });
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('2d canvas unavailable');
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      const imageData = ctx.getImageData(0, 0, w, h);
      return { width: w, height: h, data: imageData.data };
    },
  };
}
