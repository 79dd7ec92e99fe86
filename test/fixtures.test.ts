/**
 * The regression test over the bundled fixtures: every case in fixtures/submissions runs through the built CLI (as CI
 * users run it), grouped by the profile, date and OCR setting its expected.json asks for, and must produce exactly the
 * expected (rule, category, field or file) findings.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../', import.meta.url).pathname;
const casesDir = join(root, 'fixtures/submissions');
const cli = join(root, 'bin/realname-precheck.js');

interface Expected {
  profile?: string;
  now?: string;
  ocr?: boolean;
  findings: { rule: string; category: string; field?: string; file?: string }[];
}
interface CliOutput {
  results: { path: string; ok: boolean; findings: { rule: string; category: string; field?: string; file?: string; severity: string }[] }[];
  summary: { submissions: number; errors: number; warnings: number };
}

const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, expected: JSON.parse(readFileSync(join(casesDir, d.name, 'expected.json'), 'utf8')) as Expected }));

const groups = new Map<string, typeof cases>();
for (const c of cases) {
  const key = JSON.stringify([c.expected.profile ?? 'strict', c.expected.now ?? '2026-06-15', c.expected.ocr ?? false]);
  groups.set(key, [...(groups.get(key) ?? []), c]);
}

const key = (f: { rule: string; category: string; field?: string; file?: string }) => `${f.rule} ${f.category} ${f.field ?? ''} ${f.file ?? ''}`;

describe('fixtures/submissions through the CLI', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const [groupKey, group] of groups) {
    const [profile, now, ocr] = JSON.parse(groupKey) as [string, string, boolean];
    it(`profile ${profile}, now ${now}, ocr ${ocr}: ${group.length} cases`, async () => {
      const args = ['check', ...group.map((c) => join(casesDir, c.name)), '--format', 'json', '--profile', profile, '--now', now, '--lang', 'en'];
      if (!ocr) args.push('--no-ocr');
      let stdout: string;
      let exitCode = 0;
      try {
        ({ stdout } = await run(process.execPath, [cli, ...args], { maxBuffer: 64 * 1024 * 1024 }));
      } catch (error) {
        const e = error as { stdout: string; code: number; stderr: string };
        stdout = e.stdout;
        exitCode = e.code;
        expect(exitCode, e.stderr).toBe(1);
      }
      const output = JSON.parse(stdout) as CliOutput;
      expect(output.results).toHaveLength(group.length);
      for (const c of group) {
        const result = output.results.find((r) => r.path.includes(`/${c.name}/`));
        expect(result, c.name).toBeDefined();
        expect(result!.findings.map(key).sort(), c.name).toEqual(c.expected.findings.map(key).sort());
      }
      const anyError = output.results.some((r) => r.findings.some((f) => f.severity === 'error'));
      expect(exitCode).toBe(anyError ? 1 : 0);
    });
  }
});
