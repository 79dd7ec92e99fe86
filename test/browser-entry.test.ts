/**
 * The browser entry must bundle for the browser: nothing from Node (fs, path, sharp, tesseract's Node worker) may be
 * reachable from src/index.ts. Bundling with esbuild for platform "browser" fails on any Node built-in.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

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
