/**
 * The browser entry in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): src/index.ts is
 * bundled with esbuild for the browser and served with a few fixture images from a local HTTP server; the page validates
 * the same submissions as Node's entry, files given as Blobs, and the findings must agree.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/index.js';
import { validate as nodeValidate, shutdown } from '../../src/node.js';
import { analyseImage } from '../../src/image/analyse.js';
import { nodeDecoder } from '../../src/image/decode-node.js';
import { fromBytes } from '../../src/files/source.js';
import { packagedTraineddata } from '../../src/ocr/tessdata.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IMAGES = fileURLToPath(new URL('../../fixtures/images/', import.meta.url));
const NOW = '2026-06-15';

// What a page serves for OCR: its own copy of tesseract.js, its WebAssembly core and the npm language data.
const require_ = createRequire(import.meta.url);
const STATIC: Record<string, string> = {
  tesseract: join(dirname(require_.resolve('tesseract.js')), '../dist'),
  'tesseract-core': dirname(require_.resolve('tesseract.js-core')),
  tessdata: dirname(packagedTraineddata('chi_sim', 'best_int')),
};

const individual = {
  holder: { type: 'individual', name: '王小明', region: 'CN' },
  certificate: { type: 'resident-id', number: '110101199003071233', issuedOn: '2020-01-01', expiresOn: '2040-01-01' },
  contact: { name: '王小明', phone: '+86.13800138000', email: 'holder@example.com' },
  domain: 'example.cn',
};
const organization = {
  holder: { type: 'organization', name: '福州示例科技有限公司', region: 'CN', organizationKind: 'enterprise' },
  certificate: { type: 'business-license', number: '91350100M000100Y43', issuedOn: '2020-01-01', expiresOn: 'long-term' },
  contact: { name: '王小明', phone: '+86.13800138000', email: 'holder@example.com' },
  domain: 'example.cn',
};

let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium ` +
        '(apt-get update && apt-get install -y chromium), or CHROMIUM_PATH set to a Chromium binary.',
    );
  }
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./entry.ts', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const bundle = bundled.outputFiles[0]!.contents;

  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string, body: Uint8Array | string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/') return send(200, 'text/html; charset=utf-8', '<!doctype html><meta charset="utf-8"><title>realname-precheck</title>');
    if (path === '/bundle.js') return send(200, 'text/javascript; charset=utf-8', bundle);
    const file = /^\/([\w-]+)\/([\w.-]+)$/.exec(path);
    const folder = file?.[1] === 'images' ? IMAGES : STATIC[file?.[1] ?? ''];
    if (file && folder && !file[2]!.startsWith('.')) {
      const type = file[2]!.endsWith('.js') ? 'text/javascript' : file[2]!.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
      readFile(join(folder, file[2]!)).then(
        (bytes) => send(200, type, bytes),
        () => send(404, 'text/plain', 'not found'),
      );
      return;
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${origin}/`);
  // A string, not a function: vitest rewrites import() inside functions it transforms.
  await page.evaluate("import('/bundle.js').then((lib) => { globalThis.lib = lib; })");
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** What the page's globalThis.lib holds: the bundle of test/browser/entry.ts. */
interface PageLib {
  validate(submission: unknown, options: unknown): Promise<Report>;
  browserDecoder(): { decode(source: unknown, format: string, options: object): Promise<unknown> };
  analyseImage(image: unknown): ReturnType<typeof analyseImage>;
  fromBlob(name: string, blob: Blob): unknown;
}

/** Validates in the page; `files` are fetched from the server and given as `{ name, data: Blob }`. */
function validateInBrowser(submission: object, files: string[] = [], ocr = false): Promise<Report> {
  return page.evaluate(
    async ({ submission, files, now, ocr }) => {
      const g = globalThis as unknown as { lib: PageLib; ocrValidate: PageLib['validate'] };
      const blobs = await Promise.all(files.map(async (name) => {
        const res = await fetch(`/images/${name}`);
        if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
        return { name, data: await res.blob() };
      }));
      const given = files.length ? { ...submission, files: blobs } : submission;
      return ocr ? g.ocrValidate(given, { now, ocr: true }) : g.lib.validate(given, { now });
    },
    { submission, files, now: NOW, ocr },
  );
}

async function validateInNode(submission: object, files: string[] = [], ocr = false): Promise<Report> {
  const given = await Promise.all(files.map(async (name) => ({ name, data: new Uint8Array(await readFile(IMAGES + name)) })));
  return nodeValidate(files.length ? { ...submission, files: given } : submission, { now: NOW, ocr });
}

const fileFindings = (r: Report) =>
  r.findings.filter((f: Finding) => f.file !== undefined).map((f) => ({ rule: f.rule, code: f.code, severity: f.severity, file: f.file }));

/** Thumbnail metrics from both decoders, for the message of a failed comparison. */
async function metricsOf(name: string) {
  const bytes = new Uint8Array(await readFile(IMAGES + name));
  const format = name.endsWith('.png') || bytes[0] === 0x89 ? 'png' : 'jpeg';
  const node = analyseImage(await nodeDecoder().decode(fromBytes(name, bytes), format, { maxSide: 1000, maxPixels: 1e8 }));
  const browserSide = await page.evaluate(async ({ name, format }) => {
    const lib = (globalThis as unknown as { lib: PageLib }).lib;
    const blob = await (await fetch(`/images/${name}`)).blob();
    const img = await lib.browserDecoder().decode(lib.fromBlob(name, blob), format, { maxSide: 1000, maxPixels: 1e8 });
    const m = lib.analyseImage(img);
    return { width: m.width, height: m.height, colour: m.colour, sharpness: m.sharpness, exposure: m.exposure, region: m.region };
  }, { name, format });
  const pick = (m: typeof node) => ({ width: m.width, height: m.height, colour: m.colour, sharpness: m.sharpness, exposure: m.exposure, region: m.region });
  return JSON.stringify({ node: pick(node), browser: browserSide });
}

