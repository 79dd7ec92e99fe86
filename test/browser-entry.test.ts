/**
 * The browser entry must bundle for the browser: nothing from Node (fs, path, sharp, tesseract's Node worker) may be
 * reachable from src/index.ts. Bundling with esbuild for platform "browser" fails on any Node built-in.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createValidator, validate } from '../src/index.js';

describe('browser entry', () => {
  it('bundles for the browser without Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => /node_modules\/(sharp|tesseract\.js)\//.test(p))).toEqual([]);
    expect(inputs.some((p) => p.includes('src/engine/validate.ts'))).toBe(true);
    const bytes = result.outputFiles[0]!.contents.length;
    expect(bytes).toBeGreaterThan(0);
  });
});

describe('browser entry API', () => {
  it('validates text fields exactly as the default export does, with or without an OCR engine', async () => {
    const submission = { holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231OO2X' } };
    const expected = await validate(submission, { now: '2026-06-15' });
    expect(expected.findings.map((f) => f.suggestion)).toContain('11010519491231002X');
    const engine = { recognize: async () => ({ text: '', confidence: 0, lines: [] }) };
    expect(await createValidator()(submission, { now: '2026-06-15' })).toEqual(expected);
    expect(await createValidator({ ocrEngine: engine })(submission, { now: '2026-06-15', ocr: true })).toEqual(expected);
  });
});
