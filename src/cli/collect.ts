/** Finds the submissions named on the command line: a submission.json, a folder holding one, or folders of those. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST = 'submission.json';

export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Paths of submission.json files, sorted, for each command-line path (recursively for folders). A path that cannot be
 * read or holds no submission is reported in `errors`, and the other paths are still collected.
 */
export async function collectSubmissions(paths: readonly string[]): Promise<{ found: string[]; errors: InputError[] }> {
  const found: string[] = [];
  const errors: InputError[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isFile()) {
        found.push(path);
        continue;
      }
      const before = found.length;
      await walk(path, found);
      if (found.length === before) errors.push(new InputError(`${path}: no ${MANIFEST} found in this folder or below it`));
    } catch (error) {
      errors.push(new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`));
    }
  }
  return { found, errors };
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
