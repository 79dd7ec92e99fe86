/** Finds the submissions named on the command line: a submission.json, a folder holding one, or folders of those. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export const MANIFEST = 'submission.json';

export class InputError extends Error {
  override name = 'InputError';
}

/** Paths of submission.json files, sorted, for each command-line path (recursively for folders). */
export async function collectSubmissions(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (info.isFile()) {
      found.push(path);
      continue;
    }
    const before = found.length;
    await walk(path, found);
    if (found.length === before) throw new InputError(`${path}: no ${MANIFEST} found in this folder or below it`);
  }
  return found;
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const manifest = entries.find((e) => e.isFile() && e.name === MANIFEST);
  if (manifest) {
    found.push(join(dir, manifest.name));
    return; // a submission folder holds its own files, not other submissions
  }
  for (const entry of entries) {
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(join(dir, entry.name), found);
  }
}

export function isManifestName(path: string): boolean {
  return basename(path) === MANIFEST;
}
