import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
/** The first `bytes` of a clean JPEG: only the size matters to this rule. */
const sized = (bytes: number) => ({ files: [{ name: 'scan.jpg', data: new Uint8Array(readFileSync(path.join(baseDir, 'id-front.jpg'))).slice(0, bytes) }] });

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
    { name: 'just over 1 MB: the two sizes never read alike', submission: file('id-front-renamed-png.jpg'), options: { baseDir }, errors: [{ code: 'too-large', messageIncludes: '1.04 MB, over the maximum of 1.00 MB' }] },
    { name: 'just under 55 KB', submission: sized(56_000), errors: [{ code: 'too-small', messageIncludes: '54.7 KB, under the minimum of 55.0 KB' }] },
  ],
});
