import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');

// Paths that exist but cannot be read as a file, even by root (which ignores permissions): a folder and a FIFO.
const oddDir = mkdtempSync(path.join(tmpdir(), 'realname-readable-'));
mkdirSync(path.join(oddDir, 'folder.jpg'));
execFileSync('mkfifo', [path.join(oddDir, 'fifo.jpg')]);
copyFileSync(path.join(baseDir, 'id-front.jpg'), path.join(oddDir, 'id-front.jpg'));
// A name that starts with two dots is a name inside the folder, not a step out of it.
copyFileSync(path.join(baseDir, 'id-front.jpg'), path.join(oddDir, '..license.jpg'));
mkdirSync(path.join(oddDir, 'sub'));
const file = (p: string) => ({ files: [{ path: p }] });

ruleTester('file-readable', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('scan.pdf'), options: { baseDir } },
    { name: 'bytes given from code in the browser', submission: { files: [{ name: 'id-front.jpg', data: new Uint8Array(readFileSync(path.join(baseDir, 'id-front.jpg'))) }] }, options: { entry: 'browser' } },
    { name: 'a regular file next to the unreadable ones', submission: file('id-front.jpg'), options: { baseDir: oddDir } },
    { name: 'a file name starting with two dots', submission: file('..license.jpg'), options: { baseDir: oddDir } },
    { name: 'a .. segment that stays inside the folder', submission: file('sub/../..license.jpg'), options: { baseDir: oddDir } },
  ],
  invalid: [
    { name: 'path escaping the folder', submission: file('../../package.json'), options: { baseDir }, errors: [{ code: 'path-escapes', file: '../../package.json', messageIncludes: 'outside' }] },
    { name: 'a .. segment after a folder that leaves it', submission: file('sub/../../id-front.jpg'), options: { baseDir: oddDir }, errors: [{ code: 'path-escapes', file: 'sub/../../id-front.jpg' }] },
    { name: 'absolute path', submission: file('/etc/passwd'), options: { baseDir }, errors: [{ code: 'path-escapes', file: '/etc/passwd' }] },
    { submission: file('missing.jpg'), options: { baseDir }, errors: [{ code: 'missing', file: 'missing.jpg' }] },
    { submission: file('zero-byte.jpg'), options: { baseDir }, errors: [{ code: 'empty', file: 'zero-byte.jpg' }] },
    { name: 'a folder named like an image', submission: file('folder.jpg'), options: { baseDir: oddDir }, errors: [{ code: 'unreadable', file: 'folder.jpg' }] },
    { name: 'a path in the browser, where files cannot be opened', submission: file('id-front.jpg'), options: { entry: 'browser' }, errors: [{ code: 'no-file-access', file: 'id-front.jpg', severity: 'warning' }] },
    {
      name: 'two uploads with one name (phones call every photo image.jpg): the finding says which',
      submission: {
        files: [
          { name: 'image.jpg', data: new Uint8Array(readFileSync(path.join(baseDir, 'id-front.jpg'))) },
          { name: 'image.jpg', data: new Uint8Array(0) },
        ],
      },
      options: { entry: 'browser' },
      errors: [{ code: 'empty', file: 'image.jpg (files[1])' }],
    },
    {
      name: 'labels name the place in files, also after an entry that is not a file reference',
      submission: { files: [42, { path: 'id-front.jpg' }, { name: 'id-front.jpg', data: new Uint8Array(0) }] },
      options: { baseDir },
      errors: [{ code: 'empty', file: 'id-front.jpg (files[2])' }],
    },
    {
      name: 'a manifest listing more files than the limit: named, and only the first ten are opened',
      submission: { files: [...Array.from({ length: 10 }, () => ({ path: 'id-front.jpg' })), { path: 'missing.jpg' }] },
      options: { baseDir },
      errors: [{ code: 'too-many-files', field: 'files', messageIncludes: '11 files were given, over the limit of 10' }],
    },
    { name: 'a FIFO named like an image', submission: file('fifo.jpg'), options: { baseDir: oddDir }, errors: [{ code: 'unreadable', file: 'fifo.jpg' }] },
  ],
});
