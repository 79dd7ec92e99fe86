// Cost of each image-defect metric per thumbnail: a 12-megapixel photo of a license and of an ID card, decoded to the
// thumbnail, its upright document image taken, then every metric timed alone (median and minimum of `rounds`).
// The machine is shared: compare medians between runs of one session, not absolute times between sessions.
// Run: npx tsx bench/defects.bench.mjs [rounds=40]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { FileFacts } from '../src/files/facts.ts';
import { fromBytes } from '../src/files/source.ts';
import { nodeDecoder } from '../src/image/decode-node.ts';
import { inset } from '../src/image/luminance.ts';
import { boxLuma } from '../src/image/pixel-masks.ts';
import { cellGrid } from '../src/image/cell-grid.ts';
import { measureDateStamp } from '../src/image/date-stamp.ts';
import { measureDetail } from '../src/image/detail.ts';
import { measureGlare } from '../src/image/glare.ts';
import { measureObstruction } from '../src/image/obstruction.ts';
import { measureEmblem, measurePortrait, measureSeal } from '../src/image/seal.ts';
import { measureWatermark } from '../src/image/watermark.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 40);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const OBSTRUCTION = { flatStd: 6, foreignDistance: 45, insideSaturation: 0.35, smearFactor: 2.2 };

console.log('| picture | metric | median | min |');
console.log('| --- | --- | ---: | ---: |');
for (const file of ['business-license.jpg', 'id-front.jpg']) {
  const bytes = await sharp(path.join(ROOT, 'fixtures/images', file)).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer();
  const facts = new FileFacts(fromBytes(file, new Uint8Array(bytes)), { decoder: nodeDecoder() });
  const th = await facts.thumbnail();
  const m = await facts.metrics();
  const img = await facts.documentImage();
  const doc = inset({ x0: 0, y0: 0, x1: img.width, y1: img.height }, 0.02);
  const grid = cellGrid(img, doc, 240);
  const metrics = {
    'date stamp (whole picture)': () => measureDateStamp(th.image),
    watermark: () => measureWatermark(img, doc, 240),
    glare: () => measureGlare(img, doc),
    'cell grid (shared)': () => cellGrid(img, doc, 240),
    'obstruction (on the grid)': () => measureObstruction(img, doc, m.region.paper, undefined, OBSTRUCTION, grid),
    seal: () => measureSeal(img, doc),
    'emblem + portrait': () => { measureEmblem(img, doc); measurePortrait(img, doc, m.region.paper); },
    'detail (on the grid)': () => measureDetail(grid, boxLuma(th.image, inset(m.document.box, 0.04))),
  };
  const totals = [];
  for (let i = 0; i < 3; i++) for (const fn of Object.values(metrics)) fn(); // warm-up
  const times = Object.fromEntries(Object.keys(metrics).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    let sum = 0;
    for (const [k, fn] of Object.entries(metrics)) { const t = performance.now(); fn(); const dt = performance.now() - t; times[k].push(dt); sum += dt; }
    totals.push(sum);
  }
  const label = `${file} → ${th.image.width}×${th.image.height}, document ${img.width}×${img.height}`;
  for (const [k, xs] of Object.entries(times)) console.log(`| ${label} | ${k} | ${median(xs).toFixed(1)} ms | ${Math.min(...xs).toFixed(1)} ms |`);
  console.log(`| ${label} | **all of them** | ${median(totals).toFixed(1)} ms | ${Math.min(...totals).toFixed(1)} ms |`);
}
