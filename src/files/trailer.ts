/**
 * What lies at the end of an image file, from its last bytes only: whether the end marker is there (a truncated
 * upload has none) and whether something else was appended after it (a ZIP, HTML or script: a polyglot file).
 */
import { le16, le32 } from './byte-reader.js';
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
  const tailStart = Math.max(0, size - TAIL_BYTES);
  const tail = await source.read(tailStart, size);
  const knowsEnd = format === 'jpeg' || format === 'png';
  const end = endMarkerEnd(tail, format); // offset in tail just after the last end marker, -1 when none
  // A ZIP archive ending the file says where it starts; the image ends there, maybe long before the last 16 KB.
  const zipStart = await archiveStart(source, size, tail, tailStart);
  if (knowsEnd && zipStart !== undefined) {
    // The image's end marker must come right before the archive (padding aside): an end marker inside the archive
    // (a stored JPEG, say) says nothing about the image, whose data stops where the archive begins.
    const before = await source.read(Math.max(0, zipStart - 64), zipStart);
    const e = endMarkerEnd(before, format);
    return { complete: e >= 0 && isPadding(before.subarray(e)), trailingBytes: size - zipStart, appended: 'zip' };
  }
  if (knowsEnd) {
    // No end marker in the tail: cut off, whatever else the tail contains (its entropy-coded data may hold 'PK\x03\x04').
    if (end < 0) return { complete: false, trailingBytes: 0 };
    // Appended content counts only after the end marker.
    const rest = tail.subarray(end);
    const result: TrailerFact = { complete: true, trailingBytes: rest.byteLength };
    const appended = findMarker(rest, false);
    if (appended) result.appended = appended;
    else if (rest.byteLength > 0 && !isPadding(rest)) result.appended = 'data';
    return result;
  }
  // Formats without a known end marker: look for appended content in the whole tail.
  const result: TrailerFact = { complete: true, trailingBytes: 0 };
  const appended = findMarker(tail, false);
  if (appended) result.appended = appended;
  if (zipStart !== undefined) result.trailingBytes = size - zipStart;
  else if (appended === 'zip') result.trailingBytes = tail.byteLength - findMarkerKind(tail, 'zip');
  return result;
}

function endMarkerEnd(b: Uint8Array, format: ImageFormat): number {
  if (format === 'jpeg') {
    const i = lastIndexOf(b, Uint8Array.of(0xff, 0xd9));
    return i >= 0 ? i + 2 : -1;
  }
  if (format === 'png') {
    const i = lastIndexOf(b, enc.encode('IEND'));
    return i >= 0 ? Math.min(b.byteLength, i + 8) : -1;
  }
  return -1;
}

const LOCAL_HEADER = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const CENTRAL_HEADER = Uint8Array.of(0x50, 0x4b, 0x01, 0x02);
const END_OF_CENTRAL_DIRECTORY = Uint8Array.of(0x50, 0x4b, 0x05, 0x06);

/**
 * Where a ZIP archive that ends the file begins, from its end-of-central-directory record (which must end the file);
 * undefined when there is none or it does not lead back to a local file header. Offsets in the record are relative
 * to the archive (an archive appended as is) or to the file (adjusted with `zip -A`): both are tried.
 */
async function archiveStart(source: FileSource, size: number, tail: Uint8Array, tailStart: number): Promise<number | undefined> {
  const e = lastIndexOf(tail, END_OF_CENTRAL_DIRECTORY);
  if (e < 0 || e + 22 > tail.byteLength || e + 22 + le16(tail, e + 20) !== tail.byteLength) return undefined;
  const cdSize = le32(tail, e + 12);
  const cdOffset = le32(tail, e + 16);
  const eocd = tailStart + e;
  const startsWith = async (at: number, sig: Uint8Array) => at >= 0 && at + 4 <= size && equal(await source.read(at, at + 4), sig);
  const relative = eocd - cdSize - cdOffset;
  if (relative > 0 && (await startsWith(relative, LOCAL_HEADER))) return relative;
  if (cdOffset + cdSize === eocd && cdOffset + 46 <= size) {
    const entry = await source.read(cdOffset, cdOffset + 46);
    if (entry.byteLength === 46 && equal(entry.subarray(0, 4), CENTRAL_HEADER)) {
      const first = le32(entry, 42);
      if (first > 0 && (await startsWith(first, LOCAL_HEADER))) return first;
    }
  }
  return undefined;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
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
