/**
 * `explain`: finds the category of a pasted rejection message (or a category id) by comparing it with every
 * registrar wording in the catalog, and lists causes, fix hints and the rules that catch it.
 */
import type { Category, RuleFile } from '../engine/schemas.js';

export interface Explanation {
  category: Category;
  score: number;
  rules: { rule: string; codes: string[] }[];
}

/** Removes what differs between copies of the same message: spaces, punctuation, width and case. */
function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Share of the wording covered by the longest common substring with the query (0..1), in both directions. */
function similarity(query: string, wording: string): number {
  if (!query || !wording) return 0;
  if (wording.includes(query) || query.includes(wording)) return 1;
  let best = 0;
  const prev = new Array<number>(wording.length + 1).fill(0);
  for (let i = 1; i <= query.length; i++) {
    let diag = 0;
    for (let j = 1; j <= wording.length; j++) {
      const saved = prev[j]!;
      prev[j] = query[i - 1] === wording[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = saved;
    }
  }
  return best / Math.min(query.length, wording.length);
}

export function explain(text: string, categories: readonly Category[], rules: readonly RuleFile[]): Explanation[] {
  const query = squash(text.slice(0, 2000));
  const scored = categories.map((category) => {
    const texts = [category.id, category.title['zh-CN'], category.title.en, ...category.wording.map((w) => w.text)];
    const score = category.id === text.trim() ? 1 : Math.max(...texts.map((t) => similarity(query, squash(t))));
    return { category, score, rules: rulesFor(category.id, rules) };
  });
  const best = Math.max(...scored.map((s) => s.score));
  // Several categories can share a wording fragment; keep every one that is as good as the best.
  return best < 0.5 ? [] : scored.filter((s) => s.score >= best - 0.05).sort((a, b) => b.score - a.score);
}

function rulesFor(categoryId: string, rules: readonly RuleFile[]) {
  return rules
    .map((r) => ({ rule: r.id, codes: Object.entries(r.problems).filter(([, p]) => p.category === categoryId).map(([c]) => c) }))
    .filter((r) => r.codes.length > 0);
}
