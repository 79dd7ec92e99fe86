import { beforeAll, describe, expect, it } from 'vitest';
import { bmpLayout } from '../../src/files/header.js';
import { decodeBmpPixels } from '../../src/image/bmp-pixels.js';
import { decodeBmp } from '../../src/image/decode-node.js';
import { validate } from '../../src/node.js';
import { BI_ALPHABITFIELDS, BI_BITFIELDS, BI_RLE4, BI_RLE8, sourceRgb, writeBmp, type BmpSpec } from './bmp-writer.js';

let src: { width: number; height: number; rgb: Uint8Array };
beforeAll(async () => {
  src = await sourceRgb(301);
});

const at = (x: number, y: number) => {
  const i = (y * src.width + x) * 3;
  return [src.rgb[i]!, src.rgb[i + 1]!, src.rgb[i + 2]!] as const;
};
const to = (v: number, bits: number) => Math.round((v * (2 ** bits - 1)) / 255);
const spec = (s: Omit<BmpSpec, 'width' | 'height'>): BmpSpec => ({ width: src.width, height: src.height, ...s });

/** Largest difference between a decoded channel and the source; every alpha byte must be 255. */
function maxError(data: Uint8Array | Uint8ClampedArray): number {
  expect(data.byteLength).toBe(src.width * src.height * 4);
  let worst = 0;
  for (let p = 0, i = 0; p < data.length; p += 4, i += 3) {
    for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(data[p + c]! - src.rgb[i + c]!));
    if (data[p + 3] !== 255) return Infinity;
  }
  return worst;
}

/** As the thumbnail decoder calls it: on a Buffer of the whole file. */
const decode = (b: Uint8Array, maxPixels = 10_000_000) => decodeBmp(Buffer.from(b.buffer, b.byteOffset, b.byteLength), maxPixels);

/** The decoder's own output, alpha included. */
const raw = (b: Uint8Array) => {
  const layout = bmpLayout(b, b.byteLength);
  if (!layout.ok) throw new Error(layout.reason);
  return decodeBmpPixels(b, layout);
};

/** A 6×6×6 colour cube (steps of 51) and the index of the nearest entry. */
const cube: [number, number, number][] = [];
for (let r = 0; r < 6; r++) for (let g = 0; g < 6; g++) for (let b = 0; b < 6; b++) cube.push([r * 51, g * 51, b * 51]);
const cubeIndex = (x: number, y: number) => {
  const [r, g, b] = at(x, y);
  return Math.round(r / 51) * 36 + Math.round(g / 51) * 6 + Math.round(b / 51);
};
/** 16 greys (steps of 17) and the index of the nearest one to the pixel's luma. */
const greys: [number, number, number][] = Array.from({ length: 16 }, (_, i) => [i * 17, i * 17, i * 17]);
const luma = (x: number, y: number) => {
  const [r, g, b] = at(x, y);
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
};

