import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';
import { validateWith } from '../../src/api.js';
import { nodeFileAccess } from '../../src/files/access-node.js';
import { shutdown } from '../../src/node.js';
import { nodeOcrEngine } from '../../src/ocr/engine-node.js';
import type { OcrEngine } from '../../src/ocr/types.js';
import { idCard, jpeg, scenes } from '../image/draw.js';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
const picture = async (name: string, img: Parameters<typeof jpeg>[0]) => ({ files: [{ name, data: await jpeg(img) }] });

ruleTester('image-orientation', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.png'), options: { baseDir } },
    { name: 'an upright card on a desk', submission: await picture('upright.jpg', scenes.cardOnWood()) },
  ],
  invalid: [
    { submission: file('id-front-exif-rotated.jpg'), options: { baseDir }, errors: [{ code: 'exif-rotated', file: 'id-front-exif-rotated.jpg', severity: 'warning' }] },
    {
      name: 'an ID card front stored upside down (number line on top, portrait on the left)',
      submission: await picture('upside-down.jpg', scenes.cardOnWood((u, v) => idCard(1 - u, 1 - v))),
      errors: [{ code: 'content-rotated', file: 'upside-down.jpg', severity: 'warning', messageIncludes: 'upside down' }],
    },
  ],
});

describe('image-orientation with OCR', () => {
  afterAll(shutdown);
  const counted = (): { engine: OcrEngine; calls: () => number } => {
    const inner = nodeOcrEngine();
    let calls = 0;
    return { engine: { recognize: (...args) => ((calls += 1), inner.recognize(...args)) }, calls: () => calls };
  };

  it('a document OCR reads only turned upside down is reported turned, from the same reading the OCR rule makes', async () => {
    const spec = PHOTO_SET.find((p) => p.id === 'rotated-180-1')!;
    const { buffer, truth } = await renderPhoto({ ...spec, megapixels: 1.5 });
    const submission = {
      holder: { type: truth.holderType, name: truth.name },
      certificate: { type: truth.certificateType, number: truth.number },
      files: [{ name: 'turned.jpg', data: new Uint8Array(buffer) }],
    };
    const run = async (only: string[], ocr: boolean) => {
      const { engine, calls } = counted();
      const report = await validateWith({ files: nodeFileAccess(process.cwd()), ocr: engine })(submission, { only, ocr, now: '2026-06-15', lang: 'en' });
      return { codes: report.findings.map((f) => `${f.rule}:${f.code}/${f.severity}`), calls: calls(), findings: report.findings };
    };
    // The layout alone does not tell this turn.
    expect((await run(['image-orientation'], false)).codes).toEqual([]);
    const ocrOnly = await run(['certificate-image-text'], true);
    const both = await run(['image-orientation', 'certificate-image-text'], true);
    expect(both.codes).toEqual(['image-orientation:content-rotated/warning']);
    expect(both.findings[0]!.message).toContain('upside down');
    // Read once per file, whichever rule asks first.
    expect(both.calls).toBe(ocrOnly.calls);
  });
});
