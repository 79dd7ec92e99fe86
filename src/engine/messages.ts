import { escapeInvisible } from '../text/invisible.js';
import type { Lang, ProblemData } from './types.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * Fills `{name}` placeholders; an unknown placeholder is left visible so tests can catch it. Values quote user input,
 * so invisible characters in them are written out (U+202E), never passed on raw.
 */
export function formatMessage(template: string, data: ProblemData | undefined, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const value = data?.[key];
    if (value === undefined) return whole;
    return escapeInvisible(typeof value === 'object' ? value[lang] : String(value));
  });
}

/** Placeholder names used in a template, for the rule meta-checks. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
