/** What a file really is, from its first bytes (file-type plus a look at text), never from its name. */
import { fileTypeFromBuffer } from 'file-type';

/** Head length file-type needs for every format it knows. */
export const SNIFF_BYTES = 4100;

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'bmp' | 'webp' | 'tiff' | 'heic' | 'avif' | 'jxl' | 'ico' | 'psd' | 'jp2';

export type ContentKind = 'image' | 'pdf' | 'svg' | 'html' | 'text' | 'zip' | 'office' | 'archive' | 'media' | 'empty' | 'unknown';

export interface SniffedType {
  kind: ContentKind;
  /** Set when kind is 'image'. */
  format?: ImageFormat;
  /** Media type when known, e.g. image/jpeg. */
  mime?: string;
  /** Short human name of the content: "JPEG", "PDF", "ZIP archive", "HTML", … */
  label: string;
}

const IMAGE_BY_EXT: Record<string, ImageFormat> = {
  jpg: 'jpeg', png: 'png', gif: 'gif', bmp: 'bmp', webp: 'webp', tif: 'tiff', heic: 'heic', avif: 'avif',
  jxl: 'jxl', ico: 'ico', psd: 'psd', jp2: 'jp2',
};

export const FORMAT_LABEL: Record<ImageFormat, string> = {
  jpeg: 'JPEG', png: 'PNG', gif: 'GIF', bmp: 'BMP', webp: 'WebP', tiff: 'TIFF', heic: 'HEIC/HEIF', avif: 'AVIF',
  jxl: 'JPEG XL', ico: 'ICO', psd: 'PSD', jp2: 'JPEG 2000',
};

/** File-name extensions and the image format each one promises. */
export const EXTENSION_FORMAT: Record<string, ImageFormat> = {
  jpg: 'jpeg', jpeg: 'jpeg', jpe: 'jpeg', jfif: 'jpeg', png: 'png', gif: 'gif', bmp: 'bmp', dib: 'bmp', webp: 'webp',
  tif: 'tiff', tiff: 'tiff', heic: 'heic', heif: 'heic', avif: 'avif', jxl: 'jxl', ico: 'ico', psd: 'psd', jp2: 'jp2',
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export async function sniffType(head: Uint8Array): Promise<SniffedType> {
  if (head.byteLength === 0) return { kind: 'empty', label: 'empty file' };
  const ft = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES)).catch(() => undefined);
  if (ft) {
    const format = ft.ext === 'heic' || ft.mime === 'image/heif' || ft.mime === 'image/heic' ? 'heic' : IMAGE_BY_EXT[ft.ext];
    if (format) return { kind: 'image', format, mime: ft.mime, label: FORMAT_LABEL[format] };
    if (ft.ext === 'pdf') return { kind: 'pdf', mime: ft.mime, label: 'PDF' };
    if (ft.ext === 'zip') return { kind: 'zip', mime: ft.mime, label: 'ZIP archive' };
    if (['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls', 'ppt', 'cfb', 'rtf'].includes(ft.ext)) {
      return { kind: 'office', mime: ft.mime, label: `office document (${ft.ext})` };
    }
    if (ft.mime.startsWith('video/') || ft.mime.startsWith('audio/')) return { kind: 'media', mime: ft.mime, label: ft.ext.toUpperCase() };
    if (ft.ext === 'xml') return sniffText(head) ?? { kind: 'text', mime: ft.mime, label: 'XML' };
    return { kind: 'archive', mime: ft.mime, label: ft.ext.toUpperCase() };
  }
  // file-type follows a TIFF's first IFD, which many writers put at the end of the file, beyond the head.
  if (head.byteLength >= 8 && ((head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0)
    || (head[0] === 0x4d && head[1] === 0x4d && head[2] === 0 && head[3] === 0x2a))) {
    return { kind: 'image', format: 'tiff', mime: 'image/tiff', label: FORMAT_LABEL.tiff };
  }
  return sniffText(head) ?? { kind: 'unknown', label: 'unknown binary content' };
}

/** SVG, HTML or plain text by inspection: file-type deliberately does not name text formats. */
function sniffText(head: Uint8Array): SniffedType | undefined {
  const sample = head.subarray(0, Math.min(head.byteLength, 2048));
  let controls = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) controls++;
  if (controls > sample.byteLength * 0.02) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/<svg[\s>]/.test(text) || (text.startsWith('<?xml') && text.includes('<svg'))) {
    return { kind: 'svg', mime: 'image/svg+xml', label: 'SVG' };
  }
  if (/^<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]/.test(text)) return { kind: 'html', mime: 'text/html', label: 'HTML' };
  return { kind: 'text', mime: 'text/plain', label: 'text' };
}
