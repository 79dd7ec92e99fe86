/**
 * Certificate numbers read off OCR text (pure, browser-safe).
 *
 * OCR output is noisy in predictable ways: spaces inside a number (9135 0100 ...), letters where digits belong and
 * the reverse (O/0, I/1, B/8, S/5, Z/2, G/6), a label glued to the number, a lower-case x as check character. Each
 * run of Latin letters and digits on a line is cut into spans at its spaces, every span of the right length for a
 * number kind is repaired position by position (only characters that cannot stand where they are get replaced) and
 * validated with the number checks. Candidates that pass their checksum come first.
 */
import { validateNumber, type NumberKind } from './validate.js';
import { foldWidth, squash } from './text.js';

export interface NumberCandidate {
  kind: NumberKind;
  /** The number after repair and normalisation: what the holder should type if the image is right. */
  value: string;
  /** The characters as read (spaces removed). */
  raw: string;
  /** Passes the number check of its kind (checksum, region, date...). */
  valid: boolean;
  /** Characters replaced to get `value` from `raw`. */
  repairs: number;
  /**
   * Letters or digits of the run it was cut from that it leaves out (a label glued to the number, a character OCR
   * inserted): 0 when the number is a whole run of tokens. A valid candidate with dropped characters is less certain.
   */
  dropped: number;
  /** Read next to the label of its kind (统一社会信用代码, 公民身份号码, ...) or from a passport's machine-readable zone. */
  labelled: boolean;
  /** Index of the normalised line it was read on. */
  line: number;
}

/** Digits commonly read as letters (and a few symbols). */
const TO_DIGIT: Record<string, string> = {
  O: '0', D: '0', Q: '0', U: '0', I: '1', L: '1', '|': '1', '!': '1', J: '1', Z: '2', S: '5', G: '6', B: '8', T: '7', A: '4',
};
/** Letters not in the USCC alphabet and what they usually are. */
const USCC_FIX: Record<string, string> = { I: '1', O: '0', Z: '2', S: '5', V: 'Y' };
const USCC_CHARS = /^[0-9A-HJ-NP-RTUWXY]$/;

type SlotFixer = (ch: string, index: number, length: number) => string | null;

const digit = (ch: string): string | null => (/[0-9]/.test(ch) ? ch : TO_DIGIT[ch] ?? null);
const digitOrX = (ch: string): string | null => (ch === 'X' || ch === '×' || ch === 'K' ? 'X' : digit(ch));

interface Shape {
  kind: NumberKind;
  lengths: number[];
  fix: SlotFixer;
  /** Whether the checksum is strong enough to accept a span cut out of a longer run. */
  strong: boolean;
}

const SHAPES: Shape[] = [
  {
    kind: 'uscc',
    lengths: [18],
    strong: true,
    fix: (ch, i) => {
      if (i >= 2 && i <= 7) return digit(ch);
      const c = USCC_FIX[ch] ?? ch;
      return USCC_CHARS.test(c) ? c : null;
    },
  },
  ...(['resident-id', 'residence-permit', 'foreign-permanent-id'] as const).map(
    (kind): Shape => ({ kind, lengths: [18], strong: true, fix: (ch, i) => (i === 17 ? digitOrX(ch) : digit(ch)) }),
  ),
  {
    kind: 'org-code',
    lengths: [9, 10],
    strong: false,
    fix: (ch, i, length) => {
      if (length === 10 && i === 8) return ch === '-' ? '-' : null;
      if (i === length - 1) return digitOrX(ch);
      return /[0-9A-Z]/.test(ch) ? ch : null;
    },
  },
  { kind: 'registration-number', lengths: [15], strong: false, fix: (ch) => digit(ch) },
  {
    kind: 'passport',
    lengths: [9],
    strong: false,
    fix: (ch, i) => {
      if (i === 0) return ch === '6' ? 'G' : ch === '3' ? 'E' : /[A-Z]/.test(ch) ? ch : null;
      if (i === 1) return /[0-9A-Z]/.test(ch) ? ch : null;
      return digit(ch);
    },
  },
  {
    kind: 'hk-macau-permit',
    lengths: [9, 11],
    strong: false,
    fix: (ch, i) => (i === 0 ? (ch === 'H' || ch === 'M' ? ch : ch === 'N' ? 'M' : null) : digit(ch)),
  },
  { kind: 'taiwan-permit', lengths: [8, 10], strong: false, fix: (ch) => digit(ch) },
];

