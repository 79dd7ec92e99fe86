import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate, type Profile } from '../../src/node.js';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-colour', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { name: 'warm white balance is still colour', submission: file('id-front-warm.jpg'), options: { baseDir } },
    { submission: file('org-code-certificate.jpg'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('id-front-greyscale.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'id-front-greyscale.jpg' }] },
    { name: 'sepia cast is still greyscale', submission: file('id-front-sepia.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'id-front-sepia.jpg' }] },
    { submission: file('business-license-greyscale.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'business-license-greyscale.jpg' }] },
    { submission: file('business-license-sepia.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'business-license-sepia.jpg' }] },
    { name: 'without image-clarity, a dark image is judged on its colour too', submission: file('id-front-dark.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'id-front-dark.jpg' }] },
  ],
});

describe('image-colour leaves to image-clarity exactly the files it finds too dark or overexposed', () => {
  const clarity = (minMedianLuma: number): Profile => ({
    id: `clarity-${minMedianLuma}`, extends: 'strict', title: { 'zh-CN': '清晰度', en: 'Clarity' },
    rules: { 'image-clarity': { options: { minMedianLuma } } },
  });
  const run = async (name: string, profile?: Profile) =>
    (await validate(file(name), { now: '2026-06-15', lang: 'en', baseDir, only: ['image-colour', 'image-clarity'], ...(profile ? { profile } : {}) }))
      .findings.map((f) => `${f.rule}/${f.code}`).sort();

  it('a dark image gets too-dark, not greyscale', async () => {
    expect(await run('id-front-dark.jpg')).toEqual(['image-clarity/too-dark']);
  });
  it('an overexposed image gets overexposed, not greyscale', async () => {
    expect(await run('id-front-overexposed.jpg')).toEqual(['image-clarity/overexposed']);
  });
  it('a profile lowering only the clarity luma limit: the image (median luma 52) is then judged on its colour', async () => {
    expect(await run('id-front-dark.jpg', clarity(40))).toEqual(['image-colour/greyscale']);
  });
});

describe('image-colour leaves a page with no print to OCR when OCR reads it', async () => {
  const { PHOTO_SET, renderPhoto } = await import('../../scripts/photos/index.mjs');
  const blank = await renderPhoto(PHOTO_SET.find((p) => p.id === 'blank-back-1')!);
  const submission = { certificate: { type: 'resident-id' }, files: [{ name: 'back.jpg', data: new Uint8Array(blank.buffer) }] };
  const run = async (ocr: boolean, only: string[]) =>
    (await validate(submission, { now: '2026-06-15', lang: 'en', ocr, only })).findings.map((f) => `${f.rule}/${f.code}`).sort();

  it('without OCR, the white blank card is reported greyscale', async () => {
    expect(await run(false, ['image-colour', 'certificate-image-text'])).toEqual(['image-colour/greyscale']);
  });
  it('with OCR, it is reported blank, not greyscale', async () => {
    expect(await run(true, ['image-colour', 'certificate-image-text'])).toEqual(['certificate-image-text/blank-document']);
  });
  it('with OCR but certificate-image-text not run, it is still reported greyscale', async () => {
    expect(await run(true, ['image-colour'])).toEqual(['image-colour/greyscale']);
  });
});
