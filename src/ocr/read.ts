/**
 * Reads a decoded certificate image with an OCR engine and extracts its facts (pure, browser-safe).
 *
 * Two modes:
 * - `whole`: recognise the whole image (robust, slower on text-heavy documents such as licenses).
 * - `regions`: recognise only the bands where the title, the number and the name sit on the expected kind of
 *   document, and fall back to the whole image when that does not yield a valid number (or, for an identity card,
 *   a recognisable side). The bands are fractions of the image, generous enough for a scan or a photo filled by the
 *   document; a photo with much background simply falls back.
 *
 * Either way, when no number of the document's kind was read as a whole (none passes its checksum, or the only one
 * does after leaving out characters of its run), the line most likely to hold it is found from the word boxes and read
 * again on its own, as one line restricted to the number's characters (see rereadNumberLine).
 *
 * A document stored turned in the pixels reads as nothing: when a reading holds neither a kind nor a valid number of
 * the expected kind, and the page is not blank, the image is read again turned 180, then 90 and 270 degrees, and the
 * first turn that gives such a number is kept (see readDocument).
 */
import { rotateImage, unturnPoint } from '../image/rotate.js';
import type { Quad, RgbaImage, Rotation } from '../image/types.js';
import { NUMBER_LABELS } from './candidates.js';
import { confidentLines, confidentTextChars } from './confident.js';
import { BLANK_INK, inkCoverage } from './ink.js';
import { rereadNameLine } from './name-line.js';
import { extractDocumentFacts, NUMBER_KINDS_BY_DOCUMENT, type DocumentFacts, type DocumentKind, type ExtractOptions } from './extract.js';
import { foldWidth, squash } from './text.js';
import type { DetailSource, OcrEngine, OcrPage, OcrRectangle } from './types.js';
import type { NumberKind } from './validate.js';

export type OcrMode = 'whole' | 'regions';

