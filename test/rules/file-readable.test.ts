import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('file-readable', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('scan.pdf'), options: { baseDir } },
  ],
  invalid: [
    { name: 'path escaping the folder', submission: file('../../package.json'), options: { baseDir }, errors: [{ code: 'path-escapes', file: '../../package.json', messageIncludes: 'outside' }] },
    { name: 'absolute path', submission: file('/etc/passwd'), options: { baseDir }, errors: [{ code: 'path-escapes', file: '/etc/passwd' }] },
    { submission: file('missing.jpg'), options: { baseDir }, errors: [{ code: 'missing', file: 'missing.jpg' }] },
    { submission: file('zero-byte.jpg'), options: { baseDir }, errors: [{ code: 'empty', file: 'zero-byte.jpg' }] },
  ],
});
