import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jpeg, scenes } from '../image/draw.js';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
const picture = async (name: string, img: Parameters<typeof jpeg>[0]) => ({ files: [{ name, data: await jpeg(img) }] });

ruleTester('image-completeness', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { name: 'a scan filling the frame', submission: file('business-license-scan.jpg'), options: { baseDir } },
    { submission: file('id-front-ocr-rotated.jpg'), options: { baseDir } },
    { name: 'a tilted card on a white table', submission: await picture('white-table.jpg', scenes.cardOnWhite()) },
    { name: 'a card on a wood desk (grain is not an edge of it)', submission: await picture('wood.jpg', scenes.cardOnWood()) },
  ],
  invalid: [
    { submission: file('id-front-cropped.jpg'), options: { baseDir }, errors: [{ code: 'cut-edge', file: 'id-front-cropped.jpg', messageIncludes: 'left' }] },
    { submission: file('business-license-cropped.jpg'), options: { baseDir }, errors: [{ code: 'cut-edge', file: 'business-license-cropped.jpg', messageIncludes: 'left' }] },
    { name: 'front and back on one sheet', submission: await picture('both-sides.jpg', scenes.twoCards()), errors: [{ code: 'two-documents', file: 'both-sides.jpg', severity: 'warning' }] },
    { name: 'pure noise', submission: await picture('noise.jpg', scenes.noise()), errors: [{ code: 'no-document', file: 'noise.jpg', severity: 'error' }] },
  ],
});