interface Band {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where an identity card front prints the name (after 姓名) and the 公民身份号码, as fractions of the card, generously. */
const ID_FRONT_FIELDS = {
  name: { x0: 0.12, y0: 0.06, x1: 0.62, y1: 0.25 },
  number: { x0: 0.25, y0: 0.74, x1: 0.98, y1: 0.95 },
} satisfies Record<string, Band>;

const ID_CARD_ASPECT = 85.6 / 54;
/** At most this many letters or digits read on a page without ink (blank-document). */
const BLANK_MAX_CHARS = 12;

/** Bands per document kind, as fractions of width and height, top to bottom. */
export const REGION_TEMPLATES: Partial<Record<DocumentKind, Band[]>> = {
  // No template for identity cards: on the card's patterned background Tesseract reads wide bands poorly (a band
  // through the photo comes back empty) and loses the first digits of the bold number, so the whole card is read.
  // Title, then 统一社会信用代码 and 名称 in the upper left quarter.
  'business-license': [{ x0: 0.04, y0: 0.18, x1: 0.78, y1: 0.5 }],
  'uscc-certificate': [{ x0: 0.06, y0: 0.16, x1: 0.96, y1: 0.52 }],
  'org-code-certificate': [{ x0: 0.06, y0: 0.1, x1: 0.96, y1: 0.48 }],
  // Data page: title, number and name on the upper right; the machine-readable zone along the bottom.
  passport: [
    { x0: 0.28, y0: 0.02, x1: 1, y1: 0.4 },
    { x0: 0, y0: 0.76, x1: 1, y1: 0.99 },
  ],
};

/**
 * A license or certificate scanned upright in portrait (A4 standing) prints its credit code and name across the upper
 * half under the title, not in the upper left quarter of a landscape sheet: a landscape band would cut the code.
 */
const PORTRAIT_LICENSE: Band[] = [{ x0: 0.03, y0: 0.1, x1: 0.97, y1: 0.52 }];
const LICENSE_KINDS = new Set<DocumentKind>(['business-license', 'uscc-certificate', 'org-code-certificate']);

/** The bands to read first for a document of `kind` shown in `image` (by its orientation), if any. */
export function regionTemplate(kind: DocumentKind, image: RgbaImage): Band[] | undefined {
  if (LICENSE_KINDS.has(kind) && image.height > 1.15 * image.width) return PORTRAIT_LICENSE;
  return REGION_TEMPLATES[kind];
}

export interface ReadOptions {
  mode?: OcrMode;
  /** The kind of document the holder says this is; chooses the region template. */
  expectedKind?: DocumentKind;
  /** The date identity numbers are checked on: YYYY-MM-DD, default today. */
  now?: string;
  /** The holder name typed: when the page does not show it exactly, the name line is read again on its own. */
  holderName?: string;
  /**
   * The image is the document itself, upright (rectified, or filling the picture): fields an identity card front
   * prints at fixed places are read there when the page reading missed them.
   */
  upright?: boolean;
  /** The image's parts at a higher resolution (the name line is read again from there when its print is small). */
  detail?: DetailSource;
}

export interface DocumentReading extends DocumentFacts {
  /** How the facts were finally obtained. */
  mode: OcrMode;
  /** Whether regions were tried first and the whole image had to be read as well. */
  fellBack: boolean;
  /** Number of recognition calls made. */
  passes: number;
  /** Letters and digits read with some confidence, over every recognition. */
  textChars: number;
  /** Next to nothing read and next to no ink on the image (inkCoverage): a blank page or the blank back of a card. */
  blank: boolean;
  /** The clockwise turn the image was read at: 0, or the turn that put a document stored turned upright. */
  rotation: Rotation;
}

function toRectangle(band: Band, image: RgbaImage): OcrRectangle {
  const left = Math.max(0, Math.floor(band.x0 * image.width));
  const top = Math.max(0, Math.floor(band.y0 * image.height));
  return {
    left,
    top,
    width: Math.min(image.width, Math.ceil(band.x1 * image.width)) - left,
    height: Math.min(image.height, Math.ceil(band.y1 * image.height)) - top,
  };
}

function meanConfidence(pages: OcrPage[]): number {
  return pages.length === 0 ? 0 : pages.reduce((s, p) => s + p.confidence, 0) / pages.length;
}

/** Whether facts read from regions are good enough not to read the whole image. */
function conclusive(facts: DocumentFacts, expected: DocumentKind): boolean {
  if (facts.kind === 'unknown') return false;
  if (facts.side === 'emblem') return true;
  return facts.number !== null && (facts.kind === expected || facts.kindConfidence >= 0.75);
}

/** The characters each kind of number is printed with: the whitelist when its line is read again. */
const NUMBER_ALPHABET: Record<NumberKind, string> = {
  uscc: '0123456789ABCDEFGHJKLMNPQRTUWXY',
  'resident-id': '0123456789X',
  'residence-permit': '0123456789X',
  'foreign-permanent-id': '0123456789X',
  'org-code': '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-',
  'registration-number': '0123456789',
  passport: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<',
  'hk-macau-permit': '0123456789HM',
  'taiwan-permit': '0123456789',
};

const ALNUM = /[0-9A-Z]/g;
const alnumCount = (text: string): number => foldWidth(text).toUpperCase().match(ALNUM)?.length ?? 0;

interface NumberLine {
  rectangle: OcrRectangle;
  /** The number label read on the line, if any (kept with the new reading so it still counts as labelled). */
  label: string;
}

/**
 * The lines of a page most likely to hold a number of one of `kinds`, best first: lines with the number's label and
 * some Latin letters or digits, then the lines with the most of them. The rectangle starts at the first word of the
 * run of words holding letters or digits (so digits OCR glued to the label are read again), with a margin, and
 * spans the line's height with a margin: a bold, spaced number is read far better on its own than inside the page.
 */
export function numberLines(pages: readonly OcrPage[], kinds: readonly NumberKind[], image: RgbaImage, max = 2): NumberLine[] {
  const labels = [...new Set(kinds.flatMap((k) => NUMBER_LABELS[k] ?? []))].map((l) => l.toUpperCase());
  const minLength = Math.max(6, Math.min(...kinds.map((k) => (k === 'taiwan-permit' ? 8 : 9))) - 3);
  const scored: { score: number; line: NumberLine }[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      const count = alnumCount(line.text);
      if (count < minLength || line.words.length === 0) continue;
      const compact = squash(line.text).toUpperCase();
      const label = labels.find((l) => compact.includes(l)) ?? '';
      // The run of words with letters or digits that holds the most of them.
      let best = { from: 0, to: 0, count: 0 };
      let from = -1;
      let run = 0;
      line.words.forEach((w, i) => {
        const c = alnumCount(w.text);
        if (c === 0) {
          from = -1;
          run = 0;
          return;
        }
        if (from < 0) from = i;
        run += c;
        if (run > best.count) best = { from, to: i, count: run };
      });
      if (best.count < minLength) continue;
      const words = line.words.slice(best.from, best.to + 1);
      const y0 = Math.min(...words.map((w) => w.bbox.y0));
      const y1 = Math.max(...words.map((w) => w.bbox.y1));
      const h = Math.max(8, y1 - y0);
      const left = Math.max(0, Math.floor(words[0]!.bbox.x0 - 0.8 * h));
      const top = Math.max(0, Math.floor(y0 - 0.35 * h));
      const right = Math.min(image.width, Math.ceil(words[words.length - 1]!.bbox.x1 + 0.8 * h));
      const bottom = Math.min(image.height, Math.ceil(y1 + 0.35 * h));
      if (right - left < 2 * h || bottom - top < 8) continue;
      scored.push({
        score: (label ? 1000 : 0) + best.count,
        line: { rectangle: { left, top, width: right - left, height: bottom - top }, label },
      });
    }
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, max).map((s) => s.line);
}

