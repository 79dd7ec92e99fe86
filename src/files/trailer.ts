/**
 * What lies at the end of an image file, from its last bytes only: whether the end marker is there (a truncated
 * upload has none) and whether something else was appended after it (a ZIP, HTML or script: a polyglot file).
 */
import type { FileSource } from './source.js';
import type { ImageFormat } from './sniff.js';

export const TAIL_BYTES = 16384;

export type AppendedKind = 'zip' | 'html' | 'script' | 'php' | 'pdf' | 'data';

export interface TrailerFact {
  /** false when the format's end marker (JPEG EOI, PNG IEND) is missing: the file was cut off. */
  complete: boolean;
  /** Bytes after the end marker (0 when none or unknown). */
  trailingBytes: number;
  /** What the appended bytes look like, when they look like something executable or an archive. */
  appended?: AppendedKind;
}

const enc = new TextEncoder();
const MARKERS: Array<[AppendedKind, Uint8Array]> = [
  ['zip', Uint8Array.of(0x50, 0x4b, 0x03, 0x04)],
  ['zip', Uint8Array.of(0x50, 0x4b, 0x05, 0x06)],
  ['html', enc.encode('<html')],
  ['html', enc.encode('<!doctype')],
  ['html', enc.encode('<iframe')],
  ['html', enc.encode('<svg')],
  ['script', enc.encode('<script')],
  ['script', enc.encode('javascript:')],
  ['php', enc.encode('<?php')],
  ['pdf', enc.encode('%PDF-')],
];

export async function inspectTrailer(source: FileSource, size: number, format: ImageFormat): Promise<TrailerFact> {
  const start = Math.max(0, size - TAIL_BYTES);
  const tail = await source.read(start, size);
  let end = -1; // offset in tail just after the end marker
  if (format === 'jpeg') {
    const i = lastIndexOf(tail, Uint8Array.of(0xff, 0xd9));
    if (i >= 0) end = i + 2;
  } else if (format === 'png') {
    const i = lastIndexOf(tail, enc.encode('IEND'));
    if (i >= 0) end = Math.min(tail.byteLength, i + 8);
  }
  const knowsEnd = format === 'jpeg' || format === 'png';
  const complete = !knowsEnd || end >= 0;
  // Look for appended content after the end marker; when the marker is unknown, scan the whole tail.
  const from = end >= 0 ? end : 0;
  const rest = tail.subarray(from);
  const appended = knowsEnd && end < 0 ? findMarker(tail, true) : findMarker(rest, false);
  let trailingBytes = end >= 0 ? tail.byteLength - end : 0;
  // A ZIP appended after the image usually ends the file with its central directory, maybe after the last FFD9.
  const zipEnd = findMarkerKind(tail, 'zip');
  const result: TrailerFact = { complete: complete || zipEnd >= 0, trailingBytes };
  if (appended) result.appended = appended;
  else if (zipEnd >= 0) {
    result.appended = 'zip';
    trailingBytes = Math.max(trailingBytes, tail.byteLength - zipEnd);
    result.trailingBytes = trailingBytes;
  } else if (trailingBytes > 0 && !isPadding(rest)) result.appended = 'data';
  return result;
}

function isPadding(b: Uint8Array): boolean {
  for (const x of b) if (x !== 0 && x !== 0xff && x !== 0x0a && x !== 0x0d && x !== 0x20) return false;
  return true;
}

function findMarker(b: Uint8Array, zipOnly: boolean): AppendedKind | undefined {
  const lower = lowerAscii(b);
  for (const [kind, m] of MARKERS) {
    if (zipOnly && kind !== 'zip') continue;
    if (indexOf(kind === 'zip' ? b : lower, m) >= 0) return kind;
  }
  return undefined;
}

function findMarkerKind(b: Uint8Array, kind: AppendedKind): number {
  let best = -1;
  for (const [k, m] of MARKERS) if (k === kind) {
    const i = indexOf(b, m);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

function lowerAscii(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.byteLength);
  for (let i = 0; i < b.byteLength; i++) {
    const x = b[i]!;
    out[i] = x >= 0x41 && x <= 0x5a ? x + 32 : x;
  }
  return out;
}

function indexOf(h: Uint8Array, n: Uint8Array): number {
  outer: for (let i = 0; i + n.byteLength <= h.byteLength; i++) {
    if (h[i] !== n[0]) continue;
    for (let j = 1; j < n.byteLength; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(h: Uint8Array, n: Uint8Array): number {
  outer: for (let i = h.byteLength - n.byteLength; i >= 0; i--) {
    for (let j = 0; j < n.byteLength; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}
