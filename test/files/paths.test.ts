/** Manifest paths inside and outside the submission folder: only a real `..` segment leaves it. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSubmissionPath } from '../../src/files/source-node.js';

const base = mkdtempSync(path.join(tmpdir(), 'realname-paths-'));
const folder = path.join(base, 'submission');
mkdirSync(path.join(folder, 'sub'), { recursive: true });
for (const name of ['..license.jpg', '...jpg']) writeFileSync(path.join(folder, name), 'x');
writeFileSync(path.join(base, 'outside.jpg'), 'x');
symlinkSync(path.join(base, 'outside.jpg'), path.join(folder, '..link.jpg'));

describe('resolveSubmissionPath', () => {
  it('accepts names that begin with dots inside the folder', async () => {
    for (const p of ['..license.jpg', '...jpg', 'sub/../..license.jpg', './..license.jpg', 'sub/..x/y.jpg']) {
      expect(await resolveSubmissionPath(folder, p), p).toMatchObject({ ok: true, path: path.resolve(folder, p) });
    }
  });
  it('refuses a real .. segment that leaves the folder, the folder itself, and a link pointing out', async () => {
    for (const p of ['..', '../outside.jpg', 'sub/../../outside.jpg', '..link.jpg']) {
      expect(await resolveSubmissionPath(folder, p), p).toMatchObject({ ok: false, reason: 'escapes-folder' });
    }
    expect(await resolveSubmissionPath(folder, '.')).toMatchObject({ ok: false });
  });
});