/** Number kinds a reading must yield before it is trusted without reading the number line again. */
function requiredKinds(kind: DocumentKind): NumberKind[] {
  // A license always shows a USCC today; its registration number alone is not the number to type.
  return kind === 'business-license' ? ['uscc'] : NUMBER_KINDS_BY_DOCUMENT[kind];
}

/**
 * Whether the facts hold a valid number of a required kind read as a whole run of characters. A number cut out of a
 * longer run (a character OCR inserted, a label read as letters) passes its checksum by chance now and then, so it is
 * confirmed by reading its line again.
 */
function certain(facts: DocumentFacts, required: readonly NumberKind[]): boolean {
  const best = facts.numbers.find((c) => c.valid && required.includes(c.kind));
  return best !== undefined && best.dropped === 0;
}

/**
 * When the page reading holds no certain number of the kind the document carries, reads the most likely number lines
 * again, one at a time, as a single text line restricted to the number's characters, and extracts the facts again
 * with those readings added. When that gives nothing certain either, the first reading stands.
 */
async function rereadNumberLine(
  engine: OcrEngine,
  image: RgbaImage,
  pages: OcrPage[],
  facts: DocumentFacts,
  options: ExtractOptions,
): Promise<{ facts: DocumentFacts; passes: number }> {
  if (facts.side === 'emblem') return { facts, passes: 0 };
  const kind = facts.kind !== 'unknown' ? facts.kind : options.expectedKind ?? 'unknown';
  const required = requiredKinds(kind);
  if (required.length === 0 || certain(facts, required)) return { facts, passes: 0 };
  const kinds = NUMBER_KINDS_BY_DOCUMENT[kind];
  const whitelist = [...new Set(kinds.flatMap((k) => [...NUMBER_ALPHABET[k]]))].join('');
  let passes = 0;
  const extra: string[] = [];
  for (const line of numberLines(pages, kinds, image)) {
    const page = await engine.recognize(image, line.rectangle, {
      tessedit_pageseg_mode: '7',
      tessedit_char_whitelist: whitelist,
    });
    passes += 1;
    const text = page.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    extra.push(line.label ? `${line.label} ${text}` : text);
    const again = extractDocumentFacts(
      { text: [...pages.map((p) => p.text), ...extra].join('\n'), confidence: meanConfidence(pages), lines: confidentLines(pages) },
      options,
    );
    if (certain(again, required)) return { facts: again, passes };
  }
  return { facts, passes };
}

/** Whether a reading holds a valid number of a kind the expected document carries (of any kind, with none expected). */
function hasExpectedNumber(reading: DocumentFacts, expected: DocumentKind | undefined): boolean {
  const kinds = expected ? NUMBER_KINDS_BY_DOCUMENT[expected] : [];
  return kinds.length === 0 ? reading.number !== null : reading.numbers.some((c) => c.valid && kinds.includes(c.kind));
}

/** Turns tried, in order, on a page that read as nothing: upside down is the commonest, then either quarter turn. */
const TURNS: readonly Rotation[] = [180, 90, 270];

/**
 * Reads the image as stored; when that reads nothing (no kind, no number of the expected kind, not blank, not the
 * emblem side), reads it turned 180, 90 and 270 degrees and keeps the first turn that gives a valid number of the
 * expected kind. When no turn does, the reading as stored stands (with every pass counted).
 */
