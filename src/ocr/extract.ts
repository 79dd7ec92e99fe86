/**
 * From OCR text to document facts: the kind of document, the side of an identity card, the certificate numbers on it
 * (best first) and the holder name field. Pure and browser-safe: no tesseract.js import, works on any OCR engine's
 * text.
 */
import { findNumberCandidates, type NumberCandidate } from './candidates.js';
import { detectDocumentKind, type DocumentKind, type IdCardSide } from './kind.js';
import type { ConfidentLine } from './confident.js';
import { compareName, findNameField, nameReadings, type NameComparison, type NameField, type NameReading } from './name.js';
import { normalizeNumber } from '../text/normalize-number.js';
import { normalizeLines, squash } from './text.js';
import type { NumberKind } from './validate.js';

export type { NumberCandidate } from './candidates.js';
export type { DocumentKind, IdCardSide } from './kind.js';
export type { NameComparison, NameField, NameReading } from './name.js';

/** OCR output in the shape extraction needs: the text, and optionally its mean confidence (0-100). */
export interface OcrText {
  text: string;
  confidence?: number;
  /** The same text line by line with per-character confidences (confident.ts), when the engine gave them. */
  lines?: ConfidentLine[];
}

export interface DocumentFacts {
  kind: DocumentKind;
  /** 0..1 */
  kindConfidence: number;
  kindEvidence: string[];
  /** Identity cards and residence permits: the side shown, when it can be told. */
  side?: IdCardSide;
  /** Certificate numbers read, best first; those passing their checksum come before the rest. */
  numbers: NumberCandidate[];
  /** The best number that passes its checksum, if any. */
  number: NumberCandidate | null;
  name: NameField | null;
  /** The name fields read, with per-character confidences when known (certain when the text came without them). */
  names: NameReading[];
  /** The normalised lines the facts were read from. */
  lines: string[];
  /** The lines with per-character confidences (certain when the text came without them). */
  confidentLines: ConfidentLine[];
  /** Mean OCR confidence, when given. */
  confidence?: number;
}

/** Number kinds each document kind carries, the one to type first (a license's USCC before its registration number). */
export const NUMBER_KINDS_BY_DOCUMENT: Record<DocumentKind, NumberKind[]> = {
  'business-license': ['uscc', 'registration-number'],
  'uscc-certificate': ['uscc'],
  'org-code-certificate': ['uscc', 'org-code'],
  'resident-id': ['resident-id'],
  'residence-permit': ['residence-permit'],
  'foreign-permanent-id': ['foreign-permanent-id'],
  passport: ['passport'],
  'hk-macau-permit': ['hk-macau-permit'],
  'hk-macau-exit-permit': [],
  'taiwan-permit': ['taiwan-permit'],
  // Not accepted documents: their numbers are not compared with the form.
  'driving-licence': [],
  'social-security-card': [],
  'household-register': [],
  unknown: [],
};

export interface ExtractOptions {
  /**
   * The document kind the holder says this is (from the chosen certificate type). Used only as a tie-breaker when the
   * text names no kind; a document that says what it is wins.
   */
  expectedKind?: DocumentKind;
  /** The date identity numbers are checked on: YYYY-MM-DD, default today. */
  now?: string;
}

