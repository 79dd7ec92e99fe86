/**
 * Node only: assembles the Tesseract language data shipped by the `@tesseract.js-data/*` npm packages into one local
 * folder, so that tesseract.js reads every language from a single `langPath` and never downloads anything.
 *
 * Each `@tesseract.js-data/<lang>` package holds one language, gzipped, in two flavours:
 * - `4.0.0_best_int`: LSTM only, from tessdata_best converted to integers (small, accurate; the default here),
 * - `4.0.0`: the standard tessdata files (LSTM plus the legacy engine; larger).
 *
 * On first use the files are decompressed into `node_modules/.cache/realname-precheck/tessdata/<flavour>/` (created
 * lazily, no install step), written atomically so concurrent processes cannot read a half-written file. When that
 * folder cannot be written (read-only install), the operating system's temporary folder is used instead.
 */
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type OcrModel = 'best_int' | 'standard';

/**
 * Chinese only by default: chi_sim's character set includes Latin letters, digits and `<`, so it reads numbers,
 * passports' English labels and machine-readable zones itself. Adding eng made recognition about 40% slower
 * (words of low confidence are recognised again with every extra language) and turned grey Chinese labels into Latin
 * garbage, with no number read better on the fixtures. `languages: ['chi_sim', 'eng']` still works.
 */
export const DEFAULT_OCR_LANGUAGES: readonly string[] = ['chi_sim'];

export interface TessdataOptions {
  /** Which flavour of the language data to use. Default `best_int`. */
  model?: OcrModel;
  /** Languages to assemble; each needs its `@tesseract.js-data/<lang>` package installed. Default chi_sim. */
  languages?: readonly string[];
  /** Folder to assemble into (a subfolder per model is created). Default: node_modules/.cache/realname-precheck/tessdata. */
  cacheDir?: string;
}

export interface Tessdata {
  /** Folder holding `<lang>.traineddata` (uncompressed) for every requested language. */
  langPath: string;
  languages: string[];
  model: OcrModel;
}

const require_ = createRequire(import.meta.url);
const FLAVOUR_FOLDER: Record<OcrModel, string> = { best_int: '4.0.0_best_int', standard: '4.0.0' };

/** Where the gzipped traineddata of one language sits inside its npm package. */
export function packagedTraineddata(lang: string, model: OcrModel): string {
  let pkgJson: string;
  try {
    pkgJson = require_.resolve(`@tesseract.js-data/${lang}/package.json`);
  } catch {
    throw new Error(
      `OCR language data for "${lang}" is not installed: add the npm package @tesseract.js-data/${lang}`,
    );
  }
  return path.join(path.dirname(pkgJson), FLAVOUR_FOLDER[model], `${lang}.traineddata.gz`);
}

function defaultCacheDir(): string {
  // <root>/node_modules/@tesseract.js-data/chi_sim/package.json → <root>/node_modules/.cache/realname-precheck/tessdata
  const pkgJson = require_.resolve('@tesseract.js-data/chi_sim/package.json');
  const nodeModules = path.resolve(path.dirname(pkgJson), '..', '..');
  return path.join(nodeModules, '.cache', 'realname-precheck', 'tessdata');
}

async function isUpToDate(target: string, source: string): Promise<boolean> {
  try {
    const [t, s] = await Promise.all([fs.stat(target), fs.stat(source)]);
    return t.size > 0 && t.mtimeMs >= s.mtimeMs;
  } catch {
    return false;
  }
}

async function writeAtomically(target: string, data: Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, data);
  try {
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

async function assembleInto(dir: string, languages: readonly string[], model: OcrModel): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const lang of languages) {
    const source = packagedTraineddata(lang, model);
    const target = path.join(dir, `${lang}.traineddata`);
    if (await isUpToDate(target, source)) continue;
    const gz = await fs.readFile(source);
    await writeAtomically(target, gunzipSync(gz));
  }
}

const pending = new Map<string, Promise<Tessdata>>();

/**
 * Makes sure the language data is available uncompressed in one local folder and returns that folder. Cheap after the
 * first call in a process (memoised) and after the first call on a machine (files already there).
 */
export function ensureTessdata(options: TessdataOptions = {}): Promise<Tessdata> {
  const model = options.model ?? 'best_int';
  const languages = [...(options.languages ?? DEFAULT_OCR_LANGUAGES)];
  const key = JSON.stringify([model, languages, options.cacheDir ?? null]);
  let promise = pending.get(key);
  if (!promise) {
    promise = (async (): Promise<Tessdata> => {
      // Resolve the sources first so a missing package is reported as such, not as a cache problem.
      for (const lang of languages) packagedTraineddata(lang, model);
      const preferred = path.join(options.cacheDir ?? defaultCacheDir(), FLAVOUR_FOLDER[model]);
      try {
        await assembleInto(preferred, languages, model);
        return { langPath: preferred, languages, model };
      } catch (err) {
        if (options.cacheDir) throw err;
        const fallback = path.join(tmpdir(), 'realname-precheck-tessdata', FLAVOUR_FOLDER[model]);
        await assembleInto(fallback, languages, model);
        return { langPath: fallback, languages, model };
      }
    })();
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}
