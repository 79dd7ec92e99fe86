// Runs the benchmarks one after another (never side by side: they would measure each other) after a fresh build.
// Run: npm run bench [-- name…]   names: validate numbers images document ocr cli-throughput photos-accuracy defects (default: all of them)
// images-metrics compares this tree with an earlier revision and takes that revision: run it on its own.
import { execFileSync } from 'node:child_process';

const root = new URL('../', import.meta.url).pathname;
const BENCHES = {
  validate: ['bench/validate.bench.mjs'],
  numbers: ['--import', 'tsx', 'bench/numbers.bench.mjs'],
  images: ['--import', 'tsx', 'bench/images.bench.mjs'],
  document: ['--import', 'tsx', 'bench/document.bench.mjs'],
  ocr: ['--import', 'tsx', 'bench/ocr.bench.mjs'],
  'cli-throughput': ['bench/cli-throughput.bench.mjs'],
  'photos-accuracy': ['--import', 'tsx', 'bench/photos-accuracy.bench.mjs'],
  defects: ['--import', 'tsx', 'bench/defects.bench.mjs'],
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (one of: ${Object.keys(BENCHES).join(', ')})`);
  process.exit(2);
}
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
for (const name of asked.length > 0 ? asked : Object.keys(BENCHES)) {
  console.log(`\n## ${name}\n`);
  execFileSync(process.execPath, BENCHES[name], { cwd: root, stdio: 'inherit' });
}
