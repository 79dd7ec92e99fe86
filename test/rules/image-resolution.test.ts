import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { canvas, drawDocument, idCard, jpeg, tiltedQuad, wood } from '../image/draw.js';
import { ruleTester } from '../rule-tester.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
/** A colour-noise JPEG of the given size, given as bytes. */
const noiseJpeg = async (width: number, height: number) => ({
  files: [{ name: `${width}x${height}.jpg`, data: new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg().toBuffer()) }],
});

/** A photo `w`×`h` of a card `cardWidth` px across on a desk. */
const cardPhoto = async (cardWidth: number, w = 1400, h = 1000) => {
  const img = canvas(w, h, wood);
  drawDocument(img, tiltedQuad(w / 2, h / 2, cardWidth, cardWidth / 1.586, 3), idCard);
  return { files: [{ name: `card-${cardWidth}.jpg`, data: await jpeg(img) }] };
};

const photo = async (id: string) => {
  const p = await renderPhoto(PHOTO_SET.find((s) => s.id === id)!);
  return { files: [{ name: `${id}.jpg`, data: new Uint8Array(p.buffer) }] };
};

ruleTester('image-resolution', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('business-license.jpg'), options: { baseDir } },
    { submission: file('passport.jpg'), options: { baseDir } },
    { submission: file('business-license-scan.jpg'), options: { baseDir } },
    { name: 'a 3:1 picture, at the shape limit', submission: await noiseJpeg(3000, 1000) },
  ],
  invalid: [
    { submission: file('id-front-tiny.jpg'), options: { baseDir }, errors: [{ code: 'too-small', file: 'id-front-tiny.jpg', severity: 'error' }] },
    { submission: file('id-front-ocr-800px.jpg'), options: { baseDir }, errors: [{ code: 'small', file: 'id-front-ocr-800px.jpg', severity: 'warning' }] },
    { name: 'a 2×6000 sliver: a long side to spare, no room for a certificate', submission: await noiseJpeg(2, 6000), errors: [{ code: 'strip', file: '2x6000.jpg', messageIncludes: '2×6000' }] },
    { name: 'a card 760 px across in a 1400 px photo: the card is measured', submission: await cardPhoto(760), errors: [{ code: 'small', file: 'card-760.jpg', severity: 'warning', messageIncludes: 'about 7' }] },
    { name: 'a card 450 px across in an 800 px photo: under the floor for a card measured on its own', submission: await cardPhoto(450, 800, 600), errors: [{ code: 'too-small', file: 'card-450.jpg', severity: 'error', messageIncludes: 'under 480 px' }] },
    { name: 'a card 420 px across in a 12 MP photo: found small and measured', submission: await photo('low-document-resolution-1'), errors: [{ code: 'too-small', file: 'low-document-resolution-1.jpg', severity: 'error', messageIncludes: 'under 480 px' }] },
    { name: 'a 6000×1 line', submission: await noiseJpeg(6000, 1), errors: [{ code: 'strip', file: '6000x1.jpg' }] },
  ],
});
