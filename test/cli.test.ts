/** The command line as users run it: the built bin, exit codes, formats, explain and rules. */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'bin/realname-precheck.js');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runWith({}, ...args);
}

async function runWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [cli, ...args], { env: { ...process.env, LANG: 'C', NO_COLOR: '', ...env }, timeout: 60_000 });
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
    expect(out.summary).toEqual({ submissions: 2, failing: 1, passing: 1, unreadable: 0, errors: 1, warnings: 0 });
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
    const out = JSON.parse(stdout);
    expect(out.results).toHaveLength(2);
    expect(out.results[0]).toMatchObject({ path: join(dir, 'broken', 'submission.json'), ok: false, findings: [] });
    expect(out.results[0].unreadable).toContain('malformed JSON');
    expect(out.summary).toMatchObject({ submissions: 1, failing: 1, passing: 0, unreadable: 1 });
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
    const out = JSON.parse(stdout);
    expect(out.results.map((r: { path: string }) => r.path)).toEqual(['/nonexistent/nowhere', join(dir, 'bad', 'submission.json')]);
    expect(out.results[0].unreadable).toContain('ENOENT');
    expect(out.summary).toEqual({ submissions: 1, failing: 1, passing: 0, unreadable: 1, errors: 1, warnings: 0 });
  });

  it('reports unreadable inputs in JUnit as failing test cases with the reason', async () => {
    const dir = tempSubmissions({ broken: '{"holder": ', fine: valid, locked: valid });
    chmodSync(join(dir, 'locked', 'submission.json'), 0o000);
    // a FIFO is never opened (reading it would block): unreadable, also for root
    mkdirSync(join(dir, 'pipe'));
    execFileSync('mkfifo', [join(dir, 'pipe', 'submission.json')]);
    const { code, stdout } = await run('check', dir, '/nonexistent/nowhere', '--format', 'junit', '--no-ocr');
    expect(code).toBe(2);
    const cases = stdout.match(/<testcase [^>]*>[\s\S]*?<\/testcase>/g) ?? [];
    expect(cases).toHaveLength(5);
    // root reads every file: the permission case only means something for other users
    const root = process.getuid?.() === 0;
    expect(stdout).toContain(`tests="5" failures="${root ? 3 : 4}"`);
    expect(cases.find((c) => c.includes('pipe'))).toMatch(/<failure message="unreadable" type="unreadable">not a regular file/);
    expect(cases.find((c) => c.includes('broken'))).toMatch(/<failure message="unreadable" type="unreadable">[^<]*malformed JSON/);
    expect(cases.find((c) => c.includes('nowhere'))).toMatch(/<failure message="unreadable" type="unreadable">[^<]*ENOENT/);
    if (!root) expect(cases.find((c) => c.includes('locked'))).toMatch(/<failure message="unreadable" type="unreadable">[^<]*EACCES/);
    expect(cases.find((c) => c.includes('fine'))).not.toContain('<failure');
  });

  it('follows symlinked submission folders and manifests once, and stops at a loop', async () => {
    const dir = tempSubmissions({ real: invalid });
    const outside = tempSubmissions({ linked: valid });
    symlinkSync(join(outside, 'linked'), join(dir, 'folder-link'));
    mkdirSync(join(dir, 'manifest-link'));
    symlinkSync(join(outside, 'linked', 'submission.json'), join(dir, 'manifest-link', 'submission.json'));
    symlinkSync(dir, join(dir, 'loop')); // a link back to the folder itself
    symlinkSync(join(dir, 'real'), join(dir, 'same-as-real'));
    const { code, stdout } = await run('check', dir, '--format', 'json', '--no-ocr');
    expect(code).toBe(1);
    const paths = JSON.parse(stdout).results.map((r: { path: string }) => r.path);
    expect(paths).toEqual([join(dir, 'folder-link', 'submission.json'), join(dir, 'manifest-link', 'submission.json'), join(dir, 'real', 'submission.json')]);
  });

  it('reads the files of a linked manifest from the folder the manifest really lies in', async () => {
    const outside = tempSubmissions({ linked: JSON.stringify({ ...JSON.parse(valid), files: [{ path: 'id.jpg' }] }) });
    copyFileSync(join(root, 'fixtures/images/id-front.jpg'), join(outside, 'linked', 'id.jpg'));
    const dir = mkdtempSync(join(tmpdir(), 'rnp-cli-'));
    symlinkSync(join(outside, 'linked', 'submission.json'), join(dir, 'submission.json'));
    const { stdout } = await run('check', dir, '--format', 'json', '--no-ocr');
    const [result] = JSON.parse(stdout).results;
    expect(result.path).toBe(join(dir, 'submission.json'));
    expect(result.findings.filter((f: { rule: string }) => f.rule === 'file-readable')).toEqual([]);
  });

  it('reports a broken symlink instead of skipping it', async () => {
    const dir = tempSubmissions({ real: valid });
    mkdirSync(join(dir, 'dangling'));
    symlinkSync(join(dir, 'gone.json'), join(dir, 'dangling', 'submission.json'));
    const { code, stdout } = await run('check', dir, '--format', 'json', '--no-ocr');
    expect(code).toBe(2);
    const out = JSON.parse(stdout);
    expect(out.results.find((r: { path: string }) => r.path.includes('dangling')).unreadable).toContain('ENOENT');
  });

  it('prints control characters from manifests and paths visibly, in every format', async () => {
    const hostile = '\u001b]0;title\u0007\u001b[2J\u202eabc\u2066\u0085\u0000\r';
    const dir = mkdtempSync(join(tmpdir(), 'rnp-cli-'));
    const folder = join(dir, `evil\u001b[2J\u202e`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'submission.json'), JSON.stringify({ ...JSON.parse(invalid), files: [{ path: `${hostile}.jpg` }] }));
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/u;
    const stylish = await run('check', dir, '--no-ocr', '--lang', 'en');
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('file-readable');
    expect(stylish.stdout).not.toMatch(raw);
    expect(stylish.stdout).toContain('\\u{1b}]0;title\\u{7}\\u{1b}[2J\\u{202e}abc\\u{2066}\\u{85}\\u{0}\\u{d}.jpg');
    expect(stylish.stdout).toContain('evil\\u{1b}[2J\\u{202e}');
    // with colour on, the only escape sequences are the colours
    const coloured = await run('check', dir, '--no-ocr', '--color');
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).not.toMatch(raw);
    const json = await run('check', dir, '--no-ocr', '--format', 'json');
    expect(JSON.parse(json.stdout).results[0].findings.some((f: { file?: string }) => f.file === `${hostile}.jpg`)).toBe(true);
    const junit = await run('check', dir, '--no-ocr', '--format', 'junit');
    // XML 1.0 allows only tab, newline and carriage return below U+0020
    expect(junit.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u);
    expect(junit.stdout).toContain('\\u{1b}]0;title\\u{7}');
  });

  it('escapes a lone surrogate from a manifest', async () => {
    const dir = tempSubmissions({ a: `{"holder":{"type":"individual","name":"张三"},"certificate":{"type":"resident-id","number":"11010519491231002X"},"files":[{"path":"\\ud800x.jpg"}]}` });
    const { stdout } = await run('check', dir, '--no-ocr');
    expect(stdout).toContain('\\u{d800}x.jpg');
    expect(stdout).not.toContain('\ufffd');
  });

  it('colours only on a terminal, never with NO_COLOR or --no-color; --color forces it', async () => {
    const dir = tempSubmissions({ bad: invalid });
    const coloured = async (env: Record<string, string>, ...flags: string[]) => {
      const { code, stdout } = await runWith(env, 'check', dir, '--no-ocr', ...flags);
      expect(code).toBe(1);
      expect(stdout).toContain('resident-id-number');
      return /\u001b\[/.test(stdout);
    };
    expect(await coloured({})).toBe(false); // not a TTY
    expect(await coloured({}, '--color')).toBe(true);
    expect(await coloured({}, '--no-color')).toBe(false);
    expect(await coloured({}, '--color', '--no-color')).toBe(false);
    expect(await coloured({ NO_COLOR: '1' })).toBe(false);
    // a flag overrides the environment (no-color.org)
    expect(await coloured({ NO_COLOR: '1' }, '--color')).toBe(true);
  });

  it('names the profile and counts failing, passing and unreadable submissions in the summary line', async () => {
    const dir = tempSubmissions({ a: valid, b: invalid, c: invalid, broken: '{' });
    const en = await run('check', dir, '--no-ocr', '--profile', 'aliyun', '--lang', 'en');
    expect(en.stdout.trim().split('\n').at(-1)).toBe('✖ 3 submissions (profile aliyun): 2 failing, 1 passing, 1 unreadable; 2 errors, 0 warnings');
    const zh = await run('check', join(dir, 'a'), '--no-ocr', '--lang', 'zh-CN');
    expect(zh.stdout.trim()).toBe('✓ 1 份提交（配置 strict）：0 份未通过，1 份通过；0 个错误，0 个警告');
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
  it('says so when nothing matches, and exits 1 (as grep does) in every format', async () => {
    const { code, stdout } = await run('explain', 'the weather is nice today');
    expect(stdout).toContain('No documented rejection category');
    expect(code).toBe(1);
    const json = await run('explain', 'the weather is nice today', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).matches).toEqual([]);
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
