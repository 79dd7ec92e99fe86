/** The Node FileAccess: manifest paths resolved inside the submission folder, ranged reads from disk, sharp decoding. */
import { nodeDecoder } from '../image/decode-node.js';
import type { FileAccess } from './access.js';
import { fromPath, resolveSubmissionPath } from './source-node.js';

export function nodeFileAccess(baseDir: string): FileAccess {
  return {
    async openPath(relative) {
      const resolved = await resolveSubmissionPath(baseDir, relative);
      if (!resolved.ok) return resolved;
      return { ok: true, source: fromPath(resolved.path, relative) };
    },
    decoder: nodeDecoder(),
  };
}
