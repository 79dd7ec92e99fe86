import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { validate, type Profile } from '../../src/node.js';
import { concat, greyJpeg, infoBmp, noise, storedZip } from '../image/synthetic.js';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
const bytes = (name: string, data: Uint8Array) => ({ files: [{ name, data }] });
const fixture = (p: string) => new Uint8Array(readFileSync(path.join(baseDir, p)));
const withCap = (maxPixels: number): Profile => ({
  id: `cap-${maxPixels}`, extends: 'strict', title: { 'zh-CN': '像素上限', en: 'Pixel cap' }, rules: { 'image-integrity': { options: { maxPixels } } },
});

// Bytes after a complete JPEG: 40 KB of other data (more than the 16 KB tail), a PDF, a second picture (gain map).
const afterJpeg = (...parts: Uint8Array[]) => concat(fixture('id-front.jpg'), ...parts);
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

// A BMP of 9000×9000 at 32 bits per pixel (81 MP, under the cap) in 70 bytes: decoding it would allocate 324 MB.
const hostileBmp = infoBmp(9000, 9000, 32, 0, 16);
// RLE8 data of 100 bytes claiming 4000×4000 pixels.
const hostileRleBmp = infoBmp(4000, 4000, 8, 1, 100);
// A truncated JPEG whose last kilobytes happen to contain a ZIP local-header signature.
const truncatedWithPk = (() => {
  const b = fixture('id-front-truncated.jpg').slice();
  b.set([0x50, 0x4b, 0x03, 0x04], b.byteLength - 2000);
  return b;
})();
// A ZIP larger than the 16 KB tail appended to a complete JPEG, and to a truncated one.
const bigZip = storedZip('payload.bin', noise(40_000));
// A JPEG whose only component names a quantisation table that is never defined: the header parses, decoding fails.
const badQuantJpeg = (() => {
  const b = greyJpeg(64, 64).slice();
  for (let i = 0; i + 1 < b.byteLength; i++) if (b[i] === 0xff && b[i + 1] === 0xc0) { b[i + 12] = 3; break; }
  return b;
})();
// 150 megapixels, 0.6 MB: over the default cap of the decode fact, under a profile cap of 200 MP.
const grey150mp = greyJpeg(12500, 12000);