export async function readDocument(engine: OcrEngine, image: RgbaImage, options: ReadOptions = {}): Promise<DocumentReading> {
  const stored = await readStored(engine, image, options);
  const expected = options.expectedKind;
  const readNothing = !stored.blank && stored.side !== 'emblem' && stored.kind === 'unknown' && !hasExpectedNumber(stored, expected);
  if (!readNothing || (expected && NUMBER_KINDS_BY_DOCUMENT[expected].length === 0)) return { ...stored, rotation: 0 };
  let passes = stored.passes;
  for (const turn of TURNS) {
    const detail = options.detail;
    const turnedDetail: DetailSource | undefined = detail && ((region, width) => detail(region.map((p) => unturnPoint(p, turn, image)) as Quad, width));
    const turned = await readStored(engine, rotateImage(image, turn), { ...options, detail: turnedDetail });
    passes += turned.passes;
    if (hasExpectedNumber(turned, expected)) return { ...turned, passes, textChars: stored.textChars + turned.textChars, rotation: turn };
  }
  return { ...stored, passes, rotation: 0 };
}

async function readStored(engine: OcrEngine, image: RgbaImage, options: ReadOptions): Promise<Omit<DocumentReading, 'rotation'>> {
  const expectedKind = options.expectedKind;
  const extractOptions: ExtractOptions = { expectedKind, now: options.now };
  const template = expectedKind ? regionTemplate(expectedKind, image) : undefined;
  let mode: OcrMode = 'whole';
  let fellBack = false;
  let passes = 0;
  let pages: OcrPage[] | null = null;
  let facts: DocumentFacts | null = null;
  if (options.mode === 'regions' && template && expectedKind) {
    const regionPages = await Promise.all(template.map((band) => engine.recognize(image, toRectangle(band, image))));
    passes += regionPages.length;
    const regionFacts = extractDocumentFacts(
      { text: regionPages.map((p) => p.text).join('\n'), confidence: meanConfidence(regionPages), lines: confidentLines(regionPages) },
      extractOptions,
    );
    if (conclusive(regionFacts, expectedKind)) {
      pages = regionPages;
      facts = regionFacts;
      mode = 'regions';
    } else {
      fellBack = true;
    }
  }
  if (!pages || !facts) {
    const page = await engine.recognize(image);
    passes += 1;
    pages = [page];
    facts = extractDocumentFacts({ text: page.text, confidence: page.confidence, lines: confidentLines(pages) }, extractOptions);
  }
  const reread = await rereadNumberLine(engine, image, pages, facts, extractOptions);
  facts = reread.facts;
  passes += reread.passes;
  // Counted on the page readings: a band read where the layout puts a field makes characters out of nothing too.
  // (An engine that gives no line boxes is taken at its text.)
  const textChars = pages.some((p) => p.lines.length > 0)
    ? confidentTextChars(confidentLines(pages))
    : pages.reduce((n, p) => n + (p.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  // Tesseract makes a few characters out of a card's edge or a wavy background pattern (up to about ten, some at 85%):
  // the ink decides, once little was read.
  if (textChars <= BLANK_MAX_CHARS && facts.numbers.length === 0 && inkCoverage(image) < BLANK_INK) {
    return { ...facts, mode, fellBack, passes, textChars, blank: true };
  }
  // On an upright identity card front, the number and the name stand where the card's layout puts them.
  // (Only when the image has the card's proportions, 85.6 × 54 mm: a looser crop would put the bands elsewhere.)
  const cardShaped = Math.abs(image.width / image.height - ID_CARD_ASPECT) < 0.08;
  const idFront =
    options.upright === true && cardShaped && expectedKind === 'resident-id' && facts.side !== 'emblem' && (facts.kind === 'resident-id' || facts.kind === 'unknown');
  if (idFront && !certain(facts, ['resident-id'])) {
    const page = await engine.recognize(image, toRectangle(ID_FRONT_FIELDS.number, image), {
      tessedit_pageseg_mode: '7',
      tessedit_char_whitelist: NUMBER_ALPHABET['resident-id'],
    });
    passes += 1;
    const text = page.text.replace(/\s+/g, ' ').trim();
    if (text) {
      const again = extractDocumentFacts(
        { text: [...pages.map((p) => p.text), `${NUMBER_LABELS['resident-id'][0]} ${text}`].join('\n'), confidence: meanConfidence(pages), lines: confidentLines(pages) },
        extractOptions,
      );
      if (certain(again, ['resident-id'])) facts = again;
    }
  }
  const fallback = idFront ? toRectangle(ID_FRONT_FIELDS.name, image) : undefined;
  const named = await rereadNameLine(engine, image, pages, facts, options.holderName, fallback, options.detail);
  passes += named.passes;
  return { ...named.facts, mode, fellBack, passes, textChars, blank: false };
}
