// Document detection per thumbnail: findDocument + rectify (this tree) against the colour-region guess it replaces
// (findDocumentRegion), interleaved in one process over the same thumbnails (the machine is shared: compare medians
// side by side, not with other runs). Thumbnails: the clean fixtures and photos from the project's photo generator.
// Run: npx tsx bench/document.bench.mjs [rounds=40]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileFacts } from '../src/files/facts.ts';
import { fromBytes } from '../src/files/source.ts';
import { fromPath } from '../src/files/source-node.ts';
import { nodeDecoder } from '../src/image/decode-node.ts';
import { findDocument } from '../src/image/document.ts';
import { rectify, uprightQuad } from '../src/image/rectify.ts';
import { findDocumentRegion } from '../src/image/region.ts';
import { renderPhoto } from '../scripts/photos/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 40);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const thumbnail = async (source) => {
  const th = await new FileFacts(source, { decoder: nodeDecoder() }).thumbnail();
  if (!th.ok) throw new Error(`no thumbnail: ${th.reason}`);
  return th.image;
};
const images = [];
for (const f of ['id-front.jpg', 'business-license.jpg', 'passport.jpg', 'business-license-scan.jpg']) {
  images.push([f, await thumbnail(fromPath(path.join(ROOT, 'fixtures/images', f)))]);
}
const specs = [
  { id: 'photo id-front wood 8 MP', document: 'id-front', background: 'wood', tilt: 6, perspective: 0.2, megapixels: 8, seed: 1 },
  { id: 'photo license white table', document: 'business-license', background: 'white-table', tilt: -4, perspective: 0.1, megapixels: 5, seed: 2 },
  { id: 'photo id-back scan (fills frame)', document: 'id-back', background: 'scanner-bed', fill: true, megapixels: 3, seed: 3 },
];
for (const spec of specs) {
  const photo = await renderPhoto(spec);
  images.push([spec.id, await thumbnail(fromBytes(`${spec.id}.jpg`, new Uint8Array(photo.buffer)))]);
}

const detect = (img) => {
  const d = findDocument(img);
  if (d.found) rectify(img, uprightQuad(d.quad, d.rotation));
};
console.log(`${rounds} interleaved rounds per thumbnail\n`);
console.log('| thumbnail | size | findDocument + rectify, median | min | findDocumentRegion (before), median | min |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
const allNew = [], allOld = [];
for (const [name, img] of images) {
  for (let i = 0; i < 5; i++) { detect(img); findDocumentRegion(img); }
  const cur = [], old = [];
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? [[detect, cur], [findDocumentRegion, old]] : [[findDocumentRegion, old], [detect, cur]];
    for (const [fn, out] of order) { const t = performance.now(); fn(img); out.push(performance.now() - t); }
  }
  allNew.push(median(cur)); allOld.push(median(old));
  console.log(`| ${name} | ${img.width}×${img.height} | ${median(cur).toFixed(2)} ms | ${Math.min(...cur).toFixed(2)} ms | ${median(old).toFixed(2)} ms | ${Math.min(...old).toFixed(2)} ms |`);
}
console.log(`\nmedian of medians: findDocument + rectify ${median(allNew).toFixed(2)} ms, findDocumentRegion ${median(allOld).toFixed(2)} ms`);