// A 6000×6000 GIF (36 MP, 0.2 MB): under the 100 MP cap, but GIF is decoded at full size (4 bytes a pixel, no
// shrink-on-load), so it is held to the 25 MP full-frame cap. Tencent accepts GIF.
const gif36mp = new Uint8Array(await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#d8e4f0' } }).gif().toBuffer());
const gif20mp = new Uint8Array(await sharp({ create: { width: 5000, height: 4000, channels: 3, background: '#d8e4f0' } }).gif().toBuffer());

// A 65 MB JPEG (sparse on disk): a header, zeros, an end marker. More than the decode fact reads whole.
const bigDir = mkdtempSync(path.join(tmpdir(), 'realname-integrity-'));
{
  const fd = openSync(path.join(bigDir, 'huge.jpg'), 'w');
  const head = greyJpeg(1000, 1000);
  writeSync(fd, head.subarray(0, head.byteLength - 2), 0, head.byteLength - 2, 0);
  writeSync(fd, Uint8Array.of(0xff, 0xd9), 0, 2, 65 * 1024 * 1024);
  closeSync(fd);
}

ruleTester('image-integrity', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.png'), options: { baseDir } },
    { submission: file('id-front.bmp'), options: { baseDir } },
    { submission: file('id-front.tif'), options: { baseDir } },
    { submission: file('id-front-animated.gif'), options: { baseDir } },
    { name: 'non-images are left to image-format', submission: file('scan.pdf'), options: { baseDir } },
    { name: 'a 20 MP GIF, under the full-frame cap', submission: bytes('scan.gif', gif20mp), options: { profile: 'tencent' } },
    { name: 'a second picture after the first (multi-picture, gain map) is not suspicious', submission: bytes('hdr.jpg', afterJpeg(greyJpeg(200, 100))) },
    { name: 'a profile raising the pixel cap lets a 150 MP image through, and it is decoded', submission: bytes('big.jpg', grey150mp), options: { profile: withCap(200_000_000) } },
  ],
  invalid: [
    { submission: file('bomb.png'), options: { baseDir }, errors: [{ code: 'too-many-pixels', file: 'bomb.png', messageIncludes: '60000×60000' }] },
    { name: 'a profile lowering the pixel cap', submission: file('id-front.jpg'), options: { baseDir, profile: withCap(1_000_000) }, errors: [{ code: 'too-many-pixels', file: 'id-front.jpg', messageIncludes: 'over the 1-megapixel limit' }] },
    { name: 'a 36 MP GIF: over the cap for formats decoded at full size', submission: bytes('scan.gif', gif36mp), options: { profile: 'tencent' }, errors: [{ code: 'too-many-pixels', file: 'scan.gif', messageIncludes: '6000×6000 (36 megapixels), over the 25-megapixel limit' }] },
    { name: 'over the default cap of 100 MP', submission: bytes('big.jpg', grey150mp), errors: [{ code: 'too-many-pixels', file: 'big.jpg', messageIncludes: '12500×12000' }] },
    { submission: file('id-front-truncated.jpg'), options: { baseDir }, errors: [{ code: 'truncated', file: 'id-front-truncated.jpg', messageIncludes: 'JPEG' }] },
    { submission: file('id-front-truncated.png'), options: { baseDir }, errors: [{ code: 'truncated', file: 'id-front-truncated.png', messageIncludes: 'PNG' }] },
    { name: 'truncated JPEG with ZIP signature bytes in its tail', submission: bytes('cut.jpg', truncatedWithPk), errors: [{ code: 'truncated', file: 'cut.jpg' }] },
    { name: 'truncated JPEG with a ZIP appended', submission: bytes('cut-zip.jpg', concat(fixture('id-front-truncated.jpg'), bigZip)), errors: [{ code: 'truncated', file: 'cut-zip.jpg' }] },
    { submission: file('id-front-polyglot-zip.jpg'), options: { baseDir }, errors: [{ code: 'polyglot', file: 'id-front-polyglot-zip.jpg', severity: 'warning', messageIncludes: 'ZIP' }] },
    { name: 'ZIP larger than the tail after a complete JPEG', submission: bytes('zip.jpg', concat(fixture('id-front.jpg'), bigZip)), errors: [{ code: 'polyglot', file: 'zip.jpg', messageIncludes: `${bigZip.byteLength} bytes of ZIP` }] },
    { name: 'data appended after the end marker, longer than the tail: appended, not truncated', submission: bytes('tail.jpg', afterJpeg(noise(40_000))), errors: [{ code: 'trailing-data', file: 'tail.jpg', severity: 'warning', messageIncludes: '40000 bytes of other data follow the end of the JPEG image' }] },
    { name: 'a PDF appended after the JPEG', submission: bytes('pdf.jpg', afterJpeg(pdf)), errors: [{ code: 'polyglot', file: 'pdf.jpg', severity: 'warning', messageIncludes: `${pdf.byteLength} bytes of PDF` }] },
    { submission: file('id-front-polyglot-html.jpg'), options: { baseDir }, errors: [{ code: 'polyglot', file: 'id-front-polyglot-html.jpg', severity: 'warning', messageIncludes: 'HTML' }] },
    { name: 'BMP declaring more pixels than its bytes hold', submission: bytes('hostile.bmp', hostileBmp), errors: [{ code: 'undecodable', file: 'hostile.bmp', messageIncludes: 'BMP' }] },
    { name: 'RLE BMP declaring an implausible pixel count', submission: bytes('hostile-rle.bmp', hostileRleBmp), errors: [{ code: 'undecodable', file: 'hostile-rle.bmp' }] },
    { name: 'JPEG whose decoding fails', submission: bytes('bad-quant.jpg', badQuantJpeg), errors: [{ code: 'undecodable', file: 'bad-quant.jpg', messageIncludes: 'JPEG' }] },
    { name: 'file too large to decode', submission: file('huge.jpg'), options: { baseDir: bigDir }, errors: [{ code: 'too-large-to-decode', file: 'huge.jpg', messageIncludes: '65 MB' }] },
  ],
});

describe('the pixel cap of the profile is the one decoding obeys', () => {
  const QUALITY = ['image-integrity', 'image-resolution', 'image-colour', 'image-clarity', 'image-completeness'];
  const run = async (submission: unknown, profile?: Profile) =>
    (await validate(submission, { now: '2026-06-15', lang: 'en', only: QUALITY, ...(profile ? { profile } : {}), baseDir })).findings.map((f) => `${f.rule}/${f.code}`).sort();

  it('a raised cap: the image is decoded and analysed (it is greyscale and featureless), not silently skipped', async () => {
    // A uniform grey picture holds no document either.
    expect(await run(bytes('big.jpg', grey150mp), withCap(200_000_000))).toEqual(['image-clarity/blurred', 'image-colour/greyscale', 'image-completeness/no-document']);
  });
  it('a lowered cap: the image is reported and never analysed (this one is blurred)', async () => {
    expect(await run(file('id-front-blurred.jpg'))).toEqual(['image-clarity/blurred']);
    expect(await run(file('id-front-blurred.jpg'), withCap(1_000_000))).toEqual(['image-integrity/too-many-pixels']);
  });
  it('no image ends with neither a finding nor an analysis', async () => {
    for (const submission of [bytes('hostile.bmp', hostileBmp), bytes('bad-quant.jpg', badQuantJpeg), bytes('big.jpg', grey150mp), file('bomb.png'), bytes('scan.gif', gif36mp)]) {
      expect((await run(submission)).length, JSON.stringify(submission).slice(0, 40)).toBeGreaterThan(0);
    }
  });
});