describe('BMP decoding, variants written from the ID-card photo', () => {
  it('24-bit BI_RGB, bottom-up, odd width (row padding): exact', () => {
    const b = writeBmp(spec({ bpp: 24, pixel: (x, y) => { const [r, g, bl] = at(x, y); return (r << 16) | (g << 8) | bl; } }));
    expect(decode(b)).toMatchObject({ width: 301, height: src.height });
    expect(maxError(decode(b).data)).toBe(0);
  });

  it('24-bit top-down (negative height): exact', () => {
    const b = writeBmp(spec({ bpp: 24, topDown: true, pixel: (x, y) => { const [r, g, bl] = at(x, y); return (r << 16) | (g << 8) | bl; } }));
    expect(maxError(decode(b).data)).toBe(0);
  });

  it('32-bit BI_RGB (B, G, R, unused byte): exact, the fourth byte is not alpha', () => {
    const b = writeBmp(spec({ bpp: 32, pixel: (x, y) => { const [r, g, bl] = at(x, y); return (((x & 0x7f) << 24) | (r << 16) | (g << 8) | bl) >>> 0; } }));
    expect(raw(b).alpha).toBe(false);
    expect(maxError(raw(b).data)).toBe(0);
  });

  it('32-bit BI_BITFIELDS with a V5 header (masks in the header, alpha mask, alpha bytes 255): exact', () => {
    const b = writeBmp(spec({
      bpp: 32, compression: BI_BITFIELDS, headerSize: 124, masks: [0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000],
      pixel: (x, y) => { const [r, g, bl] = at(x, y); return ((0xff << 24) | (r << 16) | (g << 8) | bl) >>> 0; },
    }));
    expect(maxError(decode(b).data)).toBe(0);
  });

  it('32-bit BI_BITFIELDS with a V4 header and R, G, B, A byte order, top-down: exact', () => {
    const b = writeBmp(spec({
      bpp: 32, compression: BI_BITFIELDS, headerSize: 108, topDown: true, masks: [0x000000ff, 0x0000ff00, 0x00ff0000, 0xff000000],
      pixel: (x, y) => { const [r, g, bl] = at(x, y); return ((0xff << 24) | (bl << 16) | (g << 8) | r) >>> 0; },
    }));
    expect(maxError(decode(b).data)).toBe(0);
  });

  it('32-bit V5 with an alpha mask and all-zero alpha bytes is opaque, as in browsers', () => {
    const b = writeBmp(spec({
      bpp: 32, compression: BI_BITFIELDS, headerSize: 124, masks: [0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000],
      pixel: (x, y) => { const [r, g, bl] = at(x, y); return (r << 16) | (g << 8) | bl; },
    }));
    expect(raw(b).alpha).toBe(false);
    expect(maxError(raw(b).data)).toBe(0);
  });

  it('32-bit BI_ALPHABITFIELDS (four masks after a 40-byte header): alpha is read, colour exact', () => {
    const b = writeBmp(spec({
      bpp: 32, compression: BI_ALPHABITFIELDS, masks: [0x0000ff00, 0x00ff0000, 0xff000000, 0x000000ff],
      pixel: (x, y) => { const [r, g, bl] = at(x, y); return ((bl << 24) | (g << 16) | (r << 8) | (x % 2 ? 0x80 : 0xff)) >>> 0; },
    }));
    const pixels = raw(b);
    expect(pixels.alpha).toBe(true);
    expect([pixels.data[3], pixels.data[7]]).toEqual([255, 128]);
    // decodeBmp hands on opaque pixels, the colour untouched.
    expect(maxError(decode(b).data)).toBe(0);
  });

  it('16-bit RGB565 BI_BITFIELDS (three masks after a 40-byte header): within the 5/6-bit step', () => {
    const b = writeBmp(spec({
      bpp: 16, compression: BI_BITFIELDS, masks: [0xf800, 0x07e0, 0x001f],
      pixel: (x, y) => { const [r, g, bl] = at(x, y); return (to(r, 5) << 11) | (to(g, 6) << 5) | to(bl, 5); },
    }));
    expect(maxError(decode(b).data)).toBeLessThanOrEqual(5);
  });

  it('16-bit RGB565 with a V5 header, top-down: within the 5/6-bit step', () => {
    const b = writeBmp(spec({
      bpp: 16, compression: BI_BITFIELDS, headerSize: 124, topDown: true, masks: [0xf800, 0x07e0, 0x001f, 0],
      pixel: (x, y) => { const [r, g, bl] = at(x, y); return (to(r, 5) << 11) | (to(g, 6) << 5) | to(bl, 5); },
    }));
    expect(maxError(decode(b).data)).toBeLessThanOrEqual(5);
  });

  it('16-bit BI_RGB, the default X1R5G5B5: within the 5-bit step', () => {
    const b = writeBmp(spec({
      bpp: 16, pixel: (x, y) => { const [r, g, bl] = at(x, y); return (to(r, 5) << 10) | (to(g, 5) << 5) | to(bl, 5); },
    }));
    expect(maxError(decode(b).data)).toBeLessThanOrEqual(5);
  });

  it('8-bit colour table: within half a step of the 6×6×6 cube', () => {
    const b = writeBmp(spec({ bpp: 8, palette: cube, pixel: cubeIndex }));
    expect(maxError(decode(b).data)).toBeLessThanOrEqual(26);
  });

  it('8-bit colour table with a V5 header (table after 124 bytes), top-down', () => {
    const b = writeBmp(spec({ bpp: 8, headerSize: 124, topDown: true, palette: cube, pixel: cubeIndex }));
    expect(maxError(decode(b).data)).toBeLessThanOrEqual(26);
  });

  it('8-bit colour table with a 12-byte OS/2 core header (3-byte entries)', () => {
    const b = writeBmp(spec({ bpp: 8, headerSize: 12, palette: cube, pixel: cubeIndex }));
    expect(maxError(decode(b).data)).toBeLessThanOrEqual(26);
  });

  it('RLE8 gives the same pixels as the uncompressed 8-bit image', () => {
    const plain = decode(writeBmp(spec({ bpp: 8, palette: cube, pixel: cubeIndex })));
    const b = writeBmp(spec({ bpp: 8, compression: BI_RLE8, palette: cube, pixel: cubeIndex }));
    expect(Buffer.from(decode(b).data).equals(Buffer.from(plain.data))).toBe(true);
  });

  it('4-bit greys, uncompressed and RLE4, against the luma of the photo', () => {
    const index = (x: number, y: number) => Math.round(luma(x, y) / 17);
    const plain = decode(writeBmp(spec({ bpp: 4, palette: greys, pixel: index })));
    const rle = decode(writeBmp(spec({ bpp: 4, compression: BI_RLE4, palette: greys, pixel: index })));
    expect(Buffer.from(rle.data).equals(Buffer.from(plain.data))).toBe(true);
    let worst = 0;
    for (let y = 0; y < src.height; y++) for (let x = 0; x < src.width; x++) worst = Math.max(worst, Math.abs(plain.data[(y * src.width + x) * 4]! - luma(x, y)));
    expect(worst).toBeLessThanOrEqual(9);
  });

  it('1-bit black and white', () => {
    const b = writeBmp(spec({ bpp: 1, palette: [[0, 0, 0], [255, 255, 255]], pixel: (x, y) => (luma(x, y) >= 128 ? 1 : 0) }));
    const { data } = decode(b);
    for (const [x, y] of [[0, 0], [7, 3], [8, 3], [300, src.height - 1], [150, 100]] as const) {
      expect(data[(y * src.width + x) * 4]).toBe(luma(x, y) >= 128 ? 255 : 0);
    }
  });
});

