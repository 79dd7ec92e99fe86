/** Reads and parses one submission.json, with errors that name the path and the place of a JSON syntax error. */
import { open } from 'node:fs/promises';
import { InputError } from './collect.js';

/** A manifest is small; anything larger is not a submission (and is never read whole). */
const MAX_MANIFEST_BYTES = 1024 * 1024;

export async function readSubmission(path: string): Promise<unknown> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_MANIFEST_BYTES) throw new InputError(path, `${size} bytes is too large for a submission manifest (limit ${MAX_MANIFEST_BYTES})`);
      const buffer = Buffer.alloc(size);
      await handle.read(buffer, 0, size, 0);
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof TypeError) throw new InputError(path, 'not valid UTF-8 text');
    throw new InputError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(path, `malformed JSON (${(error as Error).message})`);
  }
}
