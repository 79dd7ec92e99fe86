import { describe, expect, it } from 'vitest';
import { FileFacts } from '../../src/files/facts.js';
import { nodeDecoder } from '../../src/image/decode-node.js';
import { counting, fromBlob, fromBytes } from '../../src/files/source.js';
import { fromPath, resolveSubmissionPath } from '../../src/files/source-node.js';
import { FIXTURES, factsFor, manifest } from '../image/fixture-metrics.js';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { concat, noise, storedZip } from '../image/synthetic.js';

describe('file facts over the fixture set', () => {
  it('sniffs every fixture as its manifest format, whatever its name', async () => {
    for (const e of manifest.images) {
      const t = await factsFor(e.file).type();
      const got = t?.kind === 'image' ? t.format : t?.kind === 'empty' ? null : t?.kind;
      expect(got, e.file).toBe(e.format);
    }
  });
  it('reads only the head and tail for header facts', async () => {
    const src = counting(fromPath(path.join(FIXTURES, 'business-license-oversized.jpg')));
    const f = new FileFacts(src);
    const h = await f.header();
    await f.trailer();
    expect(h).toMatchObject({ format: 'jpeg', width: 4248, damaged: false });
    expect(src.bytesRead).toBeLessThan(64 * 1024);
  });
  it('walks a JPEG with thousands of empty segments before its frame header, as decoders do', async () => {
    const jpeg = readFileSync(path.join(FIXTURES, 'id-front.jpg'));
    const padding = new Uint8Array(5000 * 4);
    for (let i = 0; i < padding.byteLength; i += 4) padding.set([0xff, 0xe5, 0x00, 0x02], i); // empty APP5 segments
    const f = new FileFacts(fromBytes('padded.jpg', concat(jpeg.subarray(0, 2), padding, jpeg.subarray(2))), { decoder: nodeDecoder() });
    expect(await f.header()).toMatchObject({ format: 'jpeg', width: 1652, damaged: false });
    expect(await f.thumbnail()).toMatchObject({ ok: true });
  });
  it('never decodes a bomb', async () => {
    const th = await factsFor('bomb.png').thumbnail();
    expect(th).toMatchObject({ ok: false, reason: 'too-many-pixels' });
  });
  it('reports EXIF orientation and displayed dimensions', async () => {
    const h = await factsFor('id-front-exif-rotated.jpg').header();
    expect(h?.orientation).toBe(6);
    expect(h!.displayWidth).toBeGreaterThan(h!.displayHeight);
  });
  it('finds truncation and appended content', async () => {
    expect(await factsFor('id-front-truncated.jpg').trailer()).toMatchObject({ complete: false });
    expect(await factsFor('id-front-polyglot-zip.jpg').trailer()).toMatchObject({ appended: 'zip' });
    expect(await factsFor('id-front-polyglot-html.jpg').trailer()).toMatchObject({ appended: 'html' });
    expect((await factsFor('id-front.jpg').trailer())?.appended).toBeUndefined();
  });
  it('a ZIP signature counts only after the end marker, or where a ZIP that ends the file begins', async () => {
    const truncated = new Uint8Array(readFileSync(path.join(FIXTURES, 'id-front-truncated.jpg')));
    const withPk = truncated.slice();
    withPk.set([0x50, 0x4b, 0x03, 0x04], withPk.byteLength - 100);
    expect(await new FileFacts(fromBytes('a.jpg', withPk)).trailer()).toMatchObject({ complete: false });
    const zip = storedZip('x.bin', noise(40_000));
    expect(await new FileFacts(fromBytes('b.jpg', concat(truncated, zip))).trailer()).toMatchObject({ complete: false });
    const whole = new Uint8Array(readFileSync(path.join(FIXTURES, 'id-front.jpg')));
    expect(await new FileFacts(fromBytes('c.jpg', concat(whole, zip))).trailer()).toEqual({ complete: true, appended: 'zip', trailingBytes: zip.byteLength });
  });
  it('classifies missing files and works from bytes and Blobs', async () => {
    expect(await new FileFacts(fromPath('/nonexistent/x.jpg')).access()).toMatchObject({ ok: false, reason: 'missing' });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 200, 8, 2, 0, 0, 0]);
    expect(await new FileFacts(fromBytes('a.png', bytes)).header()).toMatchObject({ width: 256, height: 200 });
    expect(await new FileFacts(fromBlob('a.png', new Blob([bytes]))).header()).toMatchObject({ width: 256, height: 200 });
  });
  it('refuses paths that leave the submission folder', async () => {
    expect(await resolveSubmissionPath(FIXTURES, '../../package.json')).toMatchObject({ ok: false, reason: 'escapes-folder' });
    expect(await resolveSubmissionPath(FIXTURES, '/etc/passwd')).toMatchObject({ ok: false });
    expect(await resolveSubmissionPath(FIXTURES, 'id-front.jpg')).toMatchObject({ ok: true });
  });
});
