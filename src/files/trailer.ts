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
    return { complete: e >= 0 && isPadding(before.subarray(e)), trailingBytes: size - zipStart, appended: 'zip' };
  }
  if (knowsEnd) {
    // The common case, settled by the tail: it ends with the end marker and holds no markup (a ZIP ends the file with
    // its own directory, handled above). Other data that itself ends with an end-marker pair is not told apart.
    if (end >= 0 && isPadding(tail.subarray(end)) && !findMarker(tail, 'zip')) return { complete: true, trailingBytes: tail.byteLength - end };
    const imageEnd = size <= MAX_WALK_BYTES ? await (format === 'jpeg' ? jpegImageEnd : pngImageEnd)(new ForwardReader(source, size)) : undefined;
    if (imageEnd === 'cut-off') return { complete: false, trailingBytes: 0 };
    if (imageEnd !== undefined) return appendedAfter(source, size, imageEnd, tail.subarray(Math.max(0, imageEnd - tailStart)));
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

/** Sequential reads in large chunks: a JPEG's scan data is walked once, front to back. */
class ForwardReader {
  private start = 0;
  private buf = new Uint8Array(0);
  constructor(private readonly source: FileSource, readonly size: number) {}

  /** The byte at `at`; undefined past the end of the file. */
  async byte(at: number): Promise<number | undefined> {
    if (at >= this.size) return undefined;
    if (at < this.start || at >= this.start + this.buf.byteLength) {
      this.start = at;
      this.buf = new Uint8Array(await this.source.read(at, Math.min(this.size, at + 1024 * 1024)));
      if (this.buf.byteLength === 0) return undefined;
    }
    return this.buf[at - this.start];
  }

  /** Where the next 0xFF at or after `at` is (the file size when there is none). */
  async nextFF(at: number): Promise<number> {
    while (at < this.size) {
      if ((await this.byte(at)) === undefined) return this.size;
      const i = this.buf.indexOf(0xff, at - this.start);
      if (i >= 0) return this.start + i;
      at = this.start + this.buf.byteLength;
    }
    return this.size;
  }
}

/**
 * Offset just after the JPEG's end-of-image marker, found as a decoder finds it: segment by segment, through the
 * entropy-coded data after each start of scan (where 0xFF is only ever followed by 0x00 or a restart marker).
 * 'cut-off' when the file ends first; undefined when the bytes are not a JPEG structure this walk follows.
 */
async function jpegImageEnd(r: ForwardReader): Promise<number | 'cut-off' | undefined> {
  if ((await r.byte(0)) !== 0xff || (await r.byte(1)) !== 0xd8) return undefined;
  let pos = 2;
  // Each turn moves pos forward by at least one byte, so the walk ends within the file's length.
  for (;;) {
    const ff = await r.byte(pos);
    const marker = await r.byte(pos + 1);
    if (ff === undefined || marker === undefined) return 'cut-off';
    if (ff !== 0xff) return undefined;
    if (marker === 0xff) { pos += 1; continue; } // fill byte
    if (marker === 0xd9) return pos + 2;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { pos += 2; continue; }
    if (marker === 0xd8 || marker === 0x00) return undefined;
    const hi = await r.byte(pos + 2);
    const lo = await r.byte(pos + 3);
    if (hi === undefined || lo === undefined) return 'cut-off';
    const length = (hi << 8) | lo;
    if (length < 2) return undefined;
    pos += 2 + length;
    if (marker !== 0xda) continue;
    for (;;) {
      pos = await r.nextFF(pos);
      const next = await r.byte(pos + 1);
      if (next === undefined) return 'cut-off';
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) pos += 2;
      else if (next === 0xff) pos += 1;
      else break; // a marker: the scan is over
    }
  }
}

/** Offset just after the PNG's IEND chunk, walking chunk lengths; 'cut-off' when the file ends first. */
async function pngImageEnd(r: ForwardReader): Promise<number | 'cut-off' | undefined> {
  let pos = 8;
  for (;;) {
    const head = new Uint8Array(8);
    for (let i = 0; i < 8; i++) {
      const b = await r.byte(pos + i);
      if (b === undefined) return 'cut-off';
      head[i] = b;
    }
    const type = ascii(head, 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return undefined;
    pos += 12 + be32(head, 0);
    if (type === 'IEND') return pos <= r.size ? pos : 'cut-off';
  }
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
