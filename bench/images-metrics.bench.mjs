// Quality metrics over the decoded thumbnail of a 12-megapixel JPEG, this tree against an earlier revision of
// src/image, interleaved in one process (the machine is shared: compare ratios of medians, not absolute times).
// Run: npx tsx bench/images-metrics.bench.mjs [baseline-rev=HEAD] [rounds=60]
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { FileFacts } from '../src/files/facts.ts';
import { fromPath } from '../src/files/source-node.ts';
import { nodeDecoder } from '../src/image/decode-node.ts';
import { analyseImage } from '../src/image/analyse.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rev = process.argv[2] ?? 'HEAD';
const rounds = Number(process.argv[3] ?? 60);
const dir = mkdtempSync(path.join(tmpdir(), 'rnp-metrics-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  execSync(`git archive ${rev} src/image | tar -x -C ${dir}`, { cwd: ROOT });
  const { analyseImage: baseline } = await import(path.join(dir, 'src/image/analyse.ts'));
  const mp12 = path.join(dir, 'photo-12mp.jpg');
  writeFileSync(mp12, await sharp(path.join(ROOT, 'fixtures/images/business-license.jpg')).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer());

  const decodeTimes = [], fullTimes = [];
  let image;
  for (let i = 0; i < Math.max(15, rounds / 4); i++) {
    const f = new FileFacts(fromPath(mp12), { decoder: nodeDecoder() });
    let t = performance.now();
    const th = await f.thumbnail();
    decodeTimes.push(performance.now() - t);
    image = th.image;
    t = performance.now();
    await f.metrics();
    fullTimes.push(decodeTimes.at(-1) + performance.now() - t);
  }
  const cur = [], base = [];
  for (let i = 0; i < 5; i++) { analyseImage(image); baseline(image); } // warm-up
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? [[analyseImage, cur], [baseline, base]] : [[baseline, base], [analyseImage, cur]];
    for (const [fn, out] of order) { const t = performance.now(); fn(image); out.push(performance.now() - t); }
  }
  console.log(`thumbnail ${image.width}×${image.height}; ${rounds} interleaved rounds; baseline = ${rev}\n`);
  console.log('| measure | median | min |');
  console.log('| --- | ---: | ---: |');
  console.log(`| decode thumbnail (sharp, shrink-on-load) | ${median(decodeTimes).toFixed(1)} ms | ${Math.min(...decodeTimes).toFixed(1)} ms |`);
  console.log(`| metrics, baseline ${rev} | ${median(base).toFixed(1)} ms | ${Math.min(...base).toFixed(1)} ms |`);
  console.log(`| metrics, this tree | ${median(cur).toFixed(1)} ms | ${Math.min(...cur).toFixed(1)} ms |`);
  console.log(`| full analysis (decode + metrics), this tree | ${median(fullTimes).toFixed(1)} ms | ${Math.min(...fullTimes).toFixed(1)} ms |`);
  console.log(`\nmetrics baseline / this tree: ${(median(base) / median(cur)).toFixed(2)}× (medians)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
