/** File checks: the file is there and readable, its real format, its byte size, and its integrity. */
import * as z from 'zod/mini';
import { defineCheck } from '../engine/check.js';
import type { Problem } from '../engine/types.js';
import { EXTENSION_FORMAT, FORMAT_LABEL, extensionOf, type ImageFormat } from '../files/sniff.js';
import { formatBytes, formatBytesAgainst, openedFiles, readableFiles } from './file-facts.js';

export const fileReadable = defineCheck({
  name: 'file-readable',
  codes: ['path-escapes', 'missing', 'unreadable', 'empty', 'no-file-access', 'too-many-files'],
  options: z.object({ maxFiles: z.number().check(z.int(), z.minimum(1)) }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    // Only the first maxFiles are opened (openedFiles reads this same option): the rest are named, not checked.
    const count = ctx.submission.files?.length ?? 0;
    if (count > options.maxFiles) problems.push({ code: 'too-many-files', field: 'files', data: { count, max: options.maxFiles } });
    for (const f of await openedFiles(ctx)) {
      if (!f.ok) {
        // A path where files cannot be opened (the browser) is said, not skipped: no image check could run on it.
        const code = f.reason === 'no-file-access' ? 'no-file-access' : 'path-escapes';
        problems.push({ code, file: f.label, data: { path: f.name } });
        continue;
      }
      const a = await f.facts.access();
      if (!a.ok) {
        problems.push({ code: a.reason === 'missing' ? 'missing' : 'unreadable', file: f.label, data: { path: f.name } });
        continue;
      }
      if (a.size === 0) { problems.push({ code: 'empty', file: f.label }); continue; }
      // The size is known from a stat; the first read may still fail (permissions).
      if (!(await f.facts.type())) problems.push({ code: 'unreadable', file: f.label, data: { path: f.name } });
    }
    return problems;
  },
});

export const imageFormat = defineCheck({
  name: 'image-format',
  codes: ['not-an-image', 'heic', 'renamed', 'format-not-allowed', 'extension-not-allowed'],
  options: z.object({
    formats: z.array(z.enum(Object.keys(FORMAT_LABEL) as [ImageFormat, ...ImageFormat[]])),
    /** Lower case, without the dot. */
    extensions: z.array(z.string().check(z.regex(/^[a-z0-9]+$/, 'an extension in lower case, without the dot'))),
  }),
  async run(ctx, options) {
    const problems: Problem[] = [];
    const allowed = options.formats.map((f) => FORMAT_LABEL[f as ImageFormat] ?? f).join(', ');
    const allowedExt = options.extensions.map((e) => `.${e}`).join(', ');
    for (const { name, label, facts } of await readableFiles(ctx)) {
      const t = (await facts.type())!;
      const ext = extensionOf(name);
      const data = { actual: t.label, ext: ext ? `.${ext}` : '(none)', allowed, allowedExt };
      if (t.kind !== 'image' || !t.format) { problems.push({ code: 'not-an-image', file: label, data }); continue; }
      if (t.format === 'heic') { problems.push({ code: 'heic', file: label, data }); continue; }
      const promised = Object.hasOwn(EXTENSION_FORMAT, ext) ? EXTENSION_FORMAT[ext] : undefined; // never .constructor's
      if (promised && promised !== t.format) { problems.push({ code: 'renamed', file: label, data }); continue; }
      if (!options.formats.includes(t.format)) { problems.push({ code: 'format-not-allowed', file: label, data }); continue; }
      if (!options.extensions.includes(ext)) problems.push({ code: 'extension-not-allowed', file: label, data });
    }
    return problems;
  },
});

