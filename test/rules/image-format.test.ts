import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
const renamedTo = (name: string, fixture: string) => ({ files: [{ name, data: new Uint8Array(readFileSync(path.join(baseDir, fixture))) }] });

ruleTester('image-format', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.bmp'), options: { baseDir, profile: 'aliyun' } },
    { submission: file('id-front.png'), options: { baseDir, profile: 'tencent' } },
    { submission: file('id-front.webp'), options: { baseDir, profile: 'tencent' } },
    { submission: file('id-front.tif'), options: { baseDir, profile: 'tencent' } },
    { name: '.jpeg at huawei', submission: renamedTo('id-front.jpeg', 'id-front.jpg'), options: { profile: 'huawei' } },
    { name: 'png at huawei', submission: file('id-front.png'), options: { baseDir, profile: 'huawei' } },
  ],
  invalid: [
    { submission: file('id-front-renamed-png.jpg'), options: { baseDir }, errors: [{ code: 'renamed', file: 'id-front-renamed-png.jpg', messageIncludes: 'PNG' }] },
    { name: 'renamed is an error even where PNG is allowed', submission: file('id-front-renamed-png.jpg'), options: { baseDir, profile: 'tencent' }, errors: [{ code: 'renamed', file: 'id-front-renamed-png.jpg', messageIncludes: 'named .jpg' }] },
    { submission: file('id-front.heic'), options: { baseDir }, errors: [{ code: 'heic', file: 'id-front.heic' }] },
    { submission: file('scan.pdf'), options: { baseDir }, errors: [{ code: 'not-an-image', file: 'scan.pdf', messageIncludes: 'PDF' }] },
    { submission: file('license.svg'), options: { baseDir }, errors: [{ code: 'not-an-image', file: 'license.svg', messageIncludes: 'SVG' }] },
    { submission: file('page.jpg'), options: { baseDir }, errors: [{ code: 'not-an-image', file: 'page.jpg', messageIncludes: 'HTML' }] },
    { submission: file('notes.jpg'), options: { baseDir }, errors: [{ code: 'not-an-image', file: 'notes.jpg', messageIncludes: 'text' }] },
    { submission: file('archive.jpg'), options: { baseDir }, errors: [{ code: 'not-an-image', file: 'archive.jpg', messageIncludes: 'ZIP' }] },
    { submission: file('id-front.png'), options: { baseDir }, errors: [{ code: 'format-not-allowed', file: 'id-front.png', messageIncludes: 'PNG' }] },
    { name: 'BMP under strict', submission: file('id-front.bmp'), options: { baseDir, profile: 'strict' }, errors: [{ code: 'format-not-allowed', file: 'id-front.bmp', messageIncludes: 'BMP' }] },
    { submission: file('id-front.webp'), options: { baseDir, profile: 'aliyun' }, errors: [{ code: 'format-not-allowed', file: 'id-front.webp' }] },
    { name: 'a JPEG named .jpeg where only .jpg is accepted', submission: renamedTo('id-front.jpeg', 'id-front.jpg'), errors: [{ code: 'extension-not-allowed', file: 'id-front.jpeg', messageIncludes: '.jpeg' }] },
    {
      name: 'two uploads named image.jpg: the extension is read from the name, the finding names the upload',
      submission: { files: [...renamedTo('image.jpg', 'id-front.jpg').files, ...renamedTo('image.jpg', 'id-front.png').files] },
      errors: [{ code: 'renamed', file: 'image.jpg (files[1])', messageIncludes: 'named .jpg' }],
    },
    { name: 'an extension named like an Object.prototype member is only an unknown extension', submission: renamedTo('id-front.constructor', 'id-front.jpg'), errors: [{ code: 'extension-not-allowed', file: 'id-front.constructor' }] },
    { name: 'a JPEG named .jfif at aliyun', submission: renamedTo('scan.jfif', 'id-front.jpg'), options: { profile: 'aliyun' }, errors: [{ code: 'extension-not-allowed', file: 'scan.jfif' }] },
  ],
});
