/**
 * A file the checks can read a piece at a time. Browser-safe: no Node imports here (see source-node.ts for paths).
 * `read(start, end)` returns bytes [start, end) clipped to the file; reading past the end returns fewer bytes.
 */
export interface FileSource {
  /** The name the holder gave the file (its extension is compared with the sniffed content). */
  name: string;
  size(): Promise<number>;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** Counts the bytes a source hands out, so tests and benchmarks can prove a check read only a header. */
export interface CountingSource extends FileSource {
  readonly bytesRead: number;
  readonly reads: number;
}

export function fromBytes(name: string, bytes: Uint8Array): FileSource {
  return {
    name,
    size: async () => bytes.byteLength,
    read: async (start, end) => bytes.subarray(clamp(start, bytes.byteLength), clamp(end, bytes.byteLength)),
  };
}

/** A Blob or File (browser upload, or Node's Blob). Reads use Blob.slice, so a large file is never loaded whole. */
export function fromBlob(name: string, blob: Blob): FileSource {
  return {
    name,
    size: async () => blob.size,
    read: async (start, end) => {
      const s = clamp(start, blob.size);
      const e = Math.max(s, clamp(end, blob.size));
      return new Uint8Array(await blob.slice(s, e).arrayBuffer());
    },
  };
}

export function counting(source: FileSource): CountingSource {
  let bytesRead = 0;
  let reads = 0;
  return {
    name: source.name,
    size: () => source.size(),
    async read(start, end) {
      const bytes = await source.read(start, end);
      bytesRead += bytes.byteLength;
      reads += 1;
      return bytes;
    },
    get bytesRead() {
      return bytesRead;
    },
    get reads() {
      return reads;
    },
  };
}

/** Reads the whole file. Only for decoding, after size and header facts allowed it. */
export async function readAll(source: FileSource): Promise<Uint8Array> {
  return source.read(0, await source.size());
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n) || n < 0) return 0;
  return Math.min(Math.floor(n), max);
}
