import { describe, expect, it } from 'vitest';
import { FileFacts } from '../../src/files/facts.js';
import { bmpLayout } from '../../src/files/header.js';
import { fromBytes } from '../../src/files/source.js';
import { decodeBmp, nodeDecoder } from '../../src/image/decode-node.js';
import { coreBmp, infoBmp } from './synthetic.js';

describe('BMP headers and decoding', () => {
  it('reads 16-bit dimensions from a 12-byte core header and 32-bit ones from an info header', async () => {
    expect(await new FileFacts(fromBytes('core.bmp', coreBmp(300, 200))).header()).toMatchObject({ width: 300, height: 200, damaged: false });
    expect(await new FileFacts(fromBytes('info.bmp', infoBmp(70_000, -3, 8, 0, 70_000 * 3))).header()).toMatchObject({ width: 70_000, height: 3, damaged: false });
  });

  it('refuses a tiny BMP claiming huge dimensions before any allocation', async () => {
    // 25 MP: under every pixel cap, so only the header's own consistency stops it (decoding would take 100 MB).
    const hostile = infoBmp(5000, 5000, 32, 0, 16);
    expect(hostile.byteLength).toBe(70);
    expect(bmpLayout(hostile, hostile.byteLength)).toMatchObject({ ok: false, width: 5000, height: 5000 });
    const before = process.memoryUsage().arrayBuffers;
    // Through the facts: the header is damaged, so the decoder is never called.
    const facts = new FileFacts(fromBytes('hostile.bmp', hostile), { decoder: nodeDecoder() });
    expect(await facts.header()).toMatchObject({ damaged: true });
    expect(await facts.thumbnail()).toMatchObject({ ok: false, reason: 'decode-failed' });
    // Directly: the decoder refuses from the header alone.
    expect(() => decodeBmp(Buffer.from(hostile), 100_000_000)).toThrow(/refused/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it('bounds RLE data by a compression ratio, and accepts complete uncompressed rows', () => {
    expect(bmpLayout(infoBmp(4000, 4000, 8, 1, 100), 154)).toMatchObject({ ok: false });
    expect(bmpLayout(infoBmp(400, 100, 8, 1, 1000), 1054)).toMatchObject({ ok: true });
    // 3 pixels of 24 bits: 9 bytes, padded to 12 per row; the last row's padding may be missing.
    expect(bmpLayout(infoBmp(3, 2, 24, 0, 21), 75)).toMatchObject({ ok: true });
    expect(bmpLayout(infoBmp(3, 2, 24, 0, 20), 74)).toMatchObject({ ok: false });
    expect(bmpLayout(infoBmp(3, 2, 7, 0, 24), 78)).toMatchObject({ ok: false });
    expect(bmpLayout(infoBmp(3, 2, 24, 4, 24), 78)).toMatchObject({ ok: false });
  });

  it('decodes a well-formed BMP to the header dimensions, a 12-byte core header too', async () => {
    const ok = infoBmp(5, 4, 24, 0, 16 * 4);
    expect(decodeBmp(Buffer.from(ok), 100)).toMatchObject({ width: 5, height: 4 });
    expect(() => decodeBmp(Buffer.from(ok), 10)).toThrow(/pixel limit/);
    const core = decodeBmp(Buffer.from(coreBmp(300, 200)), 100_000_000);
    expect(core).toMatchObject({ width: 300, height: 200 });
    expect(Array.from(core.data.subarray(0, 8))).toEqual([0, 0, 0, 255, 0, 0, 0, 255]);
  });
});
