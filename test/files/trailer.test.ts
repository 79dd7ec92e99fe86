/** The end of an image file: a missing end marker (cut off) against bytes appended after it, of any length. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counting, fromBytes } from '../../src/files/source.js';
import { inspectTrailer } from '../../src/files/trailer.js';
import { FIXTURES } from '../image/fixture-metrics.js';
import { concat, noise, storedZip } from '../image/synthetic.js';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const trailer = (name: string, bytes: Uint8Array, format: 'jpeg' | 'png' = 'jpeg') => inspectTrailer(fromBytes(name, bytes), bytes.byteLength, format);
const jpeg = fixture('id-front.jpg');
const png = fixture('id-front.png');
const text = (s: string) => new TextEncoder().encode(s);

describe('JPEG end of image', () => {
  it('a complete JPEG is complete, with nothing appended, from its tail alone', async () => {
    const src = counting(fromBytes('a.jpg', jpeg));
    expect(await inspectTrailer(src, jpeg.byteLength, 'jpeg')).toEqual({ complete: true, trailingBytes: 0 });
    expect(src.bytesRead).toBeLessThanOrEqual(16384);
  });

  it('data appended after the end marker is appended data, however long (not truncation)', async () => {
    // noise() never holds 0xFF, so no end marker is in the last 16 KB: only the image's own structure tells its end
    for (const length of [100, 20_000, 300_000]) {
      expect(await trailer('a.jpg', concat(jpeg, noise(length))), `${length} bytes`).toEqual({ complete: true, trailingBytes: length, appended: 'data' });
    }
  });

  it('an end-marker pair inside the appended data does not hide it', async () => {
    const appended = concat(noise(30_000), Uint8Array.of(0xff, 0xd9), noise(100, 2));
    expect(await trailer('a.jpg', concat(jpeg, appended))).toMatchObject({ complete: true, trailingBytes: appended.byteLength, appended: 'data' });
    // markup followed by an end-marker pair that ends the file
    const html = concat(text('<html><script>alert(1)</script>'), noise(5_000), Uint8Array.of(0xff, 0xd9));
    expect(await trailer('a.jpg', concat(jpeg, html))).toMatchObject({ complete: true, trailingBytes: html.byteLength, appended: 'html' });
  });

  it('a second picture after the first (multi-picture and gain-map JPEGs) is told apart from other data', async () => {
    const gainMap = concat(jpeg.subarray(0, 20_000), noise(10_000));
    expect(await trailer('a.jpg', concat(jpeg, gainMap))).toMatchObject({ complete: true, trailingBytes: gainMap.byteLength, appended: 'picture' });
  });

  it('a JPEG cut off is truncated, also when it is cut long before its last 16 KB would end', async () => {
    expect(await trailer('cut.jpg', fixture('id-front-truncated.jpg'))).toEqual({ complete: false, trailingBytes: 0 });
    expect(await trailer('cut.jpg', jpeg.subarray(0, 60_000))).toEqual({ complete: false, trailingBytes: 0 });
    // cut in the scan data and zero-filled to the original size, as a failed download leaves it
    expect(await trailer('cut.jpg', concat(jpeg.subarray(0, 100_000), new Uint8Array(jpeg.byteLength - 100_000)))).toMatchObject({ complete: false });
  });

  it('a ZIP after other appended data is a ZIP after a complete image; after a cut-off one, still truncated', async () => {
    const zip = storedZip('x.bin', noise(30_000));
    expect(await trailer('a.jpg', concat(jpeg, noise(1000), zip))).toEqual({ complete: true, trailingBytes: 1000 + zip.byteLength, appended: 'zip' });
    expect(await trailer('a.jpg', concat(jpeg.subarray(0, 200_000), zip))).toMatchObject({ complete: false, appended: 'zip' });
  });

  it('a PDF appended is named (its marker is upper-case)', async () => {
    expect(await trailer('a.jpg', concat(jpeg, text('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), noise(20_000)))).toMatchObject({ complete: true, appended: 'pdf' });
    expect(await trailer('a.jpg', concat(jpeg, text('%PDF-1.4\n%%EOF\n')))).toMatchObject({ appended: 'pdf' });
    // HTML tags are found in any case
    expect(await trailer('a.jpg', concat(jpeg, text('<HTML><BODY>x</BODY></HTML>')))).toMatchObject({ appended: 'html' });
  });
});

describe('hostile structures', () => {
  it('a scan of nothing but stuffed bytes, or a million empty segments, is walked to its end and is cut off', async () => {
    const stuffed = new Uint8Array(4 * 1024 * 1024);
    stuffed.set([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]);
    for (let i = 6; i + 1 < stuffed.byteLength; i += 2) stuffed.set([0xff, 0x00], i);
    expect(await trailer('a.jpg', stuffed)).toEqual({ complete: false, trailingBytes: 0 });
    const segments = new Uint8Array(4 * 1024 * 1024 + 2);
    segments.set([0xff, 0xd8]);
    for (let i = 2; i + 3 < segments.byteLength; i += 4) segments.set([0xff, 0xe5, 0x00, 0x02], i);
    expect(await trailer('a.jpg', segments)).toEqual({ complete: false, trailingBytes: 0 });
    // the same segments, then an end marker and data appended: the walk crosses its 1 MB windows to the real end
    expect(await trailer('a.jpg', concat(segments, Uint8Array.of(0xff, 0xd9), noise(20_000)))).toEqual({ complete: true, trailingBytes: 20_000, appended: 'data' });
    const chunks = concat(png.subarray(0, 8), ...Array.from({ length: 100_000 }, () => Uint8Array.of(0, 0, 0, 0, 0x74, 0x45, 0x58, 0x74, 0, 0, 0, 0)));
    expect(await trailer('a.png', chunks, 'png')).toEqual({ complete: false, trailingBytes: 0 });
  });
});

describe('PNG end of image', () => {
  it('data appended after IEND is appended data, however long; a PNG cut off is truncated', async () => {
    expect(await trailer('a.png', png, 'png')).toEqual({ complete: true, trailingBytes: 0 });
    expect(await trailer('a.png', concat(png, noise(40_000)), 'png')).toEqual({ complete: true, trailingBytes: 40_000, appended: 'data' });
    expect(await trailer('a.png', png.subarray(0, png.byteLength - 30_000), 'png')).toEqual({ complete: false, trailingBytes: 0 });
  });
});
