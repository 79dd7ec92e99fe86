import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('image-frames', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.tif'), options: { baseDir, profile: 'tencent' } },
  ],
  invalid: [
    { submission: file('id-front-animated.gif'), options: { baseDir, profile: 'tencent' }, errors: [{ code: 'animated', file: 'id-front-animated.gif', severity: 'warning' }] },
    { submission: file('id-front-multipage.tif'), options: { baseDir, profile: 'tencent' }, errors: [{ code: 'multi-page', file: 'id-front-multipage.tif', severity: 'warning', messageIncludes: '2 pages' }] },
  ],
});
