/**
 * What lies at the end of an image file: whether the end marker is there (a truncated upload has none) and whether
 * something else was appended after it (a ZIP, HTML, script or PDF: a polyglot file; or other data). The last 16 KB
 * settle the common case, a file ending with its end marker; otherwise a JPEG's segments and scan data, or a PNG's
 * chunks, are walked to where the image really ends, so data appended after it is not taken for a cut-off file.
 */
import { ascii, be32, le16, le32 } from './byte-reader.js';
import type { FileSource } from './source.js';
import type { ImageFormat } from './sniff.js';

export const TAIL_BYTES = 16384;

/** `picture`: another JPEG after the first (multi-picture files, HDR gain maps); `data`: anything else unnamed. */
export type AppendedKind = 'zip' | 'html' | 'script' | 'php' | 'pdf' | 'picture' | 'data';

/** Files larger than this are not walked (the tail alone decides); larger ones are never decoded either. */
const MAX_WALK_BYTES = 64 * 1024 * 1024;

export interface TrailerFact {
  /** false when the format's end marker (JPEG EOI, PNG IEND) is missing: the file was cut off. */
  complete: boolean;
  /** Bytes after the end marker (0 when none or unknown). */
  trailingBytes: number;
  /** What the appended bytes look like, when they look like something executable or an archive. */
  appended?: AppendedKind;
}

const enc = new TextEncoder();
/** Markup is found in any letter case (markers written in lower case); binary signatures and `%PDF-` exactly. */
const MARKERS: Array<[AppendedKind, Uint8Array, 'any-case' | 'exact']> = [
  ['zip', Uint8Array.of(0x50, 0x4b, 0x03, 0x04), 'exact'],
  ['zip', Uint8Array.of(0x50, 0x4b, 0x05, 0x06), 'exact'],
  ['html', enc.encode('<html'), 'any-case'],
  ['html', enc.encode('<!doctype'), 'any-case'],
  ['html', enc.encode('<iframe'), 'any-case'],
  ['html', enc.encode('<svg'), 'any-case'],
  ['script', enc.encode('<script'), 'any-case'],
  ['script', enc.encode('javascript:'), 'any-case'],
  ['php', enc.encode('<?php'), 'any-case'],
  ['pdf', enc.encode('%PDF-'), 'exact'],
];
const JPEG_START = Uint8Array.of(0xff, 0xd8, 0xff);

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
    if (e >= 0 && isPadding(before.subarray(e))) return { complete: true, trailingBytes: size - zipStart, appended: 'zip' };
    // Other data between the image and the archive: walk the image, which must end before the archive begins.
    const walked = await imageEnd(source, zipStart, format);
    return typeof walked === 'number'
      ? { complete: true, trailingBytes: size - walked, appended: 'zip' }
      : { complete: false, trailingBytes: size - zipStart, appended: 'zip' };
  }
  if (knowsEnd) {
    // The common case, settled by the tail: it ends with the end marker and holds no markup (a ZIP ends the file with
    // its own directory, handled above). Other data that itself ends with an end-marker pair is not told apart.
    if (end >= 0 && isPadding(tail.subarray(end)) && !findMarker(tail, 'zip')) return { complete: true, trailingBytes: tail.byteLength - end };
    const walked = await imageEnd(source, size, format);
    if (walked === 'cut-off') return { complete: false, trailingBytes: 0 };
    if (walked !== undefined) return appendedAfter(source, size, walked, tail.subarray(Math.max(0, walked - tailStart)));
    // A structure the walk does not follow: the tail decides, as a decoder's view would be no clearer.
    // No end marker in the tail: cut off, whatever else the tail contains (its entropy-coded data may hold 'PK\x03\x04').
    if (end < 0) return { complete: false, trailingBytes: 0 };
    // Appended content counts only after the end marker.
    const rest = tail.subarray(end);
    const result: TrailerFact = { complete: true, trailingBytes: rest.byteLength };
    const appended = findMarker(rest);
    if (appended) result.appended = appended;
    else if (rest.byteLength > 0 && !isPadding(rest)) result.appended = 'data';
    return result;
  }
  // Formats without a known end marker: look for appended content in the whole tail.
  const result: TrailerFact = { complete: true, trailingBytes: 0 };
  const appended = findMarker(tail);
  if (appended) result.appended = appended;
  if (zipStart !== undefined) result.trailingBytes = size - zipStart;
  else if (appended === 'zip') result.trailingBytes = tail.byteLength - findMarkerKind(tail, 'zip');
  return result;
}

