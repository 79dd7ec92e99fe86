/** The package as a consumer imports it by name: Node gets the Node entry and its types, bundlers the browser entry. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('package entry points', () => {
  it('resolves to the Node entry under Node, with shutdown and the number checks', async () => {
    const script = "const m = await import('realname-precheck'); console.log(JSON.stringify(Object.keys(m).sort()));";
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root.pathname });
    const names = JSON.parse(stdout) as string[];
    for (const name of ['validate', 'shutdown', 'checkUscc', 'checkResidentId', 'checkOrgCode', 'checkRegistrationNumber', 'checkPassport', 'checkHkMacauPermit', 'checkTaiwanPermit', 'categories', 'profiles']) {
      expect(names).toContain(name);
    }
  });

  it('points every declared file at something the build produced', () => {
    const targets: string[] = [];
    const walk = (v: unknown) => (typeof v === 'string' ? targets.push(v) : v && typeof v === 'object' && Object.values(v).forEach(walk));
    walk(pkg.exports);
    targets.push(pkg.main, pkg.types, ...Object.values(pkg.bin as Record<string, string>));
    expect(targets.filter((t) => !existsSync(new URL(t, root)))).toEqual([]);
    expect(pkg.exports['.'].node.types).toBe('./dist/node.d.ts');
    expect(readFileSync(new URL('dist/node.d.ts', root), 'utf8')).toMatch(/shutdown/);
  });
});
