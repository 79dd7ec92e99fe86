/**
 * How checks get at the files of a submission without importing Node: an entry (Node or browser) puts a FileAccess
 * in `adapters.files`. `{ name, data }` references need none; `{ path }` references need `openPath`.
 */
import type { ThumbnailDecoder } from '../image/decoder.js';
import { FileFacts, type FileFactsOptions } from './facts.js';
import { fromBlob, fromBytes, type FileSource } from './source.js';

export type OpenedPath =
  | { ok: true; source: FileSource }
  | { ok: false; reason: 'escapes-folder' | 'absolute-path' | 'empty-path'; path: string };

export interface FileAccess {
  /** Resolves a manifest path inside the submission folder (refusing one that leaves it) and opens it lazily. */
  openPath?(path: string): Promise<OpenedPath>;
  /** Decodes images into thumbnails for quality metrics. */
  decoder?: ThumbnailDecoder;
  /** Limits of the fact pipeline in this environment (thumbnail size, bytes read for decoding). */
  factOptions?: Omit<FileFactsOptions, 'decoder'>;
}

export type FileRefLike = { path: string } | { name: string; data: Uint8Array | Blob };

/** `name` is the file name or path as given; `label` names the file in findings (the same unless names repeat). */
export type OpenedFile =
  | { ok: true; name: string; label: string; facts: FileFacts }
  | { ok: false; name: string; label: string; reason: 'escapes-folder' | 'absolute-path' | 'empty-path' | 'no-file-access' };

/**
 * Opens a submission file reference into cached facts. Never reads anything: facts read lazily. `limits` are the
 * validation's own (the profile's pixel cap) and take precedence over the environment's `factOptions`.
 */
export async function openFileRef(
  ref: FileRefLike,
  access: FileAccess | undefined,
  limits: Omit<FileFactsOptions, 'decoder'> = {},
): Promise<OpenedFile> {
  const options = (): FileFactsOptions => ({ ...access?.factOptions, ...stripUndefined(limits), decoder: access?.decoder });
  if ('data' in ref) {
    const source = ref.data instanceof Uint8Array ? fromBytes(ref.name, ref.data) : fromBlob(ref.name, ref.data);
    return { ok: true, name: ref.name, label: ref.name, facts: new FileFacts(source, options()) };
  }
  if (!access?.openPath) return { ok: false, name: ref.path, label: ref.path, reason: 'no-file-access' };
  const opened = await access.openPath(ref.path);
  if (!opened.ok) return { ok: false, name: ref.path, label: ref.path, reason: opened.reason };
  return { ok: true, name: ref.path, label: ref.path, facts: new FileFacts(opened.source, options()) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
