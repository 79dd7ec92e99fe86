/** Finds the submissions named on the command line: a submission.json, a folder holding one, or folders of those. */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST = 'submission.json';

export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** A manifest to check, or an input that could not be read (`error`), in command-line and then file-name order. */
export interface Input {
  path: string;
  error?: InputError;
}

/**
 * The submission.json files under each command-line path (recursively for folders). Symbolic links are followed; a
 * folder reached twice (a link back up, or two links to one folder) is searched once. A path that cannot be read,
 * a broken link, or a path that holds no submission is an Input with an `error`, and the other paths are still
 * collected.
 */
export async function collectSubmissions(paths: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isFile()) {
        inputs.push({ path });
        continue;
      }
      const before = inputs.length;
      await walk(path, new Set(), inputs);
      if (inputs.length === before) inputs.push({ path, error: new InputError(path, `no ${MANIFEST} found in this folder or below it`) });
    } catch (error) {
      inputs.push({ path, error: cannotRead(path, error) });
    }
  }
  return inputs;
}

async function walk(dir: string, seen: Set<string>, inputs: Input[]): Promise<void> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    inputs.push({ path: dir, error: cannotRead(dir, error) });
    return;
  }
  const kinds = await Promise.all(entries.map((e) => kindOf(dir, e)));
  const m = entries.findIndex((e, i) => e.name === MANIFEST && kinds[i] !== 'dir');
  if (m >= 0) {
    const path = join(dir, MANIFEST);
    const kind = kinds[m]!;
    // A FIFO or device named submission.json is never opened: reading it could block forever.
    const error = typeof kind === 'object' ? `broken symbolic link (${kind.broken})` : kind === 'other' ? 'not a regular file' : undefined;
    inputs.push(error ? { path, error: new InputError(path, error) } : { path });
    return; // a submission folder holds its own files, not other submissions
  }
  for (const [i, entry] of entries.entries()) {
    const kind = kinds[i]!;
    const path = join(dir, entry.name);
    if (typeof kind === 'object') inputs.push({ path, error: new InputError(path, `broken symbolic link (${kind.broken})`) });
    else if (kind === 'dir' && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(path, seen, inputs);
  }
}

type Kind = 'file' | 'dir' | 'other' | { broken: string };

async function kindOf(dir: string, entry: Dirent): Promise<Kind> {
  if (!entry.isSymbolicLink()) return entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
  try {
    const target = await stat(join(dir, entry.name));
    return target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    return { broken: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

function cannotRead(path: string, error: unknown): InputError {
  return new InputError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}
