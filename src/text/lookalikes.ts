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
  options: LookalikeOptions = {},
): string[] {
  const maxPositions = options.maxPositions ?? 12;
  const maxVariants = options.maxVariants ?? 4096;
  const maxResults = options.maxResults ?? 10;
  const maxLength = options.maxLength ?? 64;
  const allowed = options.isAllowedAt;
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) return [];

  const mandatory: number[] = [];
  const optional: number[] = [];
  const alternatives = new Map<number, readonly string[]>();
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const alts = Object.prototype.hasOwnProperty.call(LOOKALIKES, ch) ? (LOOKALIKES[ch] as readonly string[]) : undefined;
    const legal = allowed === undefined || allowed(ch, i);
    if (alts === undefined) {
      if (!legal) return []; // an illegal character that no look-alike swap can fix
      continue;
    }
    const usable = allowed === undefined ? alts : alts.filter((a) => allowed(a, i));
    if (usable.length === 0) {
      if (!legal) return [];
      continue;
    }
    alternatives.set(i, usable);
    (legal ? optional : mandatory).push(i);
  }
  if (mandatory.length > maxPositions) return [];
  const optionalUsed = optional.slice(0, Math.max(0, maxPositions - mandatory.length));

  const found: Candidate[] = [];
  const chars = value.split('');
  let tried = 0;
  let stop = false;

  // Assign alternatives to every chosen position (cartesian product), testing each full assignment.
  const assign = (positions: number[], k: number, swaps: number): void => {
    if (stop) return;
    if (k === positions.length) {
      if (swaps === 0) return;
      if (++tried > maxVariants) {
        stop = true;
        return;
      }
      const candidate = chars.join('');
      if (accept(candidate)) found.push({ value: candidate, swaps, order: found.length });
      return;
    }
    const pos = positions[k] as number;
    const original = chars[pos] as string;
    for (const alt of alternatives.get(pos) as readonly string[]) {
      chars[pos] = alt;
      assign(positions, k + 1, swaps + 1);
      if (stop) break;
    }
    chars[pos] = original;
  };

  // Subsets of optional positions by increasing size; mandatory positions are always swapped.
  const chooseOptional = (size: number, start: number, chosen: number[]): void => {
    if (stop) return;
    if (chosen.length === size) {
      const positions = mandatory.concat(chosen).sort((a, b) => a - b);
      assign(positions, 0, 0);
      return;
    }
    for (let i = start; i <= optionalUsed.length - (size - chosen.length); i++) {
      chosen.push(optionalUsed[i] as number);
      chooseOptional(size, i + 1, chosen);
      chosen.pop();
      if (stop) return;
    }
  };

  for (let size = 0; size <= optionalUsed.length && !stop; size++) {
    chooseOptional(size, 0, []);
    if (found.length >= maxResults) break; // results of larger size would rank below these anyway
  }

  found.sort((a, b) => a.swaps - b.swaps || a.order - b.order);
  const out: string[] = [];
  for (const c of found) {
    if (out.length >= maxResults) break;
    if (!out.includes(c.value)) out.push(c.value);
  }
  return out;
}
