/**
 * Real OCR, kept small (CI has 2 cores): language data assembled locally, two fixture images read through the same
 * path as a validation, the pool shut down.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FileFacts } from '../../src/files/facts.js';
import { fromPath } from '../../src/files/source-node.js';
import { nodeDecoder } from '../../src/image/decode-node.js';
import { nodeOcrEngine } from '../../src/ocr/engine-node.js';
import { createOcrPool, defaultWorkerCount } from '../../src/ocr/pool.js';
import { readDocument } from '../../src/ocr/read.js';
import { ensureTessdata } from '../../src/ocr/tessdata.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const images = path.join(root, 'fixtures/images');

async function thumbnail(file: string) {
  const th = await new FileFacts(fromPath(path.join(images, file)), { decoder: nodeDecoder() }).thumbnail();
  if (!th.ok) throw new Error(`cannot decode ${file}`);
  return th.image;
}

describe('language data', () => {
  it('is assembled from the npm packages into one local folder, uncompressed', async () => {
    const data = await ensureTessdata();
    expect(data.languages).toEqual(['chi_sim']);
    expect(path.isAbsolute(data.langPath)).toBe(true);
    expect(data.langPath).toContain(path.join('node_modules', '.cache', 'realname-precheck', 'tessdata'));
    const both = await ensureTessdata({ languages: ['chi_sim', 'eng'] });
    expect(both.langPath).toBe(data.langPath);
    for (const lang of ['chi_sim', 'eng']) {
      const file = path.join(data.langPath, `${lang}.traineddata`);
      expect(statSync(file).size).toBeGreaterThan(1_000_000);
    }
    // Memoised within the process.
    expect(await ensureTessdata()).toBe(await ensureTessdata());
  });

  it('reports a missing language package clearly', async () => {
    await expect(ensureTessdata({ languages: ['klingon'] })).rejects.toThrow(/@tesseract.js-data\/klingon/);
  });
});

describe('OCR pool', () => {
  const pool = createOcrPool({ workers: 2 });
  afterAll(() => pool.terminate());

  it('is sized to the machine and lazy', () => {
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(1);
    expect(defaultWorkerCount()).toBeLessThanOrEqual(2);
    expect(pool.started).toBe(false);
  });

  it('reads an identity card and a business license from their thumbnails', async () => {
    const engine = nodeOcrEngine(pool);
    const [id, license] = await Promise.all([
      readDocument(engine, await thumbnail('id-front.jpg')),
      readDocument(engine, await thumbnail('business-license.jpg'), { mode: 'regions', expectedKind: 'business-license' }),
    ]);
    expect(pool.started).toBe(true);
    expect(id).toMatchObject({ kind: 'resident-id', side: 'portrait', number: { value: '110101199003071233' } });
    expect(license).toMatchObject({ kind: 'business-license', mode: 'regions', number: { value: '91350100M000100Y43' } });
    // tesseract.js's default cache location is the working directory: nothing may be written there.
    expect(readdirSync(process.cwd()).filter((f) => f.endsWith('.traineddata'))).toEqual([]);
  });

  it('starts a worker without writing to stderr', async () => {
    // chi_sim's own config (sub-language chi_sim_vert) made every chi_sim+eng worker start print "Error opening data
    // file ./<garbled>.traineddata". Worker threads write to the process's stderr: start one in a child process.
    const script = `import { createOcrPool } from ${JSON.stringify(path.join(root, 'src/ocr/pool.ts'))};
      const pool = createOcrPool({ workers: 1, languages: ['chi_sim', 'eng'] }); await pool.warmUp(); await pool.terminate();`;
    const dir = mkdtempSync(path.join(tmpdir(), 'ocr-stderr-'));
    writeFileSync(path.join(dir, 'start.mjs'), script);
    try {
      const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(dir, 'start.mjs')], { cwd: root });
      expect(stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets the process exit after validate with OCR, without shutdown()', async () => {
    // Idle workers must not hold the event loop: a script that never calls shutdown() still ends. The timeout only
    // keeps a regression from hanging the suite; it is not a timing assertion.
    const script = `import { validate } from ${JSON.stringify(path.join(root, 'src/node.ts'))};
      const baseDir = ${JSON.stringify(path.join(root, 'fixtures/submissions/ocr-clean-resident-id'))};
      const manifest = JSON.parse((await import('node:fs')).readFileSync(baseDir + '/submission.json', 'utf8'));
      const report = await validate(manifest, { baseDir, ocr: true, now: '2026-06-15' });
      const again = await validate(manifest, { baseDir, ocr: true, now: '2026-06-15' });
      console.log(JSON.stringify({ ok: report.ok && again.ok, findings: report.findings.map((f) => f.code) }));`;
    const dir = mkdtempSync(path.join(tmpdir(), 'ocr-exit-'));
    writeFileSync(path.join(dir, 'no-shutdown.mjs'), script);
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(dir, 'no-shutdown.mjs')], { cwd: root, timeout: 120_000 });
      expect(JSON.parse(stdout)).toEqual({ ok: true, findings: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);

  it('terminates and refuses work afterwards', async () => {
    await pool.terminate();
    await expect(pool.recognize(Buffer.alloc(0))).rejects.toThrow(/terminated/);
  });
});
