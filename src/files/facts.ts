/**
 * Facts about one uploaded file, computed lazily, once, cheapest first:
 *   access (size) → sniffed type (first 4100 bytes) → image header (ranged reads) → trailer (last 64 KB)
 *   → thumbnail (decode, only if the header allows it) → quality metrics.
 * A file that fails an early fact is never decoded. Browser-safe: decoding comes from an injected ThumbnailDecoder.
 */
import { analyseImage, type QualityMetrics } from '../image/analyse.js';
import type { ThumbnailDecoder } from '../image/decoder.js';
import { quadSize, rectify, squareToQuad, uprightQuad } from '../image/rectify.js';
import type { Point, Quad, RgbaImage } from '../image/types.js';
import { ByteReader } from './byte-reader.js';
import { parseImageHeader, type ImageHeader } from './header.js';
import { SNIFF_BYTES, sniffType, type SniffedType } from './sniff.js';
import type { FileSource } from './source.js';
import { inspectTrailer, type TrailerFact } from './trailer.js';

export interface FileFactsOptions {
  decoder?: ThumbnailDecoder;
  /** Longest thumbnail side for quality metrics. */
  thumbnailSide?: number;
  /**
   * Images with more pixels than this (by header) are treated as decompression bombs and never decoded. Validations
   * pass the profile's image-integrity cap (a function: read when the first thumbnail is asked for); the default
   * serves direct users of FileFacts.
   */
  maxPixels?: number | (() => number);
  /** The lower cap for the formats the decoder decodes at full size (ThumbnailDecoder.fullFrame); same forms. */
  maxFullFramePixels?: number | (() => number);
  /** Files larger than this are never read whole for decoding. */
  maxDecodeBytes?: number;
  /** Longest side of the decode that detail() resamples from (at most the file's own size). */
  detailSide?: number;
}

export type AccessFact =
  | { ok: true; size: number }
  | { ok: false; reason: 'missing' | 'unreadable' | 'not-a-file'; detail: string };

export type ThumbnailFact =
  | { ok: true; image: RgbaImage }
  | { ok: false; reason: 'not-an-image' | 'too-large' | 'no-decoder' | 'decode-failed'; detail?: string }
  /** `limit` is the cap that applied: maxPixels, or maxFullFramePixels for a format decoded at full size. */
  | { ok: false; reason: 'too-many-pixels'; detail: string; limit: number };

/** Defaults for direct users of FileFacts; a validation takes the pixel cap from its profile (image-integrity). */
export const DEFAULT_FACT_OPTIONS = {
  thumbnailSide: 1000,
  maxPixels: 100_000_000,
  maxFullFramePixels: 25_000_000,
  maxDecodeBytes: 64 * 1024 * 1024,
  detailSide: 2500,
} as const;

export class FileFacts {
  readonly name: string;
  private readonly opts: Required<Omit<FileFactsOptions, 'decoder'>> & { decoder?: ThumbnailDecoder };

  /** Files larger than this are not read whole for decoding (thumbnail reason 'too-large'). */
  get maxDecodeBytes(): number {
    return this.opts.maxDecodeBytes;
  }

  /** The pixel cap in force for this file. */
  get maxPixels(): number {
    const cap = this.opts.maxPixels;
    return typeof cap === 'function' ? cap() : cap;
  }

  /** The cap for formats the decoder decodes at full size (never above maxPixels). */
  get maxFullFramePixels(): number {
    const cap = this.opts.maxFullFramePixels;
    return Math.min(this.maxPixels, typeof cap === 'function' ? cap() : cap);
  }
  private memo = new Map<string, Promise<unknown>>();
  private headBytes?: Uint8Array;

  constructor(readonly source: FileSource, options: FileFactsOptions = {}) {
    this.name = source.name;
    this.opts = { ...DEFAULT_FACT_OPTIONS, ...stripUndefined(options) };
  }

