/**
 * Look-alike characters in typed numbers: digit 0 / letter O, digit 1 / letter I (and lower-case l), digit 8 /
 * letter B (seeds 001 and 002 name these pairs). Given a value and a validator, find the variants obtained by
 * swapping look-alikes that the validator accepts, best first. Generic: knows nothing about any number format.
 *
 * The search is bounded (positions, variants tried, value length), so it always finishes quickly.
 */

/** For each character, the characters it is commonly mistaken for. */
export const LOOKALIKES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  '0': ['O'],
  O: ['0'],
  o: ['0', 'O'],
  '1': ['I'],
  I: ['1'],
  i: ['1', 'I'],
  l: ['1', 'I'],
  L: ['1'], // an upper-cased lower-case l
  '8': ['B'],
  B: ['8'],
  b: ['8', 'B'],
});

export interface LookalikeOptions {
  /**
   * Whether `char` may stand at `index` in a valid value. When given, characters not allowed where they stand
   * must be swapped, and swaps to a character not allowed at its position are never tried.
   */
  isAllowedAt?: (char: string, index: number) => boolean;
  /** At most this many ambiguous positions are considered (default 12). */
  maxPositions?: number;
  /** At most this many variants are tried (default 4096). */
  maxVariants?: number;
  /** At most this many accepted variants are returned (default 10). */
  maxResults?: number;
  /** Values longer than this are not searched (default 64). */
  maxLength?: number;
}

/** LOOKALIKES indexed by character code, for the hot loop. */
const ALT_BY_CODE: (readonly string[] | undefined)[] = (() => {
  const t: (readonly string[] | undefined)[] = new Array(128).fill(undefined);
  for (const [ch, alts] of Object.entries(LOOKALIKES)) t[ch.charCodeAt(0)] = alts;
  return t;
})();

const NO_OPTIONS: LookalikeOptions = {};
const EMPTY: readonly string[] = [];

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

/** All subsets of n bits ordered by size, then numerically (earlier positions first). Cached per n. */
const MASKS: number[][] = [];
function masksByPopcount(n: number): readonly number[] {
  let m = MASKS[n];
  if (m === undefined) {
    m = Array.from({ length: 1 << n }, (_, i) => i).sort((a, b) => popcount(a) - popcount(b) || a - b);
    MASKS[n] = m;
  }
  return m;
}

interface Candidate {
  value: string;
  swaps: number;
  order: number;
}

/**
 * Every variant of `value` obtained by swapping look-alike characters that `accept` accepts, best first:
 * fewest swaps first; among equals, the order of discovery (swaps at earlier positions first). Swaps that replace
 * a character not allowed at its position (per `isAllowedAt`) are always part of a candidate, so they are
 * preferred by construction. `value` itself is never returned.
 */
export function lookalikeVariants(
  value: string,
  accept: (candidate: string) => boolean,
  options: LookalikeOptions = NO_OPTIONS,
): string[] {
  const maxPositions = options.maxPositions ?? 12;
  const maxVariants = options.maxVariants ?? 4096;
  const maxResults = options.maxResults ?? 10;
  const maxLength = options.maxLength ?? 64;
  const allowed = options.isAllowedAt;
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) return [];

  // One pass over the value; arrays are only allocated once a usable swap turns up (on a failing check the
  // common case is that there is none).
  let mandatory: number[] | undefined;
  let optional: number[] | undefined;
  let alternatives: (readonly string[] | undefined)[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const alts = c < 128 ? ALT_BY_CODE[c] : undefined;
    const legal = allowed === undefined || allowed(value[i] as string, i);
    if (alts === undefined) {
      if (!legal) return []; // an illegal character that no look-alike swap can fix
      continue;
    }
    let usable: readonly string[] = alts;
    if (allowed !== undefined) {
      let ok = 0;
      for (let j = 0; j < alts.length; j++) if (allowed(alts[j] as string, i)) ok++;
      if (ok === 0) {
        if (!legal) return [];
        continue;
      }
      if (ok < alts.length) usable = alts.filter((a) => allowed(a, i));
    }
    if (alternatives === undefined) {
      alternatives = [];
      mandatory = [];
      optional = [];
    }
    alternatives[i] = usable;
    (legal ? (optional as number[]) : (mandatory as number[])).push(i);
  }
  if (alternatives === undefined || mandatory === undefined || optional === undefined) return [];
  if (mandatory.length > maxPositions) return [];
  const optionalCount = Math.min(optional.length, Math.max(0, maxPositions - mandatory.length));

  const found: Candidate[] = [];
  let tried = 0;
  const masks = masksByPopcount(optionalCount);
  let lastSize = -1;
  for (let mi = 0; mi < masks.length; mi++) {
    const mask = masks[mi] as number;
    const size = popcount(mask);
    // Results with more swaps rank below those already found: stop once enough were found at a smaller size.
    if (size !== lastSize) {
      if (found.length >= maxResults) break;
      lastSize = size;
    }
    if (mandatory.length + size === 0) continue;
    // Positions swapped in this subset, in ascending order.
    const positions: number[] = [];
    let a = 0;
    for (let j = 0; j < optionalCount || a < mandatory.length; ) {
      const o = j < optionalCount ? (optional[j] as number) : Infinity;
      const m = a < mandatory.length ? (mandatory[a] as number) : Infinity;
      if (m < o) {
        positions.push(m);
        a++;
      } else {
        if (mask & (1 << j)) positions.push(o);
        j++;
      }
    }
    // Every combination of alternatives at those positions (mixed-radix counter).
    const choice: number[] = new Array<number>(positions.length).fill(0);
    for (;;) {
      if (++tried > maxVariants) break;
      let candidate = '';
      let prev = 0;
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k] as number;
        candidate += value.slice(prev, p) + ((alternatives[p] as readonly string[])[choice[k] as number] as string);
        prev = p + 1;
      }
      candidate += value.slice(prev);
      if (accept(candidate)) found.push({ value: candidate, swaps: positions.length, order: found.length });
      let k = positions.length - 1;
      while (k >= 0) {
        const n = (alternatives[positions[k] as number] as readonly string[]).length;
        if ((choice[k] as number) + 1 < n) {
          choice[k] = (choice[k] as number) + 1;
          break;
        }
        choice[k] = 0;
        k--;
      }
      if (k < 0) break;
    }
    if (tried > maxVariants) break;
  }

  found.sort((a, b) => a.swaps - b.swaps || a.order - b.order);
  const out: string[] = [];
  for (const c of found) {
    if (out.length >= maxResults) break;
    if (!out.includes(c.value)) out.push(c.value);
  }
  return out;
}
