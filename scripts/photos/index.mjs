#!/usr/bin/env node
// The realistic photo generator: the project's synthetic certificates photographed by a simulated camera, with their
// truth (what the document is, where it lies, what is wrong with it, which findings the library must report).
//
//   import { renderPhoto, PHOTO_SET, writePhotoSet } from './scripts/photos/index.mjs'
//   node scripts/photos/index.mjs <dir>        writes the benchmark set: <id>.jpg files and truth.json
//
// truth.quad lists the main document's corners in picture order (tl = the corner nearest the picture's top-left, then
// clockwise), in the stored pixels; truth.rotation is how far its content is turned.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCjkFont } from '../cjk-font.mjs';
import { renderPhoto } from './render.mjs';
import { PHOTO_SET } from './set.mjs';

export { renderPhoto, defectIds } from './render.mjs';
export { PHOTO_SET } from './set.mjs';
export { DOCUMENTS, HOLDERS } from './documents.mjs';
export { DEFECT_FINDINGS } from './defects.mjs';
export { BACKGROUNDS } from './backgrounds.mjs';

/** Renders `specs` (default: PHOTO_SET) into `dir` as <id>.jpg (or .png) plus truth.json; returns the truths. */
export async function writePhotoSet(dir, specs = PHOTO_SET, { concurrency = 2, onPhoto } = {}) {
  ensureCjkFont();
  mkdirSync(dir, { recursive: true });
  const truths = new Array(specs.length);
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const k = next++;
      const photo = await renderPhoto(specs[k]);
      const file = `${specs[k].id}.${specs[k].format === 'png' ? 'png' : 'jpg'}`;
      writeFileSync(path.join(dir, file), photo.buffer);
      truths[k] = { file, ...photo.truth };
      onPhoto?.(truths[k]);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify({ photos: truths }, null, 1) + '\n');
  return truths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/photos/index.mjs <dir>');
    process.exit(2);
  }
  const t0 = performance.now();
  const truths = await writePhotoSet(dir, PHOTO_SET, { onPhoto: (t) => process.stdout.write(`${t.file} ${Math.round(t.bytes / 1024)} KB ${t.defects.join(',')}\n`) });
  console.log(`${truths.length} photos in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
