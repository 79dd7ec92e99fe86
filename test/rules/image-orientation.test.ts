import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { idCard, jpeg, scenes } from '../image/draw.js';
import { ruleTester } from '../rule-tester.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const file = (p: string) => ({ files: [{ path: p }] });
const picture = async (name: string, img: Parameters<typeof jpeg>[0]) => ({ files: [{ name, data: await jpeg(img) }] });

ruleTester('image-orientation', {
  valid: [
    { submission: file('id-front.jpg'), options: { baseDir } },
    { submission: file('id-front.png'), options: { baseDir } },
    { name: 'an upright card on a desk', submission: await picture('upright.jpg', scenes.cardOnWood()) },
  ],
  invalid: [
    { submission: file('id-front-exif-rotated.jpg'), options: { baseDir }, errors: [{ code: 'exif-rotated', file: 'id-front-exif-rotated.jpg', severity: 'warning' }] },
    {
      name: 'an ID card front stored upside down (number line on top, portrait on the left)',
      submission: await picture('upside-down.jpg', scenes.cardOnWood((u, v) => idCard(1 - u, 1 - v))),
      errors: [{ code: 'content-rotated', file: 'upside-down.jpg', severity: 'warning', messageIncludes: 'upside down' }],
    },
  ],
});
