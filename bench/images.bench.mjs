// Image pipeline benchmark: header-only cost vs file size, full analysis time, peak memory on hostile files, and the
// naive approach (full decode, then measure) side by side. Run: npx tsx bench/images.bench.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { FileFacts } from '../src/files/facts.ts';
import { counting } from '../src/files/source.ts';
import { fromPath } from '../src/files/source-node.ts';
import { nodeDecoder } from '../src/image/decode-node.ts';
import { analyseImage } from '../src/image/analyse.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIX = path.join(ROOT, 'fixtures/images');

if (process.argv[2] === '--child') {
  // Peak-memory probe: run every fact a validation would ask for on one file, report max RSS.
  const facts = new FileFacts(fromPath(process.argv[3]), { decoder: nodeDecoder() });
  await facts.access(); await facts.type(); await facts.header(); await facts.trailer();
  const th = await facts.thumbnail();
  const m = await facts.metrics();
  console.log(JSON.stringify({ maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), thumbnail: th.ok ? 'decoded' : th.reason, metrics: !!m }));
  process.exit(0);
}
if (process.argv[2] === '--naive-child') {
  const t = process.hrtime.bigint();
  let result;
  try {
    const { data, info } = await sharp(process.argv[3], { limitInputPixels: false }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    analyseImage({ width: info.width, height: info.height, data });
    result = 'decoded';
  } catch (e) { result = `failed: ${String(e.message).slice(0, 60)}`; }
  console.log(JSON.stringify({ maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ms: Number(process.hrtime.bigint() - t) / 1e6, result }));
  process.exit(0);
}

const dir = mkdtempSync(path.join(tmpdir(), 'rnp-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
try {
  // Inputs: a ~100 KB JPEG, a ~20 MB JPEG, a 12-megapixel photo, a 200 MB file (sparse tail), the bomb.
  const small = path.join(dir, 'small.jpg');
  writeFileSync(small, await sharp(path.join(FIX, 'id-front.jpg')).resize(1100).jpeg({ quality: 80 }).toBuffer());
  const big = path.join(dir, 'big.jpg');
  writeFileSync(big, await sharp({ create: { width: 3600, height: 2500, channels: 3, background: '#ddd', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .jpeg({ quality: 100, chromaSubsampling: '4:4:4' }).toBuffer());
  const mp12 = path.join(dir, 'photo-12mp.jpg');
  writeFileSync(mp12, await sharp(path.join(FIX, 'business-license.jpg')).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer());
  const huge = path.join(dir, 'huge-200mb.jpg');
  writeFileSync(huge, readFileSync(mp12));
  truncateSync(huge, 200 * 1024 * 1024); // sparse: a valid JPEG followed by ~196 MB of zeros
  const bomb = path.join(FIX, 'bomb.png');
  // GIF is decoded at full size (no shrink-on-load): just under 100 MP it would take ~550 MB; it meets the 25 MP cap.
  const gifBomb = path.join(dir, 'gif-99mp.gif');
  writeFileSync(gifBomb, await sharp({ create: { width: 9990, height: 9990, channels: 3, background: '#d8e4f0' } }).gif().toBuffer());
  const gifCap = path.join(dir, 'gif-24mp.gif');
  writeFileSync(gifCap, await sharp({ create: { width: 4900, height: 4900, channels: 3, background: '#d8e4f0' } }).gif().toBuffer());

  console.log('## Header-only checks (size, sniff, dimensions, trailer)\n');
  console.log('| file | size | median time | bytes read | reads |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const headerRow = async (label, file) => {
    const times = [];
    let src;
    for (let i = 0; i < 15; i++) {
      src = counting(fromPath(file));
      const f = new FileFacts(src);
      const t = performance.now();
      const a = await f.access(); await f.type(); await f.header(); await f.trailer();
      times.push(performance.now() - t);
      if (!a.ok) throw new Error('unreadable');
    }
    const size = (await fromPath(file).size());
    console.log(`| ${label} | ${mb(size)} | ${median(times).toFixed(2)} ms | ${src.bytesRead} | ${src.reads} |`);
    return { time: median(times), bytes: src.bytesRead };
  };
  const hs = await headerRow('100 KB JPEG', small);
  const hb = await headerRow('20 MB JPEG', big);
  await headerRow('200 MB file', huge);
  await headerRow('bomb PNG (60000×60000)', bomb);
  console.log(`\nratio 20 MB / 100 KB: time ${(hb.time / hs.time).toFixed(2)}×, bytes read ${(hb.bytes / hs.bytes).toFixed(2)}×\n`);

  console.log('## Full analysis (decode thumbnail + all quality metrics), 12-megapixel JPEG\n');
  const ours = [];
  // 3 untimed warm-up runs (the first calls of the metric loops run before the JIT has compiled them), then 15 timed.
  for (let i = 0; i < 18; i++) {
    const f = new FileFacts(fromPath(mp12), { decoder: nodeDecoder() });
    const t = performance.now();
    await f.metrics();
    if (i >= 3) ours.push(performance.now() - t);
  }
  const naive = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const { data, info } = await sharp(mp12).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    analyseImage({ width: info.width, height: info.height, data });
    naive.push(performance.now() - t);
  }
  console.log('| approach | median | runs |');
  console.log('| --- | ---: | ---: |');
  console.log(`| facts pipeline (shrink-on-load to ≤1000 px) | ${median(ours).toFixed(0)} ms | ${ours.length} |`);
  console.log(`| naive (full decode, measure full image) | ${median(naive).toFixed(0)} ms | ${naive.length} |`);
  console.log(`\nnaive / ours: ${(median(naive) / median(ours)).toFixed(1)}×\n`);

  console.log('## Peak memory (max RSS of a fresh process)\n');
  console.log('| file | facts pipeline | outcome | naive | naive outcome |');
  console.log('| --- | ---: | --- | ---: | --- |');
  const self = fileURLToPath(import.meta.url);
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  for (const [label, file] of [['12 MP JPEG', mp12], ['bomb PNG', bomb], ['200 MB file', huge], ['GIF 9990×9990 (99.8 MP)', gifBomb], ['GIF 4900×4900 (24 MP, under the GIF cap)', gifCap]]) {
    const a = JSON.parse(execFileSync(tsx, [self, '--child', file], { encoding: 'utf8' }).trim().split('\n').pop());
    let b;
    try {
      b = JSON.parse(execFileSync(tsx, [self, '--naive-child', file], { encoding: 'utf8', timeout: 120000 }).trim().split('\n').pop());
    } catch (e) { b = { maxRssMB: NaN, result: `crashed/timeout` }; }
    console.log(`| ${label} | ${a.maxRssMB} MB | ${a.thumbnail} | ${b.maxRssMB} MB | ${b.result} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
