import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-clarity', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('business-license.jpg'), options: { baseDir } },
    { submission: file('id-front-ocr-noisy.jpg'), options: { baseDir } },
    { submission: file('business-license-ocr-artefacts.jpg'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('id-front-blurred.jpg'), options: { baseDir }, errors: [{ code: 'blurred', file: 'id-front-blurred.jpg' }] },
    { submission: file('business-license-blurred.jpg'), options: { baseDir }, errors: [{ code: 'blurred', file: 'business-license-blurred.jpg' }] },
    { submission: file('id-front-motion.jpg'), options: { baseDir }, errors: [{ code: 'motion-blurred', file: 'id-front-motion.jpg' }] },
    { submission: file('business-license-motion.jpg'), options: { baseDir }, errors: [{ code: 'motion-blurred', file: 'business-license-motion.jpg' }] },
    { submission: file('id-front-dark.jpg'), options: { baseDir }, errors: [{ code: 'too-dark', file: 'id-front-dark.jpg' }] },
    { submission: file('business-license-overexposed.jpg'), options: { baseDir }, errors: [{ code: 'overexposed', file: 'business-license-overexposed.jpg' }] },
  ],
});
