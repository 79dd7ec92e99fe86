import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('file-size', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.png'), options: { baseDir, profile: 'tencent' } },
    { submission: file('id-front.bmp'), options: { baseDir, profile: 'huawei' } },
  ],
  invalid: [
    { submission: file('id-front-small-bytes.jpg'), options: { baseDir }, errors: [{ code: 'too-small', file: 'id-front-small-bytes.jpg', messageIncludes: '55 KB' }] },
    { submission: file('id-front.png'), options: { baseDir }, errors: [{ code: 'too-large', file: 'id-front.png', messageIncludes: '1.0 MB' }] },
    { submission: file('business-license-oversized.jpg'), options: { baseDir, profile: 'tencent' }, errors: [{ code: 'too-large', file: 'business-license-oversized.jpg', messageIncludes: '5.0 MB' }] },
    { submission: file('id-front.bmp'), options: { baseDir, profile: 'aliyun' }, errors: [{ code: 'too-large', file: 'id-front.bmp', messageIncludes: '1.0 MB' }] },
  ],
});