describe('BMP decoding refuses malformed files with a clear error', () => {
  const tiny = (s: Partial<BmpSpec>) => writeBmp({ width: 4, height: 3, bpp: 32, pixel: () => 0x336699, ...s });

  it('a truncated pixel array', () => {
    const b = writeBmp(spec({ bpp: 24, pixel: () => 0x102030 }));
    expect(() => decode(b.subarray(0, b.byteLength - 400))).toThrow(/BMP refused: .*need \d+ bytes/);
  });

  it('zero, overlapping, non-contiguous and too-wide masks', () => {
    const masked = (masks: number[], bpp: 16 | 32 = 32) => tiny({ bpp, compression: BI_BITFIELDS, headerSize: 124, masks });
    expect(() => decode(masked([0, 0, 0, 0]))).toThrow(/red mask is zero/);
    expect(() => decode(masked([0xff0000, 0, 0xff, 0]))).toThrow(/green mask is zero/);
    expect(() => decode(masked([0xff0000, 0x00ff00, 0x0000ff, 0x00ff0000]))).toThrow(/alpha mask .* overlaps/);
    expect(() => decode(masked([0xf800, 0x0fe0, 0x001f], 16))).toThrow(/green mask .* overlaps/);
    expect(() => decode(masked([0xff0f0000, 0x0000ff00, 0x000000ff, 0]))).toThrow(/red mask .* not contiguous/);
    expect(() => decode(masked([0x1f0000, 0x07e0, 0x001f], 16))).toThrow(/red mask .* exceeds 16 bits/);
  });

  it('masks after a 40-byte header that run into the pixel data, and masks with 24 or 8 bits', () => {
    const b = tiny({ bpp: 32, compression: BI_BITFIELDS, masks: [0xff0000, 0xff00, 0xff] });
    new DataView(b.buffer).setUint32(10, 58, true); // pixel data declared to start among the masks
    expect(() => decode(b)).toThrow(/masks overlap the pixel data/);
    expect(() => decode(tiny({ bpp: 24, compression: BI_BITFIELDS, masks: [0xff0000, 0xff00, 0xff] }))).toThrow(/masks with 24 bits/);
    expect(() => decode(tiny({ bpp: 8, compression: BI_BITFIELDS, masks: [0xe0, 0x1c, 0x03], pixel: () => 1 }))).toThrow(/masks with 8 bits/);
  });

  it('a header claiming more pixels than maxPixels, before decoding', () => {
    const b = writeBmp(spec({ bpp: 24, pixel: () => 0 }));
    expect(() => decode(b, src.width * src.height - 1)).toThrow(/exceeds the pixel limit/);
    // A tiny file claiming 30000 × 30000 is refused from its header, whatever the cap.
    const hostile = tiny({ bpp: 32 });
    new DataView(hostile.buffer).setInt32(18, 30_000, true);
    new DataView(hostile.buffer).setInt32(22, 30_000, true);
    expect(() => decode(hostile, 2_000_000_000)).toThrow(/BMP refused/);
  });

  it('RLE data that stops before the last row, and a pixel-data offset inside the colour table', () => {
    const b = writeBmp(spec({ bpp: 8, compression: BI_RLE8, palette: cube, pixel: cubeIndex }));
    expect(() => decode(b.subarray(0, Math.floor(b.byteLength / 2)))).toThrow(/RLE data ends at row/);
    const bad = tiny({ bpp: 8, palette: cube, pixel: () => 5 });
    new DataView(bad.buffer).setUint32(10, 54, true);
    expect(() => decode(bad)).toThrow(/offset points into the colour table/);
  });

  it('RLE escapes past the image end, and indices past the colour table, stay in bounds', () => {
    // 4×2 RLE8: a move past the right edge, a run longer than the row, then a delta below the image.
    const b = writeBmp({ width: 4, height: 2, bpp: 8, compression: BI_RLE8, palette: [[10, 20, 30]], pixel: () => 0 });
    // Header and the one-entry colour table: 14 + 40 + 4 bytes. Bottom row (stored first): move 200 right, a run of 9
    // past the edge, end of line; top row: two pixels of index 0, one of index 5 (no such entry), then a move 250 rows
    // down, past the image.
    const body = [0, 2, 200, 0, 9, 0, 0, 0, 2, 0, 1, 5, 0, 2, 0, 250, 0, 1];
    const hostile = new Uint8Array(58 + body.length);
    hostile.set(b.subarray(0, 58));
    hostile.set(body, 58);
    new DataView(hostile.buffer).setUint32(2, hostile.byteLength, true);
    const { data } = decode(hostile);
    // Pixels never written are white (transparent in the decoder, then made opaque); a missing entry is black.
    expect(Array.from(data.subarray(16, 32))).toEqual(new Array(16).fill(255));
    expect(Array.from(data.subarray(0, 16))).toEqual([10, 20, 30, 255, 10, 20, 30, 255, 0, 0, 0, 255, 255, 255, 255, 255]);
  });
});

describe('BMP through the public API', () => {
  it('a V5 32-bit colour BMP of the ID card is not reported as greyscale', async () => {
    const { width, height, rgb } = await sourceRgb(900);
    const data = writeBmp({
      width, height, bpp: 32, compression: BI_BITFIELDS, headerSize: 124, masks: [0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000],
      pixel: (x, y) => { const i = (y * width + x) * 3; return ((0xff << 24) | (rgb[i]! << 16) | (rgb[i + 1]! << 8) | rgb[i + 2]!) >>> 0; },
    });
    const report = await validate({ files: [{ name: 'x.bmp', data }] }, { profile: 'tencent', now: '2026-06-15' });
    expect(report.findings.filter((f) => f.rule === 'image-colour' || f.code === 'undecodable')).toEqual([]);
  });
});