describe('browser entry in headless Chromium', () => {
  it('loads the bundle without page errors', async () => {
    expect(await page.evaluate(() => typeof (globalThis as { lib?: { validate?: unknown } }).lib?.validate)).toBe('function');
    expect(await page.evaluate(() => typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function')).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('reports a text-only submission exactly as Node does', async () => {
    const submission = {
      holder: { type: 'individual', name: '张三' },
      certificate: { type: 'resident-id', number: '11010519491231OO2X' },
      contact: { name: '张三', phone: '+010.88888888' },
    };
    const inBrowser = await validateInBrowser(submission);
    expect(inBrowser.ok).toBe(false);
    expect(inBrowser.findings.map((f) => f.suggestion)).toContain('11010519491231002X');
    expect(inBrowser).toEqual(await validateInNode(submission));
  });

  // expected: [] means no file finding at all; otherwise these must be among them (the 1 MB renamed PNG is also too
  // large for the strict profile, for example).
  const cases: Array<{ file: string; submission: object; expected: Array<{ rule: string; code: string }> }> = [
    { file: 'id-front.jpg', submission: individual, expected: [] },
    { file: 'business-license.jpg', submission: organization, expected: [] },
    { file: 'id-front-renamed-png.jpg', submission: individual, expected: [{ rule: 'image-format', code: 'renamed' }] },
    { file: 'id-front-greyscale.jpg', submission: individual, expected: [{ rule: 'image-colour', code: 'greyscale' }] },
    { file: 'business-license-greyscale.jpg', submission: organization, expected: [{ rule: 'image-colour', code: 'greyscale' }] },
    { file: 'id-front-blurred.jpg', submission: individual, expected: [{ rule: 'image-clarity', code: 'blurred' }] },
    { file: 'business-license-blurred.jpg', submission: organization, expected: [{ rule: 'image-clarity', code: 'blurred' }] },
  ];

  for (const { file, submission, expected } of cases) {
    it(`${file} (Blob) gives the same file findings as Node`, async () => {
      const [inBrowser, inNode] = await Promise.all([validateInBrowser(submission, [file]), validateInNode(submission, [file])]);
      const found = fileFindings(inBrowser);
      const codes = found.map(({ rule, code }) => ({ rule, code }));
      if (expected.length === 0) expect(codes).toEqual([]);
      else expect(codes).toEqual(expect.arrayContaining(expected));
      if (JSON.stringify(found) !== JSON.stringify(fileFindings(inNode))) {
        expect.fail(`browser and Node disagree on ${file}: ${JSON.stringify({ browser: found, node: fileFindings(inNode) })}; metrics ${await metricsOf(file)}`);
      }
      // The rest of the report does not depend on the decoder.
      expect(inBrowser.findings.filter((f) => f.file === undefined)).toEqual(inNode.findings.filter((f) => f.file === undefined));
    });
  }
});

describe('OCR in headless Chromium, with tesseract.js and the language data served by the page itself', () => {
  beforeAll(async () => {
    await page.addScriptTag({ url: `${origin}/tesseract/tesseract.min.js` });
    await page.evaluate(async (origin) => {
      const g = globalThis as unknown as Record<string, any>; // tesseract.js's UMD global, untyped in the page
      g.ocrWorker = await g.Tesseract.createWorker('chi_sim', 1, {
        workerPath: `${origin}/tesseract/worker.min.js`,
        corePath: `${origin}/tesseract-core/`,
        langPath: `${origin}/tessdata`,
        gzip: true,
        cacheMethod: 'none',
      });
      g.ocrValidate = g.lib.createValidator({ ocrEngine: g.lib.tesseractOcrEngine(g.ocrWorker) });
    }, origin);
  }, 120_000);

  afterAll(async () => {
    await page?.evaluate(() => (globalThis as unknown as { ocrWorker?: { terminate(): Promise<void> } }).ocrWorker?.terminate());
    await shutdown();
  });

  const ocrFindings = (r: Report) =>
    r.findings.filter((f) => f.rule === 'certificate-image-text').map((f) => ({ code: f.code, file: f.file, suggestion: f.suggestion }));

  const cases: Array<{ name: string; file: string; submission: object; expected: string[] }> = [
    { name: 'a clean license agrees with the form', file: 'business-license.jpg', submission: organization, expected: [] },
    {
      name: 'a typed number that differs from the license',
      file: 'business-license.jpg',
      submission: { ...organization, certificate: { ...organization.certificate, number: '91350100M000100Y34' } },
      expected: ['number-mismatch'],
    },
    { name: 'the emblem side of an identity card', file: 'id-back.jpg', submission: individual, expected: ['id-card-emblem-side'] },
  ];

  for (const { name, file, submission, expected } of cases) {
    it(`${name}: the same OCR findings as Node`, async () => {
      const inBrowser = ocrFindings(await validateInBrowser(submission, [file], true));
      expect(inBrowser.map((f) => f.code)).toEqual(expected);
      expect(inBrowser).toEqual(ocrFindings(await validateInNode(submission, [file], true)));
      if (expected.includes('number-mismatch')) expect(inBrowser[0]!.suggestion).toBe('91350100M000100Y43');
    }, 60_000);
  }
});