/** Labels printed before each kind of number (compared without spaces, upper case). */
export const NUMBER_LABELS: Record<NumberKind, string[]> = {
  uscc: ['统一社会信用代码', '信用代码', '社会信用'],
  'resident-id': ['公民身份号码', '身份号码', '身份证号'],
  'residence-permit': ['公民身份号码', '身份号码'],
  'foreign-permanent-id': ['证件号码', '身份号码'],
  'org-code': ['机构代码', '代码'],
  'registration-number': ['注册号'],
  passport: ['护照号', 'PASSPORTNO', '证件号码'],
  'hk-macau-permit': ['证件号码', '通行证号码'],
  'taiwan-permit': ['证件号码', '通行证号码'],
};

function repair(span: string, shape: Shape): { value: string; repairs: number } | null {
  let value = '';
  let repairs = 0;
  const chars = [...span];
  for (let i = 0; i < chars.length; i += 1) {
    const fixed = shape.fix(chars[i]!, i, chars.length);
    if (fixed === null) return null;
    if (fixed !== chars[i]) repairs += 1;
    value += fixed;
  }
  return { value, repairs };
}

/** Repairs and validates one span as a number of one kind; falls back to the check's own look-alike suggestion. */
function evaluate(span: string, shape: Shape, now: string | undefined): { value: string; repairs: number; valid: boolean } | null {
  const repaired = repair(span, shape);
  if (!repaired) return null;
  // A span that needs many replacements is a word, not a misread number.
  if (repaired.repairs > Math.max(2, Math.floor(repaired.value.length / 4))) return null;
  const check = validateNumber(shape.kind, repaired.value, now);
  if (check.valid) return { value: check.normalized, repairs: repaired.repairs, valid: true };
  for (const suggestion of check.suggestions) {
    if (suggestion.length !== repaired.value.length) continue;
    if (!validateNumber(shape.kind, suggestion, now).valid) continue;
    let diff = 0;
    for (let i = 0; i < suggestion.length; i += 1) if (suggestion[i] !== repaired.value[i]) diff += 1;
    return { value: suggestion, repairs: repaired.repairs + diff, valid: true };
  }
  return { ...repaired, valid: false };
}

/** Runs of Latin letters, digits and the symbols OCR substitutes for them, with the spaces inside them. */
const RUN = /[0-9A-Z|!×][0-9A-Z|!×\- ]*[0-9A-Z|!×]|[0-9A-Z]/g;

interface Span {
  text: string;
  aligned: boolean;
  dropped: number;
}

/** Spans of a run: every sequence of whole space-separated tokens, and for strong checksums every substring. */
function spansOf(run: string, lengths: Set<number>, strongLengths: Set<number>): Span[] {
  const tokens = run.split(' ').filter((t) => t.length > 0);
  const spans: Span[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < tokens.length; a += 1) {
    let text = '';
    for (let b = a; b < tokens.length; b += 1) {
      text += tokens[b];
      const n = [...text].length;
      if (n > 20) break;
      for (const variant of [text, text.replace(/-/g, '')]) {
        if (lengths.has([...variant].length) && !seen.has(variant)) {
          seen.add(variant);
          spans.push({ text: variant, aligned: true, dropped: 0 });
        }
      }
    }
  }
  const compact = run.replace(/[ -]/g, '');
  // OCR sometimes inserts letters into a long digit string (11LO0101...): dropping them is one more reading.
  const digitsOnly = compact.replace(/[A-Z|!×](?!$)/g, '');
  if (digitsOnly !== compact && compact.length - digitsOnly.length <= 2 && lengths.has(digitsOnly.length) && !seen.has(digitsOnly)) {
    seen.add(digitsOnly);
    spans.push({ text: digitsOnly, aligned: false, dropped: compact.length - digitsOnly.length });
  }
  for (const length of strongLengths) {
    for (let i = 0; i + length <= compact.length; i += 1) {
      const text = compact.slice(i, i + length);
      if (!seen.has(text)) {
        seen.add(text);
        spans.push({ text, aligned: false, dropped: compact.length - length });
      }
    }
  }
  return spans;
}

/** ICAO 9303 check digit (weights 7, 3, 1; < = 0, A = 10 ... Z = 35). */
export function icaoCheckDigit(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  [...s].forEach((ch, i) => {
    const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * weights[i % 3]!;
  });
  return sum % 10;
}

