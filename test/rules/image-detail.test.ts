import { describe, expect, it } from 'vitest';
import { validate } from '../../src/node.js';
import { ruleTester } from '../rule-tester.js';
import { fixture, mosaic, photographed, upscaled } from '../image/defect-overlays.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

const file = (name: string, data: Uint8Array) => ({ files: [{ name, data: new Uint8Array(data) }] });
/** A photo of the generator's set, rendered here. */
const photo = async (id: string) => (await renderPhoto(PHOTO_SET.find((p) => p.id === id)!)).buffer as Uint8Array;

ruleTester('image-detail', {
  valid: [
    { name: 'clean ID card', submission: file('id-front.jpg', fixture('id-front.jpg')) },
    { name: 'clean license', submission: file('business-license.jpg', fixture('business-license.jpg')) },
    { name: 'JPEG artefacts are not a mosaic', submission: file('artefacts.jpg', fixture('business-license-ocr-artefacts.jpg')) },
    { name: 'phone-exposed passport', submission: file('passport.jpg', await photographed('passport.jpg')) },
    // Its guilloche fits a grid of one pitch across and another down: print, not square mosaic blocks.
    { name: 'photo of a clean emblem side', submission: file('id-back.jpg', await photo('ok-id-back-4')) },
    // Its QR code's nested squares sit on a grid, but are ink or paper: mosaic blocks average the two into mid-tones.
    { name: 'photo of a license with a logo watermark (its QR code)', submission: file('logo.jpg', await photo('watermark-2')) },
  ],
  invalid: [
    { name: 'mosaic over the ID number', submission: file('mosaic.jpg', await mosaic('id-front.jpg', { left: 0.3, top: 0.72, width: 0.5, height: 0.12 })), errors: [{ code: 'mosaic', file: 'mosaic.jpg', severity: 'error' }] },
    { name: 'whole picture pixelated', submission: file('mosaic-all.jpg', await mosaic('id-front.jpg', { left: 0, top: 0, width: 1, height: 1 }, 10)), errors: [{ code: 'mosaic' }] },
    { name: 'photo of a card with a mosaic', submission: file('mosaic-photo.jpg', await photo('mosaic-1')), errors: [{ code: 'mosaic', severity: 'error' }] },
    { name: 'a 420 px picture enlarged to 1652 px', submission: file('up.jpg', await upscaled('id-front.jpg', 420)), errors: [{ code: 'upscaled', severity: 'warning' }] },
    { name: 'a 500 px license enlarged', submission: file('up-license.jpg', await upscaled('business-license.jpg', 500)), errors: [{ code: 'upscaled' }] },
  ],
});

describe('image-detail beside image-clarity', () => {
  it('leaves a picture blurred all over to image-clarity', async () => {
    const report = await validate(file('blurred.jpg', fixture('id-front-blurred.jpg')), { now: '2026-06-15', only: ['image-detail', 'image-clarity'] });
    expect(report.findings.map((f) => `${f.rule}/${f.code}`)).toEqual(['image-clarity/blurred']);
  });
});
