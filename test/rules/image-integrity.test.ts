import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-integrity', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.png'), options: { baseDir } },
    { submission: file('id-front.bmp'), options: { baseDir } },
    { submission: file('id-front.tif'), options: { baseDir } },
    { submission: file('id-front-animated.gif'), options: { baseDir } },
    { name: 'non-images are left to image-format', submission: file('scan.pdf'), options: { baseDir } },
  ],
  invalid: [
    { submission: file('bomb.png'), options: { baseDir }, errors: [{ code: 'too-many-pixels', file: 'bomb.png', messageIncludes: '60000×60000' }] },
    { submission: file('id-front-truncated.jpg'), options: { baseDir }, errors: [{ code: 'truncated', file: 'id-front-truncated.jpg', messageIncludes: 'JPEG' }] },
    { submission: file('id-front-truncated.png'), options: { baseDir }, errors: [{ code: 'truncated', file: 'id-front-truncated.png', messageIncludes: 'PNG' }] },
    { submission: file('id-front-polyglot-zip.jpg'), options: { baseDir }, errors: [{ code: 'polyglot', file: 'id-front-polyglot-zip.jpg', severity: 'warning', messageIncludes: 'ZIP' }] },
    { submission: file('id-front-polyglot-html.jpg'), options: { baseDir }, errors: [{ code: 'polyglot', file: 'id-front-polyglot-html.jpg', severity: 'warning', messageIncludes: 'HTML' }] },
  ],
});