export const fileSize = defineCheck({
  name: 'file-size',
  codes: ['too-small', 'too-large'],
  options: z
    .object({ minBytes: z.number().check(z.int(), z.minimum(0)), maxBytes: z.number().check(z.int(), z.minimum(1)) })
    .check(z.refine((o) => o.minBytes <= o.maxBytes, { message: 'minBytes must not be above maxBytes', path: ['minBytes'] })),
  async run(ctx, options) {
    const problems: Problem[] = [];
    for (const f of await openedFiles(ctx)) {
      if (!f.ok) continue;
      const a = await f.facts.access();
      if (!a.ok || a.size === 0) continue;
      if (a.size >= options.minBytes && a.size <= options.maxBytes) continue;
      const small = a.size < options.minBytes;
      const shown = formatBytesAgainst(a.size, small ? options.minBytes : options.maxBytes);
      const data = { actual: shown.size, bytes: a.size, min: small ? shown.limit : formatBytes(options.minBytes), max: small ? formatBytes(options.maxBytes) : shown.limit };
      problems.push({ code: small ? 'too-small' : 'too-large', file: f.label, data });
    }
    return problems;
  },
});

export const imageIntegrity = defineCheck({
  name: 'image-integrity',
  codes: ['too-many-pixels', 'truncated', 'undecodable', 'too-large-to-decode', 'polyglot', 'trailing-data'],
  options: z.object({ maxPixels: z.number(), maxFullFramePixels: z.number() }),
  async run(ctx, options) {
    // Thumbnails are decoded under these same caps (decodePixelCaps in file-facts.ts reads them from the profile), so
    // an image this rule lets through is analysed and one it rejects is never decoded.
    const problems: Problem[] = [];
    for (const { label, facts } of await readableFiles(ctx)) {
      const t = await facts.type();
      if (t?.kind !== 'image' || !t.format || t.format === 'heic') continue;
      const header = await facts.header();
      // A damaged header includes a BMP declaring more pixels than its bytes can hold: never handed to a decoder.
      if (!header || header.damaged) { problems.push({ code: 'undecodable', file: label, data: { format: t.label } }); continue; }
      const pixels = header.width * header.height;
      const tooManyPixels: Problem = { code: 'too-many-pixels', file: label, data: {
        width: header.width, height: header.height, megapixels: Math.round(pixels / 1e6), max: Math.round(options.maxPixels / 1e6) } };
      // Decided from the header alone: the image is never decoded.
      if (pixels > options.maxPixels) { problems.push(tooManyPixels); continue; }
      const trailer = await facts.trailer();
      if (trailer && !trailer.complete) { problems.push({ code: 'truncated', file: label, data: { format: t.label } }); continue; }
      // A second picture after the first is how multi-picture and HDR gain-map JPEGs are made: not reported.
      if (trailer?.appended === 'data') problems.push({ code: 'trailing-data', file: label, data: { format: t.label, bytes: trailer.trailingBytes } });
      else if (trailer?.appended && trailer.appended !== 'picture') {
        problems.push({ code: 'polyglot', file: label, data: { format: t.label, appended: trailer.appended.toUpperCase(), bytes: trailer.trailingBytes } });
      }
      // Every refusal of the decode fact is reported here, so no image goes unanalysed without a finding. Only the
      // absence of a decoder for the format (an environment without one) is silent, as the contract asks.
      const thumb = await facts.thumbnail();
      if (thumb.ok) continue;
      if (thumb.reason === 'decode-failed') problems.push({ code: 'undecodable', file: label, data: { format: t.label } });
      else if (thumb.reason === 'too-many-pixels') {
        // Under maxPixels but over the lower cap of a format decoded at full size (GIF, BMP).
        problems.push({ ...tooManyPixels, data: { ...tooManyPixels.data, max: Math.round(thumb.limit / 1e6) } });
      }
      else if (thumb.reason === 'too-large') {
        const a = await facts.access();
        problems.push({ code: 'too-large-to-decode', file: label, data: {
          format: t.label, actual: formatBytes(a.ok ? a.size : 0), max: formatBytes(facts.maxDecodeBytes) } });
      }
    }
    return problems;
  },
});