/** The document number from a passport's second machine-readable line (TD3), when its check digit holds. */
function passportFromMrz(line: string): string | null {
  const s = line.replace(/\s+/g, '').replace(/«/g, '<<');
  if (s.length < 28 || !/^[0-9A-Z<]{9}[0-9O][A-Z<]{3}/.test(s)) return null;
  const number = s.slice(0, 9).replace(/<+$/, '');
  const check = digit(s[9]!);
  if (check === null || icaoCheckDigit(s.slice(0, 9)) !== Number(check)) return null;
  return number;
}

export interface CandidateOptions {
  /** Number kinds to look for, in order of preference (e.g. the kinds the detected document carries). */
  kinds?: readonly NumberKind[];
  /** The date identity numbers are checked on (a birth date after it is invalid): YYYY-MM-DD, default today. */
  now?: string;
}

const DEFAULT_ORDER: NumberKind[] = [
  'uscc', 'resident-id', 'residence-permit', 'foreign-permanent-id', 'passport', 'hk-macau-permit', 'org-code',
  'registration-number', 'taiwan-permit',
];

/** Candidate certificate numbers in normalised OCR lines, best first. */
export function findNumberCandidates(lines: readonly string[], options: CandidateOptions = {}): NumberCandidate[] {
  const order = options.kinds && options.kinds.length > 0 ? [...options.kinds] : DEFAULT_ORDER;
  const shapes = order.map((k) => SHAPES.find((s) => s.kind === k)).filter((s): s is Shape => s !== undefined);
  const lengths = new Set(shapes.flatMap((s) => s.lengths));
  const strongLengths = new Set(shapes.filter((s) => s.strong).flatMap((s) => s.lengths));
  const byKey = new Map<string, NumberCandidate>();

  const add = (c: NumberCandidate) => {
    const key = `${c.kind}:${c.value}`;
    const old = byKey.get(key);
    if (!old || better(c, old, order) < 0) byKey.set(key, c);
  };

  lines.forEach((rawLine, index) => {
    const upper = foldWidth(rawLine).toUpperCase();
    const here = squash(upper);
    const before = index > 0 ? squash(foldWidth(lines[index - 1]!).toUpperCase()) : '';
    if (order.includes('passport')) {
      const mrz = passportFromMrz(upper);
      if (mrz) {
        const shape = SHAPES.find((s) => s.kind === 'passport')!;
        const result = evaluate(mrz, shape, options.now);
        if (result) add({ kind: 'passport', raw: mrz, ...result, dropped: 0, labelled: true, line: index });
      }
    }
    const labelled = (kind: NumberKind) => NUMBER_LABELS[kind].some((l) => here.includes(l.toUpperCase()) || before.endsWith(l.toUpperCase()));
    // A line labelled for another kind only (统一社会信用代码 …): a weak-format number on it is a piece of that number.
    const othersLabel = DEFAULT_ORDER.some((k) => labelled(k));
    for (const match of upper.matchAll(RUN)) {
      const run = match[0];
      const whole = run.replace(/[ -]/g, '');
      for (const span of spansOf(run, lengths, strongLengths)) {
        const n = [...span.text].length;
        for (const shape of shapes) {
          if (!shape.lengths.includes(n)) continue;
          if (!span.aligned && !shape.strong) continue;
          const result = evaluate(span.text, shape, options.now);
          if (!result) continue;
          if (!span.aligned && !result.valid) continue;
          const ownLabel = labelled(shape.kind);
          if (!shape.strong && !ownLabel) {
            // Weak formats (8-10 digit permits, 9-character codes) are too common to keep unvalidated and unlabelled,
            // and never taken out of a longer run of letters and digits (the first 8 digits of a credit code cut by
            // the picture's edge are not a Taiwan permit number), nor off a line labelled for another kind.
            if (!result.valid || othersLabel || span.text.replace(/-/g, '') !== whole) continue;
          }
          add({ kind: shape.kind, raw: span.text, ...result, dropped: span.dropped, labelled: ownLabel, line: index });
        }
      }
    }
  });
  return [...byKey.values()].sort((a, b) => better(a, b, order));
}

/** Negative when `a` is the better candidate. */
function better(a: NumberCandidate, b: NumberCandidate, order: readonly NumberKind[]): number {
  if (a.valid !== b.valid) return a.valid ? -1 : 1;
  const ka = order.indexOf(a.kind);
  const kb = order.indexOf(b.kind);
  if (ka !== kb) return ka - kb;
  if (a.labelled !== b.labelled) return a.labelled ? -1 : 1;
  if (a.repairs + a.dropped !== b.repairs + b.dropped) return a.repairs + a.dropped - (b.repairs + b.dropped);
  return a.line - b.line;
}
