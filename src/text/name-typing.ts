/**
 * How a holder or contact name is typed: no spaces, brackets of the width the registrar asks for (seeds 002, 003), no
 * control characters, the standard middle dot. Returns codes and data, never user-facing text; no input throws.
 */
import { NAME_DOT_VARIANTS, STANDARD_NAME_DOT } from './person-names.js';
import { invisibleMask } from './invisible.js';
import { HAN } from './script.js';
import {
  findFullWidthBrackets,
  findHalfWidthBrackets,
  spaceKind,
  toFullWidthBrackets,
  toHalfWidth,
  toHalfWidthBrackets,
  type CharAt,
  type SpaceAt,
} from './width.js';

export interface NameTypingOptions {
  /** Which brackets the registrar wants. 'any' disables the bracket check. */
  brackets: 'half-width' | 'full-width' | 'any';
  /** 'forbid' for Chinese names (seed 003: "域名所有者请勿包含空格"); 'allow' for Latin names, which need spaces. */
  spaces: 'forbid' | 'allow';
  /** Maximum length in Unicode code points (after trimming). Omit to skip the check. */
  maxLength?: number;
  /** 'forbid' reports full-width letters, digits and punctuation other than brackets (Ｃｏ．，Ｌｔｄ). Omit to skip. */
  fullWidthAlphanumerics?: 'forbid' | 'allow';
}

export type NameTypingProblem =
  | { code: 'empty' }
  | { code: 'control-chars'; data: { positions: number[]; found: string[] } }
  | { code: 'leading-trailing-space'; data: { leading: number; trailing: number } }
  | { code: 'spaces'; data: { count: number; positions: SpaceAt[] } }
  | { code: 'nonstandard-space'; data: { count: number; positions: SpaceAt[] } }
  | { code: 'repeated-spaces'; data: { positions: number[] } }
  | { code: 'full-width-brackets'; data: { found: CharAt[] } }
  | { code: 'half-width-brackets'; data: { found: CharAt[] } }
  | { code: 'full-width-alphanumerics'; data: { found: CharAt[] } }
  | { code: 'nonstandard-middle-dot'; data: { found: CharAt[]; expected: string } }
  | { code: 'too-long'; data: { length: number; maxLength: number } };

export type NameTypingCode = NameTypingProblem['code'];

export interface NameTypingResult {
  problems: NameTypingProblem[];
  /** The corrected name, present only when it differs from the input and is not empty. */
  suggestion?: string;
}

/** Distinct invisible characters named in a control-chars problem. */
const MAX_FOUND = 8;