/** What follows the image's end at `imageEnd`, judged from its first 16 KB and the file's last (`after`). */
async function appendedAfter(source: FileSource, size: number, imageEnd: number, after: Uint8Array): Promise<TrailerFact> {
  const head = await source.read(imageEnd, Math.min(size, imageEnd + TAIL_BYTES));
  const result: TrailerFact = { complete: true, trailingBytes: size - imageEnd };
  const appended = findMarker(head) ?? findMarker(after);
  if (appended) result.appended = appended;
  else if (startsWith(head, JPEG_START)) result.appended = 'picture';
  else if (!isPadding(head) || !isPadding(after)) result.appended = 'data';
  return result;
}

/** Where a walk over one window of the file got to: the image's end (or 'cut-off', or undefined), or where to go on. */
type Step = { done: number | 'cut-off' | undefined } | { next: number; inScan: boolean };
type Walk = (b: Uint8Array, base: number, size: number, pos: number, inScan: boolean) => Step;

/**
 * Runs a synchronous walk over the file in 1 MB windows, read front to back: a hostile file of millions of empty
 * segments or chunks costs one pass over its bytes, not one read each.
 */
async function walkWindows(source: FileSource, size: number, walk: Walk, pos: number): Promise<number | 'cut-off' | undefined> {
  let inScan = false;
  for (;;) {
    if (pos >= size) return 'cut-off';
    const b = await source.read(pos, Math.min(size, pos + 1024 * 1024));
    if (b.byteLength === 0) return 'cut-off';
    const step = walk(b, pos, size, pos, inScan);
    if ('done' in step) return step.done;
    if (step.next <= pos) return undefined; // no progress: never loop
    ({ next: pos, inScan } = step);
  }
}

/**
 * The JPEG's end found as a decoder finds it: segment by segment, through the entropy-coded data after each start of
 * scan (where 0xFF is only ever followed by 0x00, a restart marker or fill). Gives the offset just after the
 * end-of-image marker; 'cut-off' when the file ends first; undefined for bytes this walk does not follow.
 */
const jpegWalk: Walk = (b, base, size, pos, inScan) => {
  const atEnd = base + b.byteLength >= size;
  const more = (at: number, scan: boolean): Step => (atEnd ? { done: 'cut-off' } : { next: at, inScan: scan });
  for (;;) {
    if (inScan) {
      let i = pos - base;
      for (;;) {
        i = b.indexOf(0xff, i);
        if (i < 0) return more(base + b.byteLength, true);
        if (i + 1 >= b.byteLength) return more(base + i, true);
        const next = b[i + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
        else if (next === 0xff) i += 1;
        else break; // a marker: the scan is over
      }
      pos = base + i;
      inScan = false;
    }
    const p = pos - base;
    if (p + 1 >= b.byteLength) return more(pos, false);
    if (b[p] !== 0xff) return { done: undefined };
    const marker = b[p + 1]!;
    if (marker === 0xff) { pos += 1; continue; } // fill byte
    if (marker === 0xd9) return { done: pos + 2 };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { pos += 2; continue; }
    if (marker === 0xd8 || marker === 0x00) return { done: undefined };
    if (p + 3 >= b.byteLength) return more(pos, false);
    const length = (b[p + 2]! << 8) | b[p + 3]!;
    if (length < 2) return { done: undefined };
    pos += 2 + length;
    inScan = marker === 0xda;
    if (pos - base >= b.byteLength) return pos >= size ? { done: 'cut-off' } : { next: pos, inScan };
  }
};

/** The offset just after the PNG's IEND chunk, walking chunk lengths; 'cut-off' when the file ends first. */
const pngWalk: Walk = (b, base, size, pos) => {
  for (;;) {
    const p = pos - base;
    if (p + 8 > b.byteLength) return base + b.byteLength >= size ? { done: 'cut-off' } : { next: pos, inScan: false };
    const type = ascii(b, p + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return { done: undefined };
    pos += 12 + be32(b, p);
    if (type === 'IEND') return { done: pos <= size ? pos : 'cut-off' };
    if (pos - base >= b.byteLength) return pos >= size ? { done: 'cut-off' } : { next: pos, inScan: false };
  }
};

async function imageEnd(source: FileSource, size: number, format: 'jpeg' | 'png'): Promise<number | 'cut-off' | undefined> {
  if (size > MAX_WALK_BYTES) return undefined;
  if (format === 'png') return walkWindows(source, size, pngWalk, 8);
  const soi = await source.read(0, 2);
  return soi[0] === 0xff && soi[1] === 0xd8 ? walkWindows(source, size, jpegWalk, 2) : undefined;
}

function startsWith(b: Uint8Array, prefix: Uint8Array): boolean {
  return b.byteLength >= prefix.byteLength && prefix.every((x, i) => b[i] === x);
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

function findMarker(b: Uint8Array, except?: AppendedKind): AppendedKind | undefined {
  const lower = lowerAscii(b);
  for (const [kind, m, match] of MARKERS) if (kind !== except && indexOf(match === 'exact' ? b : lower, m) >= 0) return kind;
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