  private once<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fn();
      this.memo.set(key, p);
    }
    return p;
  }

  /** Whether the file can be read at all, and its byte size (a stat: nothing is read). */
  access(): Promise<AccessFact> {
    return this.once('access', async () => {
      try {
        return { ok: true, size: await this.source.size() } as const;
      } catch (e) {
        return { ok: false, ...classifyError(e) } as const;
      }
    });
  }

  /** The first bytes, shared by sniffing and header parsing. */
  private head(): Promise<Uint8Array | null> {
    return this.once('head', async () => {
      const a = await this.access();
      if (!a.ok) return null;
      try {
        this.headBytes = await this.source.read(0, Math.min(a.size, SNIFF_BYTES));
        return this.headBytes;
      } catch (e) {
        this.memo.set('access', Promise.resolve({ ok: false, ...classifyError(e) }));
        return null;
      }
    });
  }

  /** What the content really is; null when the file cannot be read. */
  type(): Promise<SniffedType | null> {
    return this.once('type', async () => {
      const head = await this.head();
      return head ? sniffType(head) : null;
    });
  }

  /** Image header (dimensions, orientation, frames); null for non-images and unreadable files. */
  header(): Promise<ImageHeader | null> {
    return this.once('header', async () => {
      const t = await this.type();
      const a = await this.access();
      if (!t || t.kind !== 'image' || !t.format || !a.ok) return null;
      const reader = new ByteReader(this.source, a.size, 16384, 4 * 1024 * 1024, this.headBytes);
      return parseImageHeader(reader, t.format);
    });
  }

  /** End marker and appended content; null for non-images. */
  trailer(): Promise<TrailerFact | null> {
    return this.once('trailer', async () => {
      const t = await this.type();
      const a = await this.access();
      if (!t || t.kind !== 'image' || !t.format || !a.ok) return null;
      try {
        return await inspectTrailer(this.source, a.size, t.format);
      } catch {
        return null;
      }
    });
  }

  /** Decoded thumbnail, decided from the header before any decoding. */
  thumbnail(): Promise<ThumbnailFact> {
    return this.once('thumbnail', async (): Promise<ThumbnailFact> => {
      const t = await this.type();
      const h = await this.header();
      const a = await this.access();
      if (!t || t.kind !== 'image' || !t.format || !h || !a.ok) return { ok: false, reason: 'not-an-image' };
      const decoder = this.opts.decoder;
      const maxPixels = decoder?.fullFrame?.has(t.format) ? this.maxFullFramePixels : this.maxPixels;
      if (h.width * h.height > maxPixels) {
        return { ok: false, reason: 'too-many-pixels', detail: `${h.width}×${h.height}`, limit: maxPixels };
      }
      if (a.size > this.opts.maxDecodeBytes) return { ok: false, reason: 'too-large', detail: String(a.size) };
      if (!decoder || !decoder.formats.has(t.format)) return { ok: false, reason: 'no-decoder', detail: t.format };
      if (h.damaged) return { ok: false, reason: 'decode-failed', detail: 'damaged header' };
      try {
        const image = await decoder.decode(this.source, t.format, {
          maxSide: this.opts.thumbnailSide,
          maxPixels,
          expected: { width: h.displayWidth, height: h.displayHeight },
        });
        return { ok: true, image };
      } catch (e) {
        return { ok: false, reason: 'decode-failed', detail: e instanceof Error ? e.message : String(e) };
      }
    });
  }

  /** Quality metrics of the thumbnail; null when there is none. */
  metrics(): Promise<QualityMetrics | null> {
    return this.once('metrics', async () => {
      const th = await this.thumbnail();
      return th.ok ? analyseImage(th.image) : null;
    });
  }

  /**
   * The quad of the thumbnail that documentImage() shows, its content's top-left corner first; null when that is the
   * whole thumbnail (or there is no thumbnail).
   */
  private documentQuad(): Promise<Quad | null> {
    return this.once('documentQuad', async () => {
      const th = await this.thumbnail();
      const m = await this.metrics();
      if (!th.ok || !m) return null;
      const d = m.document;
      if (!d.found || (d.fillsFrame && d.rotation === 0)) return null;
      // A quad under a fifth of the picture may be a part of the document (its portrait): read the whole picture.
      const { width, height } = quadSize(d.quad);
      if (width * height < 0.2 * th.image.width * th.image.height) return null;
      return uprightQuad(d.quad, d.rotation);
    });
  }

  /**
   * The document alone, upright and flat (perspective and content rotation undone), at thumbnail scale: what OCR and
   * the defect metrics read. The whole thumbnail when no document was found, when it already fills the picture
   * upright, or when the quad found is under a fifth of the picture; null when there is no thumbnail.
   */
  documentImage(): Promise<RgbaImage | null> {
    return this.once('documentImage', async () => {
      const th = await this.thumbnail();
      if (!th.ok) return null;
      const quad = await this.documentQuad();
      return quad ? rectify(th.image, quad) : th.image;
    });
  }

  /** Maps a point of documentImage() (its pixels) to the thumbnail; null when there is no document image. */
  async documentToThumbnail(): Promise<((p: Point) => Point) | null> {
    const image = await this.documentImage();
    if (!image) return null;
    const quad = await this.documentQuad();
    if (!quad) return (p) => p;
    const warp = squareToQuad(quad);
    return ([x, y]) => warp(x / image.width, y / image.height);
  }

  /**
   * A part of the picture at up to the file's own resolution (`detailSide` at most), upright: the quad `region` of the
   * thumbnail (in thumbnail pixels, its content's top-left corner first) resampled from a larger decode of the file,
   * `width` pixels wide at most (default: as many as that decode holds). Small print that the thumbnail blurs (a
   * license's name line) is read from it. Null when the file gives no thumbnail; the thumbnail itself serves when the
   * file is no larger.
   */
  async detail(region: Quad, width?: number): Promise<RgbaImage | null> {
    const large = await this.large();
    if (!large) return null;
    const { source, thumbnail } = large;
    const sx = source.width / thumbnail.width, sy = source.height / thumbnail.height;
    const quad = region.map(([x, y]) => [x * sx, y * sy]) as Quad;
    const natural = quadSize(quad).width;
    return rectify(source, quad, width === undefined ? natural : Math.min(width, natural));
  }

  /** The decode detail() resamples from, and the thumbnail it is scaled against. */
  private large(): Promise<{ source: RgbaImage; thumbnail: RgbaImage } | null> {
    return this.once('large', async () => {
      const th = await this.thumbnail();
      const t = await this.type();
      const h = await this.header();
      const decoder = this.opts.decoder;
      if (!th.ok || !t?.format || !h || !decoder) return null;
      const thumbnail = th.image;
      const side = Math.min(this.opts.detailSide, Math.max(h.displayWidth, h.displayHeight));
      if (side <= Math.max(thumbnail.width, thumbnail.height)) return { source: thumbnail, thumbnail };
      try {
        const maxPixels = decoder.fullFrame?.has(t.format) ? this.maxFullFramePixels : this.maxPixels;
        const source = await decoder.decode(this.source, t.format, { maxSide: side, maxPixels, expected: { width: h.displayWidth, height: h.displayHeight } });
        return { source, thumbnail };
      } catch {
        return { source: thumbnail, thumbnail };
      }
    });
  }
}

function classifyError(e: unknown): { reason: 'missing' | 'unreadable' | 'not-a-file'; detail: string } {
  const code = (e as { code?: string } | null)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'missing', detail };
  if (code === 'EISDIR') return { reason: 'not-a-file', detail };
  return { reason: 'unreadable', detail };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
