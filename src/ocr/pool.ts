/**
 * A small pool of tesseract.js workers behind a tesseract.js scheduler.
 *
 * - Created lazily: nothing is spawned until the first image is recognised.
 * - Reused: one shared pool serves every file of every submission in the process (`getOcrPool()`).
 * - Sized to the machine: `min(available cores, 2)` workers by default (each worker holds its own copy of the Chinese
 *   model, ~100 MB, and recognition is CPU bound), configurable with `workers`.
 * - Offline: languages are read from one local folder (see tessdata.ts); tesseract.js loads its WebAssembly core from
 *   node_modules in Node, so nothing is fetched. A browser caller passes its own `langPath` (a URL it serves).
 * - Idle workers do not keep the process alive: their threads are unref'd whenever no recognition is in flight, so a
 *   script that never calls `shutdownOcr()` still exits when its own work is done (a server keeps them warm).
 * - Terminated cleanly: `shutdownOcr()` (or `pool.terminate()`) waits for the worker threads to stop and frees their
 *   memory.
 */
import { availableParallelism } from 'node:os';
import Tesseract from 'tesseract.js';
import { DEFAULT_OCR_LANGUAGES, type OcrModel } from './tessdata.js';

export interface OcrPoolOptions {
  /** Number of workers. Default: min(available cores, 2). */
  workers?: number;
  /** Language data flavour when the data is assembled from the npm packages. Default `best_int`. */
  model?: OcrModel;
  /** Languages, default chi_sim (see DEFAULT_OCR_LANGUAGES). */
  languages?: readonly string[];
  /**
   * Folder (Node) or URL (browser) holding `<lang>.traineddata` for every language. When omitted, the folder is
   * assembled from the installed `@tesseract.js-data/*` packages.
   */
  langPath?: string;
  /** Whether the files under `langPath` are gzipped (`<lang>.traineddata.gz`). Default false for assembled data. */
  gzip?: boolean;
  /** Tesseract page segmentation mode. Default '6' (see TESSERACT_PARAMETERS in tesseract-engine.ts for why). */
  pageSegMode?: string;
}

import { TESSERACT_PARAMETERS, toOcrPage } from './tesseract-engine.js';
import type { OcrPage, OcrParams, OcrRectangle } from './types.js';

export type { OcrLine, OcrPage, OcrParams, OcrRectangle, OcrWord } from './types.js';

export type OcrImage = Buffer | Uint8Array | string;

export interface OcrPool {
  /** Number of workers the pool runs (or will run once started). */
  readonly size: number;
  /** Whether the workers have been spawned. */
  readonly started: boolean;
  /** Starts the workers now instead of on the first image; resolves when all are ready. */
  warmUp(): Promise<void>;
  /**
   * Recognises `image` (any format Leptonica reads: PGM, PNG, JPEG, ...; see bitmap.ts for why not BMP), or only
   * `rectangle` of it, with `params` set for this job only.
   */
  recognize(image: OcrImage, rectangle?: OcrRectangle, params?: OcrParams): Promise<OcrPage>;
  terminate(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 2));
}

type TessWorker = Tesseract.Worker;

/**
 * The Node worker thread behind a tesseract.js worker. tesseract.js has no option for it, but its worker object
 * carries the thread as `worker` (not in its typings); undefined when that is not a thread that can be unref'd.
 */
