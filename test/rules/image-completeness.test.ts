import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jpeg, scenes } from '../image/draw.js';
import { ruleTester } from '../rule-tester.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
const photo = async (id: string) => {
  const p = await renderPhoto(PHOTO_SET.find((s) => s.id === id)!);
  return { files: [{ name: `${id}.jpg`, data: new Uint8Array(p.buffer) }] };
};
const picture = async (name: string, img: Parameters<typeof jpeg>[0]) => ({ files: [{ name, data: await jpeg(img) }] });

ruleTester('image-completeness', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { name: 'a scan filling the frame', submission: file('business-license-scan.jpg'), options: { baseDir } },
    { submission: file('id-front-ocr-rotated.jpg'), options: { baseDir } },
    { name: 'a tilted card on a white table', submission: await picture('white-table.jpg', scenes.cardOnWhite()) },
    { name: 'a card on a wood desk (grain is not an edge of it)', submission: await picture('wood.jpg', scenes.cardOnWood()) },
    { name: 'a card scanned filling the frame, its rounded corners showing', submission: await photo('ok-id-front-4') },
  ],
  invalid: [
    { submission: file('id-front-cropped.jpg'), options: { baseDir }, errors: [{ code: 'cut-edge', file: 'id-front-cropped.jpg', messageIncludes: 'left' }] },
    { submission: file('business-license-cropped.jpg'), options: { baseDir }, errors: [{ code: 'cut-edge', file: 'business-license-cropped.jpg', messageIncludes: 'left' }] },
    { name: 'front and back on one sheet', submission: await picture('both-sides.jpg', scenes.twoCards()), errors: [{ code: 'two-documents', file: 'both-sides.jpg', severity: 'warning' }] },
    { name: 'a licence scanned inside its printed border', submission: await photo('border-cropped-1'), errors: [{ code: 'border-cropped', file: 'border-cropped-1.jpg', severity: 'error' }] },
    { name: 'a card cut by the picture, its portrait the crispest quad', submission: await photo('cut-edge-1'), errors: [{ code: 'cut-edge', file: 'cut-edge-1.jpg', messageIncludes: 'left' }] },
    { name: 'pure noise', submission: await picture('noise.jpg', scenes.noise()), errors: [{ code: 'no-document', file: 'noise.jpg', severity: 'error' }] },
  ],
});

