// Accuracy of the image rules and OCR on realistic photos of the project's certificates (scripts/photos), through the
// built library (dist/node.js), under the tencent and strict profiles.
//
//   node --import tsx bench/photos-accuracy.bench.mjs                 the generated set (rendered into a cache first)
//   node --import tsx bench/photos-accuracy.bench.mjs --cases <cases.json>   photos in that folder, described by a cases.json of file, kind, side, number and name
//   options: --only <substring of ids>   --out <file.md> (also write the tables there)   --json <file> (every photo's
//   truth, reading and findings)   --profiles tencent,strict   --dir <folder> (render the set there instead of the cache)
//
// Per photo, three submissions built from its truth: the form as the document says, another valid number (one digit
// changed, check recomputed), the holder name with one character changed. The OCR reading itself (kind, side, number,
// time) is taken once per photo through the library's own reading path (file facts -> upright document image ->
// readDocument, from src/ through tsx), since a report only shows readings that disagree with the form.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { shutdown, validate } from '../dist/node.js';
import { ensurePhotoSet } from '../scripts/photos/cache.mjs';
import { FileFacts } from '../src/files/facts.ts';
import { fromPath } from '../src/files/source-node.ts';
import { nodeDecoder } from '../src/image/decode-node.ts';
import { nodeOcrEngine } from '../src/ocr/engine-node.ts';
import { shutdownOcr } from '../src/ocr/pool.ts';
import { readDocument } from '../src/ocr/read.ts';
import { caseTruth, forms, validNumber } from './photos-accuracy-forms.mjs';
import { report } from './photos-accuracy-report.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const PROFILES = (arg('profiles') ?? 'tencent,strict').split(',');
const NOW = '2026-06-15';
const MODE = JSON.parse(readFileSync(new URL('../rules/profiles/strict.json', import.meta.url), 'utf8')).rules['certificate-image-text']?.options?.mode ?? 'whole';
const MAX_BYTES = { strict: 1024 * 1024, tencent: 5 * 1024 * 1024 };

async function load() {
  const cases = arg('cases');
  if (cases) {
    const list = JSON.parse(readFileSync(cases, 'utf8')).cases;
    return { dir: path.dirname(path.resolve(cases)), truth: list.map(caseTruth), source: `${list.length} photos of ${cases}` };
  }
  const t0 = performance.now();
  const { dir, truth, version } = await ensurePhotoSet(arg('dir'), { log: (l) => console.error(l) });
  return { dir, truth, source: `the generated set (generator ${version}, ${truth.length} photos, ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)` };
}

/** What OCR reads from each photo, and how long recognition takes, through the library's reading path. */
async function readAll(dir, photos) {
  const decoder = nodeDecoder(), engine = nodeOcrEngine();
  const out = new Map();
  for (const t of photos) {
    const facts = new FileFacts(fromPath(path.join(dir, t.file)), { decoder });
    // As certificate-image-text reads a file: the upright document image, said to be upright when one was found.
    const image = await facts.documentImage();
    if (!image) { out.set(t.id, null); continue; }
    const d = (await facts.metrics())?.document;
    const upright = d !== undefined && (d.found || (d.fillsFrame && d.rotation === 0));
    const t0 = performance.now();
    const reading = await readDocument(engine, image, { mode: MODE, expectedKind: t.certificateType, now: NOW, holderName: t.name ?? undefined, upright });
    out.set(t.id, { kind: reading.kind, side: reading.side ?? null, number: reading.number?.value ?? null, name: reading.name?.value ?? null, ms: performance.now() - t0 });
  }
  await shutdownOcr();
  return out;
}

const RELEVANT = (f) => f.rule.startsWith('image-') || f.rule.startsWith('file-') || f.rule === 'certificate-image-text';
const slim = (r) => r.findings.filter(RELEVANT).map((f) => ({ rule: f.rule, code: f.code, severity: f.severity, message: f.message, suggestion: f.suggestion }));

async function main() {
  const { dir, truth, source } = await load();
  const only = arg('only');
  const photos = truth.filter((t) => !only || t.id.includes(only));
  const loadBefore = loadavg()[0];
  const t0 = performance.now();
  const readings = await readAll(dir, photos);
  const results = [];
  for (const t of photos) {
    const f = forms(t);
    const row = { truth: t, reading: readings.get(t.id), runs: {} };
    for (const profile of PROFILES) {
      const opts = { baseDir: dir, ocr: true, profile, now: NOW, lang: 'en' };
      row.runs[profile] = { same: slim(await validate(f.same, opts)) };
      // The changed forms only under the first profile: they measure OCR, which the profiles share.
      if (profile === PROFILES[0] && t.legible) {
        row.runs[profile].number = slim(await validate(f.number, opts));
        row.runs[profile].name = slim(await validate(f.name, opts));
        row.changedNumberValid = validNumber(f.number.certificate.number, t.certificateType);
      }
    }
    results.push(row);
  }
  await shutdown();
  const text = report(results, {
    profiles: PROFILES, maxBytes: MAX_BYTES,
    header: `Photos: ${source}. OCR mode ${MODE}. ${((performance.now() - t0) / 1000).toFixed(0)} s, load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)} (2 cores), Node ${process.version}.`,
  });
  console.log(text);
  const out = arg('out');
  if (out) writeFileSync(out, text + '\n');
  // Every photo's truth, reading and findings, for comparing two runs photo by photo.
  const json = arg('json');
  if (json) writeFileSync(json, JSON.stringify(results, null, 1) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
