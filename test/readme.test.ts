/**
 * The README's examples run against the built package, so the documentation cannot drift from the code. Each ```js
 * block becomes a module; a line `expression;  // literal` (true, false, a number or a quoted string) becomes an
 * assertion that the expression equals the literal, and a commented finding `// { rule: '…', code: '…', … }` must be
 * among `report.findings`. `submission` and `manifest` are the bundled fixtures the blocks refer to.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
const entry = pathToFileURL(join(root, 'dist/node.js')).href;
const work = mkdtempSync(join(tmpdir(), 'readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LITERAL = /^(?<expr>[^/]+?);\s*\/\/\s*(?<value>true|false|-?\d+(?:\.\d+)?|'[^']*')(?::|\s|$)/;
const FINDING = /^\/\/ \{ (?<body>rule: '[^']*'.*)$/;

/** The block as a module: imports pointed at the build, commented claims turned into assertions. */
function toModule(block: string): { source: string; claims: number } {
  let claims = 0;
  const lines = block.split('\n').map((line) => {
    const literal = LITERAL.exec(line.trim());
    if (literal?.groups) {
      claims++;
      return `assert.deepStrictEqual(${literal.groups.expr}, ${literal.groups.value}, ${JSON.stringify(line.trim())});`;
    }
    const finding = FINDING.exec(line.trim());
    if (finding?.groups) {
      claims++;
      const pairs = [...finding.groups.body!.matchAll(/(\w+): '([^']*)'/g)].filter(([, , v]) => !v!.includes('…'));
      const expected = Object.fromEntries(pairs.map(([, k, v]) => [k, v]));
      return `assert.ok(report.findings.some((f) => Object.entries(${JSON.stringify(expected)}).every(([k, v]) => f[k] === v)), ${JSON.stringify(`a finding ${JSON.stringify(expected)}`)});`;
    }
    return line;
  });
  const fixture = (name: string) => JSON.stringify(join(root, 'fixtures/submissions', name, 'submission.json'));
  const source = [
    "import assert from 'node:assert/strict';",
    "import { readFileSync } from 'node:fs';",
    `const submission = JSON.parse(readFileSync(${fixture('valid-company-business-license')}, 'utf8'));`,
    `const manifest = JSON.parse(readFileSync(${fixture('image-clean-resident-id')}, 'utf8'));`,
    ...lines.map((l) => l.replace(/from 'realname-precheck'/g, `from '${entry}'`)),
  ].join('\n');
  return { source, claims };
}

async function run(source: string): Promise<{ code: number; stderr: string }> {
  const file = join(work, `block-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  try {
    await promisify(execFile)(process.execPath, [file], { cwd: root });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? 1, stderr: err.stderr ?? String(e) };
  }
}

describe('README examples', () => {
  it('has js examples that make claims', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(blocks.reduce((n, b) => n + toModule(b).claims, 0)).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('block %i runs and its claims hold', async (_, block) => {
    const { stderr, code } = await run(toModule(block).source);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a false claim fails', async () => {
    const { code, stderr } = await run(toModule("import { profiles } from 'realname-precheck';\nprofiles.aliyun.extends;   // 'tencent'").source);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/profiles\.aliyun\.extends/);
    const finding = await run(
      toModule(
        "import { validate } from 'realname-precheck';\nconst report = await validate({});\n// { rule: 'uscc-number', code: 'invalid-char' }",
      ).source,
    );
    expect(finding.code).not.toBe(0);
  });
});
