// Benchmark: the CLI over 20 image submissions with OCR, 1 vs 2 jobs (submissions in flight = OCR workers).
// Run: npm run build && node bench/cli-throughput.bench.mjs [rounds]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const sources = ['ocr-clean-resident-id', 'ocr-number-mismatch', 'ocr-id-card-emblem-side', 'ocr-license-as-uscc-certificate', 'image-clean-resident-id'];
const dir = mkdtempSync(join(tmpdir(), 'rnp-cli-bench-'));
for (let i = 0; i < 20; i++) cpSync(join(root, 'fixtures/submissions', sources[i % sources.length]), join(dir, `s${String(i).padStart(2, '0')}`), { recursive: true });

const rounds = Number(process.argv[2] ?? 3);
const times = { 1: [], 2: [] };
for (let r = 0; r < rounds; r++) {
  for (const jobs of r % 2 ? [2, 1] : [1, 2]) {
    const t0 = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [join(root, 'bin/realname-precheck.js'), 'check', dir, '--format', 'json', '--jobs', String(jobs)], { stdio: 'pipe' });
    } catch (e) {
      if (e.status !== 1) throw e; // 1 = error findings, expected for the mismatch cases
    }
    times[jobs].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}
rmSync(dir, { recursive: true });
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`CLI over 20 image submissions with OCR, ${rounds} rounds (alternating order), wall time incl. process start\n`);
console.log('| jobs | runs (ms) | median ms | speed-up |');
console.log('| ---: | --- | ---: | ---: |');
for (const jobs of [1, 2]) {
  console.log(`| ${jobs} | ${times[jobs].map((t) => t.toFixed(0)).join(', ')} | ${median(times[jobs]).toFixed(0)} | ${(median(times[1]) / median(times[jobs])).toFixed(2)}× |`);
}
