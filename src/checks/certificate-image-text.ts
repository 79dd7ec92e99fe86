/**
 * Reads the certificate image with OCR and compares it with the form: the typed number, the chosen certificate type,
 * the side of an identity card, the holder name, and whether a number is legible at all.
 *
 * OCR is the slowest fact, so it runs only when the validation allows it (`ocr: true`; the CLI's default), an OCR
 * engine is available (`adapters.ocr`), and the file has no error finding from the cheaper file and image rules (it runs
 * late, after them: a file of the wrong format, size or colour, blurred or too dark, is not read). Every file is read
 * once per
 * validation, whatever number of codes it yields.
 */
import * as z from 'zod/mini';
import { defineCheck, type CheckContext } from '../engine/check.js';
import type { Problem } from '../engine/types.js';
import { compareTypedNumber, holderNameOnDocument, NUMBER_KINDS_BY_DOCUMENT, type DocumentKind } from '../ocr/extract.js';
import { readDocument, type DocumentReading, type OcrMode, type ReadOptions } from '../ocr/read.js';
import type { DetailSource, OcrEngine } from '../ocr/types.js';
import { certificateTypeName, certificateTypes } from '../submission/certificate-types.js';
import type { FileFacts } from '../files/facts.js';
import type { Quad, RgbaImage, Rotation } from '../image/types.js';
import { imageFiles } from './file-facts.js';

const CODES = [
  'number-mismatch',
  'license-number-not-uscc',
  'document-kind-mismatch',
  'id-card-emblem-side',
  'holder-name-mismatch',
  'holder-name-not-found',
  'number-illegible',
  'blank-document',
] as const;

const Options = z.object({ mode: z.enum(['whole', 'regions']) });
type Options = z.infer<typeof Options>;

/** Certificate types whose document this library can recognise, and the document kind they expect. */
const DOCUMENT_FOR_TYPE: Record<string, DocumentKind> = {
  'resident-id': 'resident-id',
  'residence-permit': 'residence-permit',
  'foreign-permanent-id': 'foreign-permanent-id',
  'business-license': 'business-license',
  'uscc-certificate': 'uscc-certificate',
  'org-code-certificate': 'org-code-certificate',
  passport: 'passport',
  'hk-macau-permit': 'hk-macau-permit',
  'taiwan-permit': 'taiwan-permit',
};

/** Documents that are not certificate types a holder may choose (or are named differently as one). */
const KIND_NAMES: Partial<Record<DocumentKind, { 'zh-CN': string; en: string }>> = {
  'hk-macau-exit-permit': { 'zh-CN': '往来港澳通行证', en: 'Exit-entry permit for travelling to Hong Kong and Macau' },
  'driving-licence': { 'zh-CN': '机动车驾驶证', en: 'Motor vehicle driving licence' },
  'social-security-card': { 'zh-CN': '社会保障卡', en: 'Social security card' },
  'household-register': { 'zh-CN': '居民户口簿', en: 'Household register (hukou booklet)' },
};

/** Whether this rule reads the submission's images in this validation: OCR allowed and available, the rule on, a type it recognises. */
export function readsImages(ctx: CheckContext): boolean {
  return ctx.ocr && ctx.adapters.ocr !== undefined && ctx.optionsOf('certificate-image-text') !== undefined && expectedKindOf(ctx) !== undefined;
}

function kindName(kind: DocumentKind): { 'zh-CN': string; en: string } {
  return KIND_NAMES[kind] ?? { 'zh-CN': certificateTypeName(kind, 'zh-CN'), en: certificateTypeName(kind, 'en') };
}

/** An image OCR reads, whether it is the document upright, and where its parts are read at a higher resolution. */
interface ReadImage {
  image: RgbaImage;
  upright: boolean;
  detail: DetailSource;
  /** The content turn that making the image undid (the document found turned), in degrees clockwise. */
  turned: Rotation;
}

