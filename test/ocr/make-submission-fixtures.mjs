// Builds the image files of the fixtures/submissions/ocr-* cases from fixtures/images: re-encoded JPEGs a little over
// the 55 KB floor at 1240 px across, so they pass every image rule of the strict profile and keep the fixture set
// small. The submission.json and expected.json files are written by hand; this script only (re)creates the images.
// Run: node test/ocr/make-submission-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMG = path.join(ROOT, 'fixtures/images');
const SUB = path.join(ROOT, 'fixtures/submissions');
const MIN = 56_320 + 4_000; // a little over the 55 KB floor

/** The lowest JPEG quality that keeps the file over `min` bytes. */
async function jpegOver(input, width, min = MIN) {
  for (let q = 30; q <= 95; q += 1) {
    const out = await sharp(input).resize(width).jpeg({ quality: q, mozjpeg: true }).toBuffer();
    if (out.length >= min) return out;
  }
  throw new Error(`cannot reach ${min} bytes for ${input}`);
}

const cases = [
  ['ocr-clean-resident-id', 'id-front.jpg', 'id-card.jpg'],
  ['ocr-number-mismatch', 'id-front.jpg', 'id-card.jpg'],
  ['ocr-id-card-emblem-side', 'id-back.jpg', 'id-card.jpg'],
  ['ocr-license-as-uscc-certificate', 'business-license.jpg', 'license.jpg'],
];
for (const [dir, source, name] of cases) {
  const bytes = await jpegOver(path.join(IMG, source), 1240);
  mkdirSync(path.join(SUB, dir), { recursive: true });
  writeFileSync(path.join(SUB, dir, name), bytes);
  console.log(`${dir}/${name}: ${bytes.length} bytes`);
}