function threadOf(w: TessWorker): { ref(): void; unref(): void } | undefined {
  const t = (w as unknown as { worker?: { ref?: unknown; unref?: unknown } }).worker;
  return t && typeof t.ref === 'function' && typeof t.unref === 'function' ? (t as { ref(): void; unref(): void }) : undefined;
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  const size = Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()));
  let scheduler: Tesseract.Scheduler | null = null;
  let workers: TessWorker[] = [];
  let starting: Promise<Tesseract.Scheduler> | null = null;
  let terminated = false;
  // Recognitions in flight: while there are any, the threads hold the event loop (the caller awaits their answer).
  let busy = 0;
  const hold = () => {
    if (busy++ === 0) for (const w of workers) threadOf(w)?.ref();
  };
  const release = () => {
    if (--busy === 0) for (const w of workers) threadOf(w)?.unref();
  };

  async function workerOptions(): Promise<{ langs: string[]; opts: Partial<Tesseract.WorkerOptions> }> {
    let langPath = options.langPath;
    let langs = [...(options.languages ?? DEFAULT_OCR_LANGUAGES)];
    if (!langPath) {
      const { ensureTessdata } = await import('./tessdata.js');
      const data = await ensureTessdata({ model: options.model, languages: langs });
      langPath = data.langPath;
      langs = data.languages;
    }
    return {
      langs,
      opts: {
        langPath,
        gzip: options.gzip ?? false,
        // The cache is the same local folder, read only: tesseract.js neither downloads nor writes
        // `<lang>.traineddata` into the working directory (its default cache location).
        cachePath: langPath,
        cacheMethod: options.langPath ? 'none' : 'readOnly',
        // Without a handler tesseract.js rethrows worker errors as uncaught exceptions; the job's promise still rejects.
        errorHandler: () => {},
      },
    };
  }

  async function spawnOne(langs: string[], opts: Partial<Tesseract.WorkerOptions>): Promise<TessWorker> {
    // chi_sim's own config (inside its traineddata) says `tessedit_load_sublangs chi_sim_vert`. With chi_sim first and
    // another language after it (chi_sim+eng), Tesseract appends chi_sim_vert to the list of languages it is walking
    // and then reads a garbled name (apparently the list is reallocated under it), so every worker start printed
    // "Error opening data file ./玂臎.traineddata … Failed loading language" to stderr; the vertical-text model is not
    // in the npm package anyway. Certificates are printed horizontally: no sub-language is loaded beyond the ones
    // asked for. It is an init-only parameter, so it goes in the init config rather than setParameters.
    const worker = await Tesseract.createWorker(langs, Tesseract.OEM.LSTM_ONLY, opts, 'tessedit_load_sublangs \n');
    await worker.setParameters({
      ...TESSERACT_PARAMETERS,
      ...(options.pageSegMode ? { tessedit_pageseg_mode: options.pageSegMode as Tesseract.PSM } : {}),
    });
    return worker;
  }

  function start(): Promise<Tesseract.Scheduler> {
    if (terminated) return Promise.reject(new Error('the OCR pool has been terminated'));
    if (!starting) {
      starting = (async () => {
        const { langs, opts } = await workerOptions();
        const sched = Tesseract.createScheduler();
        // The first worker is enough to accept jobs; the others join as they become ready.
        const spawned = Array.from({ length: size }, () =>
          spawnOne(langs, opts).then((w) => {
            if (terminated) {
              void w.terminate();
              return w;
            }
            workers.push(w);
            if (busy === 0) threadOf(w)?.unref();
            sched.addWorker(w);
            return w;
          }),
        );
        try {
          await Promise.any(spawned);
        } catch (err) {
          const reason = err instanceof AggregateError ? err.errors[0] : err;
          throw new Error(`could not start OCR workers: ${String(reason)}`);
        }
        // Keep a handle on the stragglers so their failures do not go unhandled.
        for (const p of spawned) p.catch(() => {});
        scheduler = sched;
        return sched;
      })();
      starting.catch(() => {
        starting = null;
      });
    }
    return starting;
  }

  return {
    size,
    get started() {
      return scheduler !== null;
    },
    async warmUp() {
      await start();
      while (workers.length < size && !terminated) {
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async recognize(image, rectangle, params) {
      hold();
      try {
        const sched = await start();
        const input = image instanceof Uint8Array && !Buffer.isBuffer(image) ? Buffer.from(image.buffer, image.byteOffset, image.byteLength) : image;
        const result = await sched.addJob(
          'recognize',
          input as Tesseract.ImageLike,
          { ...(params as Partial<Tesseract.RecognizeOptions>), ...(rectangle ? { rectangle } : {}) },
          { text: true, blocks: true },
        );
        return { ...toOcrPage(result.data), ...(rectangle ? { rectangle } : {}) };
      } finally {
        release();
      }
    },
    async terminate() {
      terminated = true;
      const current = workers;
      workers = [];
      scheduler = null;
      await Promise.all(current.map((w) => w.terminate().catch(() => {})));
    },
  };
}

let shared: OcrPool | null = null;
let sharedOptions: OcrPoolOptions = {};

/** Sets the options of the shared pool; takes effect the next time it is created (after `shutdownOcr()`). */
export function configureOcr(options: OcrPoolOptions): void {
  sharedOptions = { ...options };
}

/** The process-wide pool, created lazily and reused across files and submissions. */
export function getOcrPool(): OcrPool {
  if (!shared) shared = createOcrPool(sharedOptions);
  return shared;
}

/** Stops the shared pool's workers (if any were started). Safe to call more than once. */
export async function shutdownOcr(): Promise<void> {
  const pool = shared;
  shared = null;
  if (pool) await pool.terminate();
}
