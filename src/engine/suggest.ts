/** "Did you mean" for configuration mistakes: the known name a mistyped one most likely stands for. */

/** The candidate `given` most likely means: equal but for case, or at most two edits away (and not a short word). */
export function closest(given: string, candidates: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  const folded = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const exact = candidates.find((c) => c.toLowerCase() === lower) ?? candidates.find((c) => folded(c) === folded(given));
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), bestDistance);
    if (d < bestDistance && d < Math.max(2, Math.min(given.length, c.length) / 2)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` when a close candidate exists, else ''. */
export function didYouMean(given: unknown, candidates: readonly string[]): string {
  if (typeof given !== 'string' || given.length > 100) return '';
  const found = closest(given, candidates);
  return found !== undefined && found !== given ? ` (did you mean "${found}"?)` : '';
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment), capped at `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return Math.min(d[a.length]![b.length]!, limit);
}
