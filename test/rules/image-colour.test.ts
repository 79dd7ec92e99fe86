import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-colour', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { name: 'warm white balance is still colour', submission: file('id-front-warm.jpg'), options: { baseDir } },
    { submission: file('org-code-certificate.jpg'), options: { baseDir } },
    { name: 'dark images are left to clarity', submission: file('id-front-dark.jpg'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('id-front-greyscale.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'id-front-greyscale.jpg' }] },
    { name: 'sepia cast is still greyscale', submission: file('id-front-sepia.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'id-front-sepia.jpg' }] },
    { submission: file('business-license-greyscale.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'business-license-greyscale.jpg' }] },
    { submission: file('business-license-sepia.jpg'), options: { baseDir }, errors: [{ code: 'greyscale', file: 'business-license-sepia.jpg' }] },
  ],
});
