/**
 * RuleTester in the style of ESLint's: each rule gets `valid` and `invalid` cases, run through the public Node entry
 * with only that rule enabled. It is strict: an empty list, a duplicate case, an unknown code, a finding not listed,
 * or a message with an unfilled placeholder (in either language) fails the test.
 */
import { describe, expect, it } from 'vitest';
import { validate as validateInBrowser } from '../src/index.js';
import { rules, validate, type Finding, type NodeValidateOptions } from '../src/node.js';

export interface ValidCase {
  name?: string;
  submission: unknown;
  /** `entry: 'browser'` runs the browser-safe entry (no file paths, no sharp, no OCR) instead of the Node one. */
  options?: Omit<NodeValidateOptions, 'only' | 'lang'> & { entry?: 'node' | 'browser' };
}
export interface ExpectedFinding {
  code: string;
  field?: string;
  file?: string;
  severity?: 'error' | 'warning';
  suggestion?: string;
  /** Substring expected in the English message (e.g. a computed value). */
  messageIncludes?: string;
}
export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9_]*\}/;

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = rules.find((r) => r.id === ruleId);
  describe(`rule ${ruleId}`, () => {
    it('exists and has both valid and invalid cases, none duplicated', () => {
      expect(rule, `no rule file for ${ruleId}`).toBeDefined();
      expect(cases.valid.length, 'valid cases').toBeGreaterThan(0);
      expect(cases.invalid.length, 'invalid cases').toBeGreaterThan(0);
      const keys = [...cases.valid, ...cases.invalid].map((c) => stableKey(c));
      expect(new Set(keys).size, 'duplicate test cases').toBe(keys.length);
      for (const c of cases.invalid) for (const e of c.errors) expect(Object.keys(rule!.problems)).toContain(e.code);
    });

    cases.valid.forEach((c, i) => {
      it(`valid #${i}${c.name ? `: ${c.name}` : ''}`, async () => {
        const findings = await run(ruleId, c, 'en');
        expect(findings.map(summary)).toEqual([]);
      });
    });

    cases.invalid.forEach((c, i) => {
      it(`invalid #${i}${c.name ? `: ${c.name}` : ''}`, async () => {
        for (const lang of ['en', 'zh-CN'] as const) {
          const findings = await run(ruleId, c, lang);
          for (const f of findings) {
            expect(f.message, `unfilled placeholder in ${lang} message`).not.toMatch(PLACEHOLDER);
            expect(f.hint, `unfilled placeholder in ${lang} hint`).not.toMatch(PLACEHOLDER);
          }
          if (lang !== 'en') continue;
          expect(findings.map((f) => f.code).sort(), 'codes reported').toEqual(c.errors.map((e) => e.code).sort());
          for (const expected of c.errors) {
            const f = findings.find((x) => x.code === expected.code && (expected.field === undefined || x.field === expected.field));
            expect(f, `finding ${expected.code} on ${expected.field ?? '(any field)'}`).toBeDefined();
            if (expected.file !== undefined) expect(f!.file).toBe(expected.file);
            if (expected.severity !== undefined) expect(f!.severity).toBe(expected.severity);
            if (expected.suggestion !== undefined) expect(f!.suggestion).toBe(expected.suggestion);
            if (expected.messageIncludes !== undefined) expect(f!.message).toContain(expected.messageIncludes);
          }
        }
      });
    });
  });
}

async function run(ruleId: string, c: ValidCase, lang: 'en' | 'zh-CN'): Promise<Finding[]> {
  const { entry, ...options } = c.options ?? {};
  const run = entry === 'browser' ? validateInBrowser : validate;
  const report = await run(c.submission, { now: '2026-06-15', ...options, lang, only: [ruleId] });
  return report.findings.filter((f) => f.rule === ruleId);
}

function summary(f: Finding): string {
  return `${f.code}@${f.field ?? f.file ?? ''}: ${f.message}`;
}

function stableKey(c: ValidCase): string {
  return JSON.stringify([c.submission, c.options ?? {}], (_k, v) => (v instanceof Uint8Array ? `bytes:${v.length}:${v.slice(0, 16).join(',')}` : v));
}
