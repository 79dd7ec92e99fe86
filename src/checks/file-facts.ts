/** Shared by the file and image checks: each submission file opened once per validation, its facts cached. */
import type { CheckContext } from '../engine/check.js';
import { openFileRef, type FileAccess, type OpenedFile } from '../files/access.js';
import { DEFAULT_FACT_OPTIONS, type FileFacts } from '../files/facts.js';

/** Thresholds one rule owns and others follow, read from the active profile through `ctx.optionsOf`. */
export interface SharedThresholds {
  'file-readable': { maxFiles: number };
  'image-integrity': { maxPixels: number; maxFullFramePixels: number };
  'image-clarity': { minMedianLuma: number; maxClippedHigh: number; maxWashedOutLuma: number; maxBlur: number; maxMotion: number };
  'image-colour': { minChroma: number };
}

/** The thresholds of another rule in this validation; undefined when that rule does not run. */
export function sharedThresholds<K extends keyof SharedThresholds>(ctx: CheckContext, rule: K): SharedThresholds[K] | undefined {
  return ctx.optionsOf<SharedThresholds[K]>(rule);
}

/**
 * The pixel caps for decoding: image-integrity's `maxPixels` and `maxFullFramePixels` (GIF, BMP) from the profile, so
 * an image it lets through is decoded and one it rejects is never decoded. Without that rule, the built-in defaults
 * still guard memory.
 */
export function decodePixelCaps(ctx: CheckContext): { maxPixels: number; maxFullFramePixels: number } {
  const integrity = sharedThresholds(ctx, 'image-integrity');
  return {
    maxPixels: integrity?.maxPixels ?? DEFAULT_FACT_OPTIONS.maxPixels,
    maxFullFramePixels: integrity?.maxFullFramePixels ?? DEFAULT_FACT_OPTIONS.maxFullFramePixels,
  };
}

/** Files opened when the file-readable rule is off (and so sets no limit). */
const DEFAULT_MAX_FILES = 10;

export function openedFiles(ctx: CheckContext): Promise<OpenedFile[]> {
  return ctx.fact('files:opened', () => {
    const access = ctx.adapters.files as FileAccess | undefined;
    const maxPixels = () => decodePixelCaps(ctx).maxPixels;
    const maxFullFramePixels = () => decodePixelCaps(ctx).maxFullFramePixels;
    // Every file costs a decoded thumbnail held until the validation ends: a manifest listing hundreds must not.
    const maxFiles = sharedThresholds(ctx, 'file-readable')?.maxFiles ?? DEFAULT_MAX_FILES;
    const refs = (ctx.submission.files ?? []).slice(0, maxFiles);
    const files = refs.map((ref) => openFileRef(ref, access, { maxPixels, maxFullFramePixels }));
    // Where each file stands in the `files` given (an entry that is not a file reference is left out of the list).
    const positions = ctx.fact<number[]>('files:positions', () => refs.map((_, i) => i));
    return Promise.all(files).then((opened) => distinctLabels(opened, positions));
  });
}

/**
 * Files that share a name (every phone names its photos image.jpg) are told apart by their place in `files`, so that
 * each finding points at one upload and a rule gating on another rule's findings (OCR) does not skip the wrong one.
 */
function distinctLabels(files: OpenedFile[], positions: readonly number[]): OpenedFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.label, (count.get(f.label) ?? 0) + 1);
  return files.map((f, i) => (count.get(f.label)! > 1 ? { ...f, label: `${f.label} (files[${positions[i] ?? i}])` } : f));
}

/** Files whose bytes are readable and non-empty, with a sniffed type: what every later check starts from. */
export async function readableFiles(ctx: CheckContext): Promise<Array<{ name: string; label: string; facts: FileFacts }>> {
  const out: Array<{ name: string; label: string; facts: FileFacts }> = [];
  for (const f of await openedFiles(ctx)) {
    if (!f.ok) continue;
    const access = await f.facts.access();
    if (!access.ok || access.size === 0) continue;
    if (!(await f.facts.type())) continue;
    out.push({ name: f.name, label: f.label, facts: f.facts });
  }
  return out;
}

/**
 * Readable image files in a format with a parsed, undamaged header. Their thumbnail (and so their metrics) may still
 * be refused (over the pixel cap, undecodable): image-integrity reports every such file.
 */
export async function imageFiles(ctx: CheckContext) {
  const out = [];
  for (const f of await readableFiles(ctx)) {
    const t = await f.facts.type();
    if (t?.kind !== 'image') continue;
    const header = await f.facts.header();
    if (!header || header.damaged) continue;
    out.push({ ...f, header });
  }
  return out;
}

/** A byte count for messages: B, KB or MB, with `digits` decimals (default: one below 10 MB, none above; none in KB). */
export function formatBytes(n: number, digits?: number): string {
  if (n >= 1024 * 1024) return `${(n / 1048576).toFixed(digits ?? (n >= 10 * 1048576 ? 0 : 1))} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(digits ?? 0)} KB`;
  return `${n} B`;
}

/**
 * A size and the limit it breaks, as round as possible but never printed alike ("1.0 MB, over the maximum of 1.0 MB"):
 * more decimals while they read the same, exact bytes in the end.
 */
export function formatBytesAgainst(size: number, limit: number): { size: string; limit: string } {
  for (const digits of [undefined, 1, 2, 3]) {
    const pair = { size: formatBytes(size, digits), limit: formatBytes(limit, digits) };
    if (pair.size !== pair.limit) return pair;
  }
  return { size: `${size} B`, limit: `${limit} B` };
}
