/**
 * The meta-check: every rule file is bundled, validated, cited and tested; every profile is valid and gives each rule
 * the options its check requires; the catalog covers exactly the documented categories.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { builtinRuleFiles } from '../src/builtin.js';
import { checks } from '../src/checks/index.js';
import { resolveProfile } from '../src/engine/profiles.js';
import { placeholdersOf } from '../src/engine/messages.js';
import { categories, profiles, rules } from '../src/node.js';

const root = new URL('../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const ruleFiles = readdirSync(new URL('rules/', root)).filter((f) => f.endsWith('.json') && f !== 'categories.json');
const seedsDir = new URL('../shared/seeds/', root);
/** The source documents live beside the repository (in development and CI); a packed copy has none to cite against. */
const haveShared = existsSync(seedsDir);

describe('rule files', () => {
  it('every JSON file in rules/ is bundled, and its file name is its id', () => {
    expect(ruleFiles.length).toBe(builtinRuleFiles.length);
    for (const file of ruleFiles) {
      const data = JSON.parse(read(`rules/${file}`));
      expect(`${data.id}.json`).toBe(file);
      expect(rules.map((r) => r.id)).toContain(data.id);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a test file that runs the RuleTester on it', () => {
        const path = `test/rules/${rule.id}.test.ts`;
        expect(existsSync(new URL(path, root)), path).toBe(true);
        expect(read(path)).toContain(`ruleTester('${rule.id}'`);
      });
      it.skipIf(!haveShared)('cites seeds that exist and contain the cited section', () => {
        for (const { seed, section } of rule.seeds) {
          const path = new URL(seed, seedsDir);
          expect(existsSync(path), `${seed} exists`).toBe(true);
          const text = readFileSync(path, 'utf8').replace(/\s+/g, '');
          expect(text, `${seed} should contain "${section}"`).toContain(section.replace(/\s+/g, '').replace(/^\d+(\.\d+)*/, ''));
        }
      });
      it('uses the same placeholders in both languages', () => {
        for (const [code, p] of Object.entries(rule.problems)) {
          for (const part of ['message', 'hint'] as const) {
            expect(placeholdersOf(p[part]['zh-CN']).sort(), `${code}.${part}`).toEqual(placeholdersOf(p[part].en).sort());
          }
        }
      });
    });
  }

  it('README lists every rule', () => {
    const readme = read('README.md');
    expect(rules.filter((r) => !readme.includes(`| \`${r.id}\` |`)).map((r) => r.id)).toEqual([]);
  });

  it('every check is run by exactly one rule', () => {
    expect(checks.map((c) => c.name).sort()).toEqual(rules.map((r) => r.check).sort());
  });
});

describe('catalog', () => {
  it.skipIf(!haveShared)('has exactly the category ids documented in DOMAIN.md', () => {
    const domainPath = new URL('DOMAIN.md', new URL('../shared/', root));
    const documented = [...readFileSync(domainPath, 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(categories.map((c) => c.id).sort()).toEqual(documented.sort());
  });
  it('every category is used by at least one rule', () => {
    const used = new Set(rules.flatMap((r) => Object.values(r.problems).map((p) => p.category)));
    const unused = categories.filter((c) => !used.has(c.id)).map((c) => c.id);
    expect(unused).toEqual([]);
  });
});

describe('profiles', () => {
  const builtins = new Map(Object.entries(profiles));
  for (const id of ['strict', 'aliyun', 'tencent', 'huawei']) {
    it(`${id} resolves and gives every enabled rule valid options`, () => {
      const resolved = resolveProfile(id, builtins);
      for (const rule of rules) {
        const setting = resolved.rules.get(rule.id);
        if (setting?.off) continue;
        const check = checks.find((c) => c.name === rule.check)!;
        if (!check.options) continue;
        const result = z.safeParse(check.options, setting?.options ?? {});
        expect(result.success, `${id}: options of ${rule.id}: ${result.success ? '' : z.prettifyError(result.error)}`).toBe(true);
      }
    });
  }
  it('registrar profiles extend strict', () => {
    for (const id of ['aliyun', 'tencent', 'huawei']) expect(resolveProfile(id, builtins).chain[0]).toBe('strict');
  });
});

describe('data', () => {
  it('name-markers.json: every list described, non-empty, without blanks or duplicates', () => {
    const List = z.object({ description: z.string().check(z.minLength(10)), values: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) });
    const data = JSON.parse(read('rules/data/name-markers.json')) as Record<string, unknown>;
    const lists = Object.entries(data).filter(([key]) => key !== '$comment');
    expect(lists.length).toBeGreaterThanOrEqual(8);
    for (const [key, list] of lists) {
      const parsed = z.safeParse(List, list);
      expect(parsed.success, key).toBe(true);
      const values = (list as { values: string[] }).values;
      expect(values.filter((v, i) => values.indexOf(v) !== i), `${key} duplicates`).toEqual([]);
      expect(values.filter((v) => v !== v.trim()), `${key} padded`).toEqual([]);
    }
  });
});
