import type { FileSource } from './source.js';

/**
 * Random access over a FileSource in small aligned chunks, cached, so header parsers can follow offsets without
 * reading the whole file. `limit` bounds the total bytes a parser may pull (a hostile header cannot make us read 200 MB).
 */
export class ByteReader {
  private chunks = new Map<number, Uint8Array>();
  private pulled = 0;

  constructor(
    private readonly source: FileSource,
    readonly size: number,
    private readonly chunkSize = 16384,
    private readonly limit = 4 * 1024 * 1024,
    head?: Uint8Array,
  ) {
    if (head && head.byteLength >= Math.min(chunkSize, size)) {
      // Seed the cache with the sniffing head so the first chunk is not read twice.
      const whole = Math.floor(head.byteLength / chunkSize);
      for (let i = 0; i < whole; i++) this.chunks.set(i, head.subarray(i * chunkSize, (i + 1) * chunkSize));
      if (head.byteLength === size && size % chunkSize) this.chunks.set(whole, head.subarray(whole * chunkSize));
    }
  }

  get bytesPulled(): number {
    return this.pulled;
  }

  /** Bytes [offset, offset+length) clipped to the file; null when over the read budget. */
  async bytes(offset: number, length: number): Promise<Uint8Array | null> {
    if (offset < 0 || offset >= this.size || length <= 0) return new Uint8Array(0);
    const end = Math.min(this.size, offset + length);
    const first = Math.floor(offset / this.chunkSize);
    const last = Math.floor((end - 1) / this.chunkSize);
    const parts: Uint8Array[] = [];
    for (let i = first; i <= last; i++) {
      let chunk = this.chunks.get(i);
      if (!chunk) {
        if (this.pulled + this.chunkSize > this.limit) return null;
        chunk = await this.source.read(i * this.chunkSize, Math.min(this.size, (i + 1) * this.chunkSize));
        this.pulled += chunk.byteLength;
        this.chunks.set(i, chunk);
      }
      parts.push(chunk);
    }
    const startInFirst = offset - first * this.chunkSize;
    if (parts.length === 1) return parts[0]!.subarray(startInFirst, startInFirst + (end - offset));
    const out = new Uint8Array(end - offset);
    let pos = 0;
    for (let k = 0; k < parts.length; k++) {
      const p = k === 0 ? parts[k]!.subarray(startInFirst) : parts[k]!;
      const take = Math.min(p.byteLength, out.byteLength - pos);
      out.set(p.subarray(0, take), pos);
      pos += take;
    }
    return out;
  }

  async u8(offset: number): Promise<number | undefined> {
    const b = await this.bytes(offset, 1);
    return b && b.byteLength === 1 ? b[0] : undefined;
  }
}

export function be16(b: Uint8Array, o: number): number {
  return ((b[o]! << 8) | b[o + 1]!) >>> 0;
}
export function be32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}
export function le16(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8)) >>> 0;
}
export function le32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
export function ascii(b: Uint8Array, o: number, n: number): string {
  let s = '';
  for (let i = o; i < o + n && i < b.byteLength; i++) s += String.fromCharCode(b[i]!);
  return s;
}
