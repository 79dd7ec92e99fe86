/** Node-only file sources: ranged reads from disk, and refusal of manifest paths that leave the submission folder. */
import { open, stat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { FileSource } from './source.js';

/**
 * A file on disk. `size()` is a stat; `read()` opens the file and reads only the requested range, so a 200 MB upload
 * costs a few kilobytes to sniff. Errors (missing file, no permission) surface from size()/read() as NodeJS errors.
 */
export function fromPath(filePath: string, name = path.basename(filePath)): FileSource {
  let sizePromise: Promise<number> | undefined;
  return {
    name,
    size: () => (sizePromise ??= stat(filePath).then((s) => {
      if (!s.isFile()) throw Object.assign(new Error(`not a regular file: ${filePath}`), { code: 'EISDIR' });
      return s.size;
    })),
    async read(start, end) {
      const s = Math.max(0, Math.floor(start));
      const length = Math.max(0, Math.floor(end) - s);
      if (length === 0) return new Uint8Array(0);
      const handle = await open(filePath, 'r');
      try {
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, s + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
      } finally {
        await handle.close();
      }
    },
  };
}

export type ResolvedPath =
  | { ok: true; path: string }
  | { ok: false; reason: 'escapes-folder' | 'absolute-path' | 'empty-path'; path: string };

/**
 * Resolves a manifest path against the submission folder. A path that resolves outside the folder (`../x.jpg`,
 * an absolute path elsewhere, or a symlink pointing out) is refused and must not be read.
 */
export async function resolveSubmissionPath(baseDir: string, relative: string): Promise<ResolvedPath> {
  if (!relative || !relative.trim()) return { ok: false, reason: 'empty-path', path: relative };
  const base = path.resolve(baseDir);
  const target = path.resolve(base, relative);
  if (!isInside(base, target)) {
    return { ok: false, reason: path.isAbsolute(relative) ? 'absolute-path' : 'escapes-folder', path: relative };
  }
  // A symlink inside the folder may still point outside it: compare real paths when the file exists.
  try {
    const [realBase, realTarget] = await Promise.all([realpath(base), realpath(target)]);
    if (!isInside(realBase, realTarget)) return { ok: false, reason: 'escapes-folder', path: relative };
  } catch {
    // Missing file: reported later by the readability fact, with the resolved path still inside the folder.
  }
  return { ok: true, path: target };
}

function isInside(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  // Only a whole `..` segment leaves the folder: `..license.jpg` is a file name inside it.
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