/** Reads the document kind, numbers and holder name off OCR text. */
export function extractDocumentFacts(ocr: OcrText | string, options: ExtractOptions = {}): DocumentFacts {
  const text = typeof ocr === 'string' ? ocr : ocr.text;
  const lines = normalizeLines(text);

  // First pass over every number kind: an identity number with a valid check digit tells identity cards apart.
  const all = findNumberCandidates(lines, { now: options.now });
  const idNumber = all.find(
    (c) => c.valid && (c.kind === 'resident-id' || c.kind === 'residence-permit' || c.kind === 'foreign-permanent-id'),
  );
  let detection = detectDocumentKind(text, {
    hasIdNumber: idNumber !== undefined,
    idNumberPrefix: idNumber?.value.slice(0, 2),
  });
  if (detection.kind === 'unknown' && options.expectedKind && options.expectedKind !== 'unknown') {
    const expected = NUMBER_KINDS_BY_DOCUMENT[options.expectedKind];
    if (all.some((c) => c.valid && expected.includes(c.kind))) {
      detection = { kind: options.expectedKind, confidence: 0.3, evidence: ['number format'] };
    }
  }

  // Second pass in the document's order of preference; numbers of other kinds follow.
  const preferred = NUMBER_KINDS_BY_DOCUMENT[detection.kind];
  const numbers =
    preferred.length > 0
      ? [
          ...findNumberCandidates(lines, { kinds: preferred, now: options.now }),
          ...all.filter((c) => !preferred.includes(c.kind) && c.valid),
        ]
      : all;

  const confidentLines =
    typeof ocr !== 'string' && ocr.lines && ocr.lines.length > 0
      ? ocr.lines
      : lines.map((l) => ({ text: l, chars: [...squash(l)].map((ch) => ({ ch, confidence: 100 })) }));
  const facts: DocumentFacts = {
    kind: detection.kind,
    kindConfidence: detection.confidence,
    kindEvidence: detection.evidence,
    numbers,
    number: numbers.find((c) => c.valid) ?? null,
    name: findNameField(lines),
    names: nameReadings(confidentLines),
    lines,
    confidentLines,
  };
  if (detection.side) facts.side = detection.side;
  if (typeof ocr !== 'string' && ocr.confidence !== undefined) facts.confidence = ocr.confidence;
  return facts;
}

/** How the typed holder name compares with the name on the document (see compareName). */
export function holderNameOnDocument(typed: string, facts: DocumentFacts): NameComparison {
  const text = facts.confidentLines.map((l) => ({ value: l.chars.map((c) => c.ch).join(''), confidences: l.chars.map((c) => c.confidence) }));
  return compareName(typed, facts.names, text);
}

/**
 * How a typed number compares with the numbers read off the image:
 * - `match`: the typed number is one of them (compared after normalisation);
 * - `mismatch`: the image shows a valid number of the expected kind, read as a whole, and the typed one is not on it;
 * - `unreadable`: no number of the expected kind could be read at all;
 * - `uncertain`: something was read but not validated (or only cut out of a longer run), so no claim is made.
 */
export type NumberComparison =
  | { status: 'match'; candidate: NumberCandidate }
  /** `typedKind` is set when the typed number is on the document but is not the one to type (a license's
   *  registration number where its USCC is expected). */
  | { status: 'mismatch'; expected: NumberCandidate; typedKind?: NumberKind }
  | { status: 'unreadable' }
  | { status: 'uncertain'; candidates: NumberCandidate[] };

export function compareTypedNumber(
  typed: string,
  facts: DocumentFacts,
  kinds: readonly NumberKind[] = NUMBER_KINDS_BY_DOCUMENT[facts.kind],
): NumberComparison {
  // The same normalisation as the number rules (width, invisible characters, case, a copy number such as (1-1)):
  // how the number was typed is their finding, not a difference from the image.
  const normalized = normalizeNumber(typed, []);
  const relevant = facts.numbers.filter((c) => kinds.length === 0 || kinds.includes(c.kind));
  const same = relevant.find((c) => c.value === normalized || c.raw === normalized);
  const valid = relevant.filter((c) => c.valid);
  if (same) {
    const rank = (c: NumberCandidate) => (kinds.includes(c.kind) ? kinds.indexOf(c.kind) : kinds.length);
    const preferred = valid.find((c) => rank(c) < rank(same) && c.dropped === 0);
    if (preferred) return { status: 'mismatch', expected: preferred, typedKind: same.kind };
    return { status: 'match', candidate: same };
  }
  // Claim a mismatch only on a number read as a whole run: one cut out of a longer run may pass its checksum by chance.
  const certain = valid.find((c) => c.dropped === 0);
  if (certain) return { status: 'mismatch', expected: certain };
  if (relevant.length === 0) return { status: 'unreadable' };
  return { status: 'uncertain', candidates: relevant };
}
