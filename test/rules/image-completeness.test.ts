import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-completeness', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { name: 'a scan filling the frame', submission: file('business-license-scan.jpg'), options: { baseDir } },
    { submission: file('id-front-ocr-rotated.jpg'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('id-front-cropped.jpg'), options: { baseDir }, errors: [{ code: 'cut-edge', file: 'id-front-cropped.jpg', messageIncludes: 'left' }] },
    { submission: file('business-license-cropped.jpg'), options: { baseDir }, errors: [{ code: 'cut-edge', file: 'business-license-cropped.jpg', messageIncludes: 'left' }] },
  ],
});
