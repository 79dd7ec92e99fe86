import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-resolution', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('business-license.jpg'), options: { baseDir } },
    { submission: file('passport.jpg'), options: { baseDir } },
    { submission: file('business-license-scan.jpg'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('id-front-tiny.jpg'), options: { baseDir }, errors: [{ code: 'too-small', file: 'id-front-tiny.jpg', severity: 'error' }] },
    { submission: file('id-front-ocr-800px.jpg'), options: { baseDir }, errors: [{ code: 'small', file: 'id-front-ocr-800px.jpg', severity: 'warning' }] },
  ],
});
