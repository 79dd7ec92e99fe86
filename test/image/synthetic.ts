/** Small hand-built files for the file and image tests: exact headers, no fixtures on disk. */

/**
 * A uniform grey baseline JPEG of any size, cheap at any size: one component, every block DC 0 with no AC (Huffman
 * tables of one 1-bit code each, so the scan is 2 bits per 8×8 block, all zero bits). Decodes to grey 128.
 */
export function greyJpeg(width: number, height: number): Uint8Array {
  const seg = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scan = new Uint8Array(Math.ceil(blocks / 4));
  const oneCode = (cls: number) => [cls, 1, ...new Array<number>(15).fill(0), 0]; // one code of length 1, symbol 0
  const head = [
    0xff, 0xd8,
    ...seg(0xdb, [0, ...new Array<number>(64).fill(1)]),
    ...seg(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...seg(0xc4, [...oneCode(0x00), ...oneCode(0x10)]),
    ...seg(0xda, [1, 1, 0x00, 0, 63, 0]),
  ];
  return concat(Uint8Array.from(head), scan, Uint8Array.of(0xff, 0xd9));
}

/** A BMP with a 40-byte info header and `pixelBytes` bytes of pixel data (zeros) after it, whatever it declares. */
export function infoBmp(width: number, height: number, bitsPerPixel: number, compression: number, pixelBytes: number): Uint8Array {
  const b = new Uint8Array(54 + pixelBytes);
  const v = new DataView(b.buffer);
  b[0] = 0x42; b[1] = 0x4d;
  v.setUint32(2, b.byteLength, true);
  v.setUint32(10, 54, true);
  v.setUint32(14, 40, true);
  v.setInt32(18, width, true);
  v.setInt32(22, height, true);
  v.setUint16(26, 1, true);
  v.setUint16(28, bitsPerPixel, true);
  v.setUint32(30, compression, true);
  v.setUint32(34, pixelBytes, true);
  return b;
}

/** An OS/2 1.x BMP (12-byte BITMAPCOREHEADER, 16-bit dimensions), 24 bits per pixel, with complete pixel rows. */
export function coreBmp(width: number, height: number): Uint8Array {
  const stride = Math.ceil((width * 24) / 32) * 4;
  const b = new Uint8Array(26 + stride * height);
  const v = new DataView(b.buffer);
  b[0] = 0x42; b[1] = 0x4d;
  v.setUint32(2, b.byteLength, true);
  v.setUint32(10, 26, true);
  v.setUint32(14, 12, true);
  v.setUint16(18, width, true);
  v.setUint16(20, height, true);
  v.setUint16(22, 1, true);
  v.setUint16(24, 24, true);
  return b;
}

/** A ZIP archive with one stored file (CRC left 0: nothing here checks it); offsets relative to the archive. */
export function storedZip(name: string, data: Uint8Array): Uint8Array {
  const n = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + n.byteLength);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 10, true);
  lv.setUint32(18, data.byteLength, true);
  lv.setUint32(22, data.byteLength, true);
  lv.setUint16(26, n.byteLength, true);
  local.set(n, 30);
  const central = new Uint8Array(46 + n.byteLength);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 10, true);
  cv.setUint32(20, data.byteLength, true);
  cv.setUint32(24, data.byteLength, true);
  cv.setUint16(28, n.byteLength, true);
  cv.setUint32(42, 0, true);
  central.set(n, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.byteLength, true);
  ev.setUint32(16, local.byteLength + data.byteLength, true);
  return concat(local, data, central, end);
}

/** Deterministic bytes without 0xFF (so no JPEG marker) and without 'PK'. */
export function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = (x >>> 16) % 0x50;
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.byteLength; }
  return out;
}