/**
 * The images OCR reads: the upright, perspective-corrected document when the file facts provide it (else the
 * thumbnail), and the whole thumbnail when that is another image.
 */
async function documentImage(facts: FileFacts): Promise<{ document: ReadImage; whole?: ReadImage } | undefined> {
  const image = await facts.documentImage();
  const toThumbnail = await facts.documentToThumbnail();
  if (!image || !toThumbnail) return undefined;
  const thumbnail = await facts.thumbnail();
  const d = (await facts.metrics())?.document;
  const upright = d !== undefined && (d.found || (d.fillsFrame && d.rotation === 0));
  const rectified = thumbnail.ok && thumbnail.image !== image;
  const document: ReadImage = {
    image,
    upright,
    detail: (region, width) => facts.detail(region.map(toThumbnail) as Quad, width),
    turned: rectified && d ? d.rotation : 0,
  };
  if (!rectified) return { document };
  return { document, whole: { image: thumbnail.image, upright: false, detail: (region, width) => facts.detail(region, width), turned: 0 } };
}

/** How much a reading got: a number passing its checksum, then a recognised kind. */
const yieldOf = (r: DocumentReading) => (r.number ? 2 : 0) + (r.kind !== 'unknown' ? 1 : 0);

/** A reading, and the turn of the document's content in the stored picture when the reading settles it. */
interface Read {
  reading: DocumentReading;
  /** Null when OCR read no valid number: a page read as nothing says nothing of how it is turned. */
  turn: Rotation | null;
}

function withTurn(image: ReadImage, reading: DocumentReading): Read {
  return { reading, turn: reading.number ? (((image.turned + reading.rotation) % 360) as Rotation) : null };
}

/**
 * Reads the document image; when that gives no number (or a blank page) and it is a part of the picture, the whole
 * picture too, and keeps the better reading: a document found wrongly (the photo on a card taken for the card) must
 * not make a card unreadable, nor blank.
 */
async function readFile(engine: OcrEngine, images: { document: ReadImage; whole?: ReadImage }, options: ReadOptions): Promise<Read> {
  const { document, whole } = images;
  const reading = await readDocument(engine, document.image, { ...options, upright: document.upright, detail: document.detail });
  const settled = reading.number !== null || reading.side === 'emblem' || (reading.kind !== 'unknown' && reading.kind !== options.expectedKind);
  if (!whole || (settled && !reading.blank)) return withTurn(document, reading);
  // A blank reading of a document image covering a good part of the picture stands (the table around it may show
  // texture, not text); a small one may be a part of the document taken for it (the photo on a card).
  if (reading.blank && document.image.width * document.image.height >= 0.25 * whole.image.width * whole.image.height) return withTurn(document, reading);
  const other = await readDocument(engine, whole.image, { ...options, detail: whole.detail });
  if (reading.blank) return other.blank ? withTurn(document, reading) : withTurn(whole, other);
  return yieldOf(other) > yieldOf(reading) ? withTurn(whole, other) : withTurn(document, reading);
}

/** What OCR read from one file that passed the gate. */
export interface FileReading extends Read {
  label: string;
}

/** The certificate's document kind as the form gives it, when this library can recognise that document. */
function expectedKindOf(ctx: CheckContext): DocumentKind | undefined {
  const type = ctx.submission.certificate?.type;
  return type !== undefined && Object.hasOwn(DOCUMENT_FOR_TYPE, type) ? DOCUMENT_FOR_TYPE[type] : undefined;
}

/**
 * OCR readings of the files that passed the gate, once per validation, shared by the rules that use them
 * (certificate-image-text, and image-orientation for the turn OCR read a document at). Empty unless OCR may run, an
 * engine is given, this rule runs (its options: `options`, or the profile's) and the form names a document kind it
 * recognises.
 */
