import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-orientation', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.png'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('id-front-exif-rotated.jpg'), options: { baseDir }, errors: [{ code: 'exif-rotated', file: 'id-front-exif-rotated.jpg', severity: 'warning' }] },
  ],
});
