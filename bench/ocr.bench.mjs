// OCR accuracy and speed on the generated certificate fixtures (fixtures/images/manifest.json).
//
//   node --import tsx bench/ocr.bench.mjs            all sections
//   node --import tsx bench/ocr.bench.mjs accuracy   one section: cold | accuracy | throughput
//
// Every image goes through the same path as a validation: file facts → ≤1000 px thumbnail (sharp) → BMP → pool.
// Timings on a shared 2-core machine are noisy; each figure is a median or a total over several images.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileFacts } from '../src/files/facts.ts';
import { fromPath } from '../src/files/source-node.ts';
import { nodeDecoder } from '../src/image/decode-node.ts';
import { createOcrPool } from '../src/ocr/pool.ts';
import { nodeOcrEngine } from '../src/ocr/engine-node.ts';
import { readDocument } from '../src/ocr/read.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'fixtures/images');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).images;
const only = process.argv[2];

/** Defects that make a document illegible on purpose; the ≥95% target is over the others. */
const ILLEGIBLE = new Set(['blur', 'motion-blur', 'dark', 'overexposed', 'truncated', 'cut-edge']);
const KIND = { 'resident-id-front': ['resident-id', 'portrait'], 'resident-id-back': ['resident-id', 'emblem'] };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;

async function thumbnails() {
  const decoder = nodeDecoder();
  const out = [];
  for (const m of manifest) {
    if (!m.kind) continue;
    const facts = new FileFacts(fromPath(path.join(dir, m.file)), { decoder });
    const th = await facts.thumbnail();
    if (th.ok) out.push({ ...m, image: th.image });
  }
  return out;
}

function judge(m, facts) {
  const [kind, side] = KIND[m.kind] ?? [m.kind, undefined];
  return {
    kind: facts.kind === kind && (side === undefined || facts.side === side),
    number: m.number === null ? null : facts.number?.value === m.number,
    name: m.name === null ? null : facts.lines.join('').replace(/\s+/g, '').includes(m.name),
  };
}

async function cold() {
  const t0 = performance.now();
  const pool = createOcrPool({ workers: 1 });
  await pool.warmUp();
  const t1 = performance.now();
  const pool2 = createOcrPool({ workers: 2 });
  await pool2.warmUp();
  const t2 = performance.now();
  console.log(`\n## Cold start\n| pool | ready after |\n| --- | --- |\n| 1 worker (first in process) | ${ms(t1 - t0)} |\n| 2 workers | ${ms(t2 - t1)} |`);
  await Promise.all([pool.terminate(), pool2.terminate()]);
}

async function accuracy(images) {
  const pool = createOcrPool({ workers: 2 });
  await pool.warmUp();
  const engine = nodeOcrEngine(pool);
  const rows = [];
  const times = { whole: [], regions: [] };
  for (const m of images) {
    const row = { m };
    for (const mode of ['whole', 'regions']) {
      const expectedKind = (KIND[m.kind] ?? [m.kind])[0];
      const t = performance.now();
      const facts = await readDocument(engine, m.image, { mode, expectedKind });
      const dt = performance.now() - t;
      times[mode].push(dt);
      row[mode] = { ...judge(m, facts), dt, facts };
    }
    rows.push(row);
  }
  await pool.terminate();

  const mark = (v) => (v === null ? '–' : v ? '✓' : '✗');
  console.log('\n## Accuracy (whole image | regions with fallback)');
  console.log('| image | size | defects | kind | number | name | whole | regions (passes) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { m, whole, regions } of rows) {
    const got = whole.number === false ? ` (read ${whole.facts.number?.value ?? 'nothing'})` : '';
    console.log(
      `| ${m.file} | ${m.image.width}×${m.image.height} | ${m.defects.join(', ') || 'clean'} | ${mark(whole.kind)} ${mark(regions.kind)} | ${mark(whole.number)} ${mark(regions.number)}${got} | ${mark(whole.name)} ${mark(regions.name)} | ${ms(whole.dt)} | ${ms(regions.dt)} (${regions.facts.passes}${regions.facts.fellBack ? ', fell back' : ''}) |`,
    );
  }
  for (const mode of ['whole', 'regions']) {
    const legible = rows.filter((r) => r.m.number && !r.m.defects.some((d) => ILLEGIBLE.has(d)));
    const read = legible.filter((r) => r[mode].number).length;
    const clean = rows.filter((r) => r.m.defects.length === 0);
    const kindOk = clean.filter((r) => r[mode].kind).length;
    console.log(
      `\n**${mode}**: number exact on ${read}/${legible.length} legible (${((100 * read) / legible.length).toFixed(1)}%); ` +
        `kind right on ${kindOk}/${clean.length} clean; median ${ms(median(times[mode]))}, ` +
        `p90 ${ms([...times[mode]].sort((a, b) => a - b)[Math.floor(times[mode].length * 0.9)])}`,
    );
  }
}

async function throughput(images) {
  const legible = images.filter((m) => m.number && !m.defects.some((d) => ILLEGIBLE.has(d)));
  const batch = Array.from({ length: 20 }, (_, i) => legible[i % legible.length]);
  console.log('\n## Throughput over 20 images (whole image, all submitted at once)');
  console.log('| workers | total | images/s | speed-up |\n| --- | --- | --- | --- |');
  let base = 0;
  for (const workers of [1, 2]) {
    const pool = createOcrPool({ workers });
    await pool.warmUp();
    const engine = nodeOcrEngine(pool);
    const t = performance.now();
    await Promise.all(batch.map((m) => readDocument(engine, m.image, { mode: 'whole' })));
    const dt = performance.now() - t;
    await pool.terminate();
    if (workers === 1) base = dt;
    console.log(`| ${workers} | ${ms(dt)} | ${(20000 / dt).toFixed(2)} | ${(base / dt).toFixed(2)}× |`);
  }
}

if (!only || only === 'cold') await cold();
if (!only || only === 'accuracy' || only === 'throughput') {
  const images = await thumbnails();
  if (!only || only === 'accuracy') await accuracy(images);
  if (!only || only === 'throughput') await throughput(images);
}