export function ocrReadings(ctx: CheckContext, options = ctx.optionsOf<Options>('certificate-image-text')): Promise<FileReading[]> {
  return ctx.fact('ocr:readings', async () => {
    const engine = ctx.adapters.ocr as OcrEngine | undefined;
    const expectedKind = expectedKindOf(ctx);
    if (!ctx.ocr || !engine || !options || !expectedKind) return [];
    const files = await imageFiles(ctx);
    const rejected = new Set(ctx.earlierFindings.filter((f) => f.severity === 'error' && f.file !== undefined).map((f) => f.file));
    // Read in parallel (the pool spreads them over its workers), reported in the order the files were given.
    const read = await Promise.all(
      files.map(async ({ label, facts }): Promise<FileReading | undefined> => {
        if (rejected.has(label)) return undefined;
        const images = await documentImage(facts);
        if (!images) return undefined;
        const holderName = ctx.submission.holder?.name;
        return { label, ...(await readFile(engine, images, { mode: options.mode as OcrMode, expectedKind, now: ctx.now, holderName })) };
      }),
    );
    return read.filter((r): r is FileReading => r !== undefined);
  });
}

export const certificateImageText = defineCheck({
  name: 'certificate-image-text',
  codes: CODES,
  options: Options,
  late: true,
  async run(ctx, options) {
    const certificate = ctx.submission.certificate ?? {};
    const expectedKind = expectedKindOf(ctx);
    if (!expectedKind) return [];
    const problems: Problem[] = [];
    for (const { label, reading } of await ocrReadings(ctx, options)) {
      const chosen = kindName(expectedKind);
      if (reading.blank) {
        problems.push({ code: 'blank-document', file: label });
        continue;
      }
      if (reading.kind === 'resident-id' && reading.side === 'emblem') {
        problems.push({ code: 'id-card-emblem-side', file: label });
        continue;
      }
      if (reading.kind !== 'unknown' && reading.kind !== expectedKind) {
        problems.push({
          code: 'document-kind-mismatch',
          file: label,
          field: 'certificate.type',
          data: { chosen, read: kindName(reading.kind) },
        });
        continue;
      }
      const kinds = certificateTypes[certificate.type!]?.numbers ?? NUMBER_KINDS_BY_DOCUMENT[expectedKind];
      const typed = certificate.number;
      let numberMatched = false;
      if (typed !== undefined && typed.trim() !== '') {
        const comparison = compareTypedNumber(typed, reading, NUMBER_KINDS_BY_DOCUMENT[expectedKind].length > 0 ? NUMBER_KINDS_BY_DOCUMENT[expectedKind] : kinds);
        numberMatched = comparison.status === 'match';
        if (comparison.status === 'mismatch') {
          problems.push({
            code: comparison.typedKind ? 'license-number-not-uscc' : 'number-mismatch',
            file: label,
            field: 'certificate.number',
            data: { read: comparison.expected.value, typed },
            suggestions: [comparison.expected.value],
          });
        } else if (comparison.status === 'unreadable') {
          problems.push({ code: 'number-illegible', file: label, field: 'certificate.number' });
        }
      } else if (reading.numbers.length === 0) {
        problems.push({ code: 'number-illegible', file: label });
      }
      const name = ctx.submission.holder?.name;
      if (name !== undefined && name.trim() !== '') {
        const match = holderNameOnDocument(name, reading);
        if (match.status === 'mismatch') {
          problems.push({ code: 'holder-name-mismatch', file: label, field: 'holder.name', data: { name, read: match.read } });
        } else if (match.status === 'doubt') {
          problems.push({ code: 'holder-name-not-found', file: label, field: 'holder.name', data: { name, read: match.read } });
        } else if (match.status === 'not-found' && (numberMatched || reading.number !== null)) {
          // Only on a page OCR demonstrably read (its number came out whole): elsewhere a missing name says little.
          problems.push({ code: 'holder-name-not-found', file: label, field: 'holder.name', data: { name, read: reading.name?.value ?? '' } });
        }
      }
    }
    return problems;
  },
});
