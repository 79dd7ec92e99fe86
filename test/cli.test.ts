/** The command line as users run it: the built bin, exit codes, formats, explain and rules. */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'bin/realname-precheck.js');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [cli, ...args], { env: { ...process.env, LANG: 'C' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function tempSubmissions(cases: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rnp-cli-'));
  for (const [name, text] of Object.entries(cases)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'submission.json'), text);
  }
  return dir;
}

const valid = JSON.stringify({ holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231002X' } });
const invalid = JSON.stringify({ holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231OO2X' } });

describe('realname-precheck check', () => {
  it('exits 0 on a clean submission and 1 when a finding is an error', async () => {
    const dir = tempSubmissions({ ok: valid, bad: invalid });
    expect((await run('check', join(dir, 'ok'), '--no-ocr')).code).toBe(0);
    const bad = await run('check', join(dir, 'bad', 'submission.json'), '--no-ocr');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('11010519491231002X'); // the suggestion
    expect(bad.stdout).toContain('resident-id-number');
  });

  it('walks folders recursively and prints the documented JSON shape', async () => {
    const dir = tempSubmissions({ a: valid, b: invalid });
    const { code, stdout } = await run('check', dir, '--format', 'json', '--no-ocr', '--lang', 'zh-CN');
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.summary).toEqual({ submissions: 2, errors: 1, warnings: 0 });
    expect(out.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false]);
    expect(out.results[1].findings[0]).toMatchObject({ rule: 'resident-id-number', category: 'mps-record-mismatch', field: 'certificate.number' });
    expect(out.results[1].findings[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints JUnit XML with one failing test case per submission with errors', async () => {
    const dir = tempSubmissions({ a: valid, b: invalid });
    const { code, stdout } = await run('check', dir, '--format', 'junit', '--no-ocr');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml/);
    expect(stdout).toContain('tests="2" failures="1"');
    expect((stdout.match(/<testcase /g) ?? []).length).toBe(2);
    expect(stdout).toMatch(/<failure message="1 error finding" type="error">error certificate\.number: .*resident-id-number/);
  });

  it('exits 2 naming the path of malformed JSON, and still checks the others', async () => {
    const dir = tempSubmissions({ broken: '{"holder": ', fine: invalid });
    const { code, stdout, stderr } = await run('check', dir, '--format', 'json', '--no-ocr');
    expect(code).toBe(2);
    expect(stderr).toContain(join(dir, 'broken', 'submission.json'));
    expect(stderr).toContain('malformed JSON');
    expect(JSON.parse(stdout).results).toHaveLength(1);
  });

  it('exits 2 on a path that does not exist or holds no submission', async () => {
    const missing = await run('check', '/nonexistent/nowhere', '--no-ocr');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/nonexistent/nowhere');
    const empty = await run('check', mkdtempSync(join(tmpdir(), 'rnp-empty-')), '--no-ocr');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no submission.json');
  });

  it('reports a missing path and still checks the others', async () => {
    const dir = tempSubmissions({ bad: invalid });
    const { code, stdout, stderr } = await run('check', '/nonexistent/nowhere', dir, '--format', 'json', '--no-ocr');
    expect(code).toBe(2);
    expect(stderr).toContain('/nonexistent/nowhere');
    expect(JSON.parse(stdout).results).toHaveLength(1);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check', '.', '--profile', 'nosuch')).stderr).toContain('unknown profile');
    expect((await run('check', '.', '--format', 'xml')).code).toBe(2);
    expect((await run('check', '.', '--now', '15/06/2026')).code).toBe(2);
    expect((await run('check', '.', '--now', '2026-02-30')).code).toBe(2);
    expect((await run('--help')).code).toBe(0);
  });

  it('applies --profile and --now', async () => {
    const issued = JSON.stringify({ holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231002X', issuedOn: '2026-06-05' } });
    const dir = tempSubmissions({ new: issued });
    expect((await run('check', dir, '--no-ocr', '--now', '2026-06-15', '--profile', 'aliyun')).code).toBe(0);
    expect((await run('check', dir, '--no-ocr', '--now', '2026-06-15', '--profile', 'tencent')).code).toBe(1);
    expect((await run('check', dir, '--no-ocr', '--now', '2026-07-15', '--profile', 'tencent')).code).toBe(0);
  });
});

describe('realname-precheck explain', () => {
  it('finds the category of a pasted rejection message and the rules that catch it', async () => {
    const { code, stdout } = await run('explain', '注册者证件号码填写有误，请输入与证件照片一致的证件号码', '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.matches[0].category.id).toBe('cert-number-mismatch');
    expect(out.matches[0].rules.map((r: { rule: string }) => r.rule)).toContain('certificate-image-text');
  });
  it('tolerates spacing and punctuation differences and accepts a category id', async () => {
    const out = JSON.parse((await run('explain', '多次尝试 上传资料到审核机构, 均失败', '--format', 'json')).stdout);
    expect(out.matches[0].category.id).toBe('upload-failed');
    const byId = JSON.parse((await run('explain', 'newly-issued-certificate', '--format', 'json')).stdout);
    expect(byId.matches.map((m: { category: { id: string } }) => m.category.id)).toEqual(['newly-issued-certificate']);
  });
  it('says so when nothing matches', async () => {
    const { stdout } = await run('explain', 'the weather is nice today');
    expect(stdout).toContain('No documented rejection category');
  });
});

describe('realname-precheck rules', () => {
  it('lists the rules with the options the profile gives them', async () => {
    const out = JSON.parse((await run('rules', '--profile', 'tencent', '--format', 'json')).stdout);
    expect(out.extends).toEqual(['strict', 'tencent']);
    const size = out.rules.find((r: { rule: string }) => r.rule === 'file-size');
    expect(size.options.maxBytes).toBe(5 * 1024 * 1024);
    expect(out.rules.find((r: { rule: string }) => r.rule === 'overseas-domain').enabled).toBe(false);
  });
});

describe('output into a reader that stops early (| head)', () => {
  it('stops writing without an EPIPE crash and keeps the exit code', async () => {
    // The fixture set six times over: more output than a pipe buffers (64 KB), so writes go on after head has left.
    const dirs = Array.from({ length: 6 }, () => JSON.stringify(join(root, 'fixtures/submissions'))).join(' ');
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check ${dirs} --no-ocr --now 2026-06-15 | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}" >&2`;
    const child = spawn('bash', ['-c', script], { env: { ...process.env, LANG: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(stderr.trim()).toBe('1'); // the CLI's own exit code: most fixtures carry a deliberate mistake
  });
});
