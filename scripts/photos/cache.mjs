// The benchmark photo set, generated on demand into a cache folder (never committed) and regenerated when the
// generator changes: its version key is a hash of the generator's sources and the sharp/libvips versions.
//   const { dir, truth } = await ensurePhotoSet();   // truth: the photos' truths, as in truth.json
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { PHOTO_SET, writePhotoSet } from './index.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
export const DEFAULT_CACHE = path.join(ROOT, 'node_modules/.cache/realname-precheck-photos');

/** Hash of everything the pictures depend on (and of the specs, when not the benchmark set). */
export function generatorVersion(specs = PHOTO_SET) {
  const h = createHash('sha256');
  const files = [...readdirSync(HERE).filter((f) => f.endsWith('.mjs')).map((f) => path.join(HERE, f)),
    path.join(ROOT, 'scripts/generate-fixtures-docs.mjs'), path.join(ROOT, 'scripts/prng.mjs')];
  for (const f of files.sort()) h.update(path.basename(f)).update(readFileSync(f));
  h.update(JSON.stringify(sharp.versions));
  if (specs !== PHOTO_SET) h.update(JSON.stringify(specs));
  return h.digest('hex').slice(0, 16);
}

const readTruth = (dir) => JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')).photos;

/**
 * The set in `dir`, rendered first when missing or stale. By default `dir` is a folder named for the version under
 * node_modules/.cache/realname-precheck-photos/, so worktrees at different versions never replace each other's set
 * while it is read (the three most recently rendered versions are kept). `specs` renders another list than PHOTO_SET (its
 * version key then covers the specs too).
 */
export async function ensurePhotoSet(given, { log = () => {}, specs = PHOTO_SET } = {}) {
  const version = generatorVersion(specs);
  const dir = given ?? path.join(DEFAULT_CACHE, version);
  if (!given) pruneVersions(DEFAULT_CACHE, version);
  const stamp = path.join(dir, 'version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version && existsSync(path.join(dir, 'truth.json'))) {
    return { dir, truth: readTruth(dir), version };
  }
  log(`rendering ${specs.length} photos into ${dir} (generator ${version})`);
  // Rendered aside and moved in place, so a reader never sees half a set and two writers do not mix theirs.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await writePhotoSet(tmp, specs);
  writeFileSync(path.join(tmp, 'version'), version + '\n');
  mkdirSync(path.dirname(dir), { recursive: true });
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  try {
    renameSync(tmp, dir);
  } catch (e) {
    // Another process moved its set in meanwhile: take that one if it is of this version.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== version) throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return { dir, truth: readTruth(dir), version };
}

/**
 * Removes all but the three most recently rendered version folders of the default cache (never `keep`), and the
 * half-written folders of processes that are gone.
 */
function pruneVersions(base, keep) {
  if (!existsSync(base)) return;
  for (const e of readdirSync(base, { withFileTypes: true })) {
    const writer = /\.(?:tmp|old)-(\d+)$/.exec(e.name);
    if (writer && !alive(Number(writer[1]))) rmSync(path.join(base, e.name), { recursive: true, force: true });
  }
  const dirs = readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[0-9a-f]{16}$/.test(d.name) && d.name !== keep)
    .map((d) => ({ name: d.name, at: statSync(path.join(base, d.name)).mtimeMs })).sort((a, b) => b.at - a.at);
  for (const d of dirs.slice(2)) rmSync(path.join(base, d.name), { recursive: true, force: true });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}