/** True when the unit at `i` is the low half of a surrogate pair. */
function isPairTail(s: string, i: number): boolean {
  const low = s.charCodeAt(i);
  const high = s.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Checks how a holder or contact name is typed. Problem codes:
 * - 'empty': nothing but spaces/invisible characters (no other check runs);
 * - 'control-chars' (positions, found): control, bidi and other invisible characters (src/text/invisible.ts: tags,
 *   fillers, lone surrogates…) other than the zero-width ones reported as spaces; `found` has each distinct one once (the first 8);
 * - 'leading-trailing-space' (leading, trailing counts): always reported, whatever `spaces` says;
 * - 'spaces' (count, positions): internal space-like characters when `spaces: 'forbid'`;
 * - 'nonstandard-space' (count, positions): with `spaces: 'allow'`, internal spaces other than U+0020 (U+3000,
 *   no-break, zero-width, tab);
 * - 'repeated-spaces' (positions): with `spaces: 'allow'`, two or more spaces in a row;
 * - 'full-width-brackets' / 'half-width-brackets' (found): brackets of the wrong width;
 * - 'full-width-alphanumerics' (found): with `fullWidthAlphanumerics: 'forbid'`;
 * - 'nonstandard-middle-dot' (found, expected U+00B7): a look-alike dot between Han characters;
 * - 'too-long' (length, maxLength): code points after trimming, when `maxLength` is given.
 */
export function checkNameTyping(name: string, options: NameTypingOptions): NameTypingResult {
  const problems: NameTypingProblem[] = [];
  if (typeof name !== 'string') return { problems: [{ code: 'empty' }] };

  // Control and other invisible characters (each UTF-16 unit of a surrogate pair is flagged; the first is reported).
  const hidden = invisibleMask(name);
  const isControl = (i: number) => hidden[i] === 1;
  const controls: number[] = [];
  const found = new Set<string>(); // the first few distinct ones: enough to name them in a message
  for (let i = 0; i < name.length; i++) {
    if (!isControl(i) || (i > 0 && isControl(i - 1) && isPairTail(name, i))) continue;
    controls.push(i);
    const ch = String.fromCodePoint(name.codePointAt(i)!);
    const char = ch.length === 2 && !isControl(i + 1) ? name[i]! : ch;
    if (found.size < MAX_FOUND) found.add(char);
  }

  // Leading / trailing space-like characters.
  let lead = 0;
  while (lead < name.length && (spaceKind(name.charCodeAt(lead)) !== null || isControl(lead))) lead++;
  if (lead === name.length) return { problems: [{ code: 'empty' }] };
  let end = name.length;
  while (end > lead && (spaceKind(name.charCodeAt(end - 1)) !== null || isControl(end - 1))) end--;
  let leading = 0;
  for (let i = 0; i < lead; i++) if (spaceKind(name.charCodeAt(i)) !== null) leading++;
  let trailing = 0;
  for (let i = end; i < name.length; i++) if (spaceKind(name.charCodeAt(i)) !== null) trailing++;

  if (controls.length > 0) problems.push({ code: 'control-chars', data: { positions: controls, found: [...found] } });
  if (leading > 0 || trailing > 0) problems.push({ code: 'leading-trailing-space', data: { leading, trailing } });

  // Internal spaces.
  const internal: SpaceAt[] = [];
  for (let i = lead; i < end; i++) {
    const kind = spaceKind(name.charCodeAt(i));
    if (kind) internal.push({ index: i, char: name[i]!, kind });
  }
  if (options.spaces === 'forbid') {
    if (internal.length > 0) problems.push({ code: 'spaces', data: { count: internal.length, positions: internal } });
  } else {
    const odd = internal.filter((p) => p.kind !== 'space');
    if (odd.length > 0) problems.push({ code: 'nonstandard-space', data: { count: odd.length, positions: odd } });
    const repeated: number[] = [];
    for (let k = 1; k < internal.length; k++) {
      if (internal[k]!.index === internal[k - 1]!.index + 1 && internal[k]!.kind !== 'zero-width' && internal[k - 1]!.kind !== 'zero-width') {
        repeated.push(internal[k]!.index);
      }
    }
    if (repeated.length > 0) problems.push({ code: 'repeated-spaces', data: { positions: repeated } });
  }

  // Brackets.
  if (options.brackets === 'half-width') {
    const found = findFullWidthBrackets(name);
    if (found.length > 0) problems.push({ code: 'full-width-brackets', data: { found } });
  } else if (options.brackets === 'full-width') {
    const found = findHalfWidthBrackets(name);
    if (found.length > 0) problems.push({ code: 'half-width-brackets', data: { found } });
  }

  // Full-width letters, digits and punctuation other than brackets and the ideographic space.
  if (options.fullWidthAlphanumerics === 'forbid') {
    const found: CharAt[] = [];
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e && !'（）［］｛｝'.includes(name[i]!)) found.push({ index: i, char: name[i]! });
    }
    if (found.length > 0) problems.push({ code: 'full-width-alphanumerics', data: { found } });
  }

  // Look-alike middle dots between Han characters.
  const dotFound = lookAlikeDots(name, hidden);
  if (dotFound.length > 0) {
    problems.push({ code: 'nonstandard-middle-dot', data: { found: dotFound, expected: STANDARD_NAME_DOT } });
  }

  // Length.
  const core = name.slice(lead, end);
  if (typeof options.maxLength === 'number' && Number.isFinite(options.maxLength)) {
    const length = codePointLength(core);
    if (length > options.maxLength) problems.push({ code: 'too-long', data: { length, maxLength: options.maxLength } });
  }

  // Suggestion (built in parts: names can be megabytes long, and every step here stays linear).
  const parts: string[] = [];
  let lastWasSpace = false;
  for (let i = lead; i < end; i++) {
    const c = name.charCodeAt(i);
    if (isControl(i)) continue;
    const kind = spaceKind(c);
    if (kind) {
      if (options.spaces === 'forbid' || kind === 'zero-width') continue;
      if (!lastWasSpace) parts.push(' ');
      lastWasSpace = true;
      continue;
    }
    parts.push(name[i]!);
    lastWasSpace = false;
  }
  let fixed = parts.join('');
  if (options.fullWidthAlphanumerics === 'forbid') {
    fixed = [...fixed].map((ch) => ('（）［］｛｝'.includes(ch) ? ch : toHalfWidth(ch))).join('');
  }
  if (options.brackets === 'half-width') fixed = toHalfWidthBrackets(fixed);
  else if (options.brackets === 'full-width') fixed = toFullWidthBrackets(fixed);
  // Last, so that a dot which only now sits between Han characters (after spaces went) is fixed too.
  const dots = lookAlikeDots(fixed, invisibleMask(fixed));
  if (dots.length > 0) {
    const units = fixed.split('');
    for (const { index } of dots) units[index] = STANDARD_NAME_DOT;
    fixed = units.join('');
  }

  const result: NameTypingResult = { problems };
  if (fixed.length > 0 && fixed !== name) result.suggestion = fixed;
  return result;
}

/** Look-alike middle dots whose nearest neighbours, past any spaces or control characters, are Han characters. */
function lookAlikeDots(name: string, hidden: Uint8Array): CharAt[] {
  const skippable = (i: number) => spaceKind(name.charCodeAt(i)) !== null || hidden[i] === 1;
  // Whether the nearest character after each position, past spaces and control characters, is Han: one pass from the
  // end, so a long run of spaces is walked once, not once per dot.
  const hanAfter = new Uint8Array(name.length + 1);
  for (let i = name.length - 1; i >= 0; i--) hanAfter[i] = skippable(i) ? hanAfter[i + 1]! : HAN.test(name[i]!) ? 1 : 0;
  const found: CharAt[] = [];
  let hanBefore = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (NAME_DOT_VARIANTS.includes(ch) && hanBefore && hanAfter[i + 1] === 1) found.push({ index: i, char: ch });
    if (!skippable(i)) hanBefore = HAN.test(ch);
  }
  return found;
}
