/**
 * Properties of validate over arbitrary input: it never throws or rejects, every finding is well formed, and every
 * suggested certificate number, once typed, clears the number rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../src/engine/messages.js';
import { categories, rules, validate, type Finding } from '../src/node.js';
import { certificateTypeIds } from '../src/submission/certificate-types.js';

const categoryIds = new Set(categories.map((c) => c.id));
const NUMBER_RULES = new Set(['certificate-number-typing', 'uscc-number', 'resident-id-number', 'residence-permit-number', 'org-code-number', 'registration-number', 'passport-number', 'hk-macau-permit-number', 'taiwan-permit-number']);

function wellFormed(f: Finding): void {
  expect(categoryIds.has(f.category), f.category).toBe(true);
  expect(['error', 'warning']).toContain(f.severity);
  // Every placeholder of the rule's templates was filled (user data may itself contain braces, such as a key "{A}").
  const spec = rules.find((r) => r.id === f.rule)?.problems[f.code];
  for (const part of ['message', 'hint'] as const) {
    for (const name of spec ? placeholdersOf(spec[part]['zh-CN'] + spec[part].en) : []) expect(f[part]).not.toContain(`{${name}}`);
  }
  expect(f.message.length).toBeGreaterThan(0);
  if (f.suggestions) expect(f.suggestions[0]).toBe(f.suggestion);
}

const someString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '（1-1）', 'Ｏ', '\u200b', '长期'));
const certificate = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...certificateTypeIds), someString),
    number: fc.oneof(someString, fc.stringMatching(/^[0-9A-Z]{8,18}$/), fc.anything()),
    issuedOn: fc.oneof(someString, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    expiresOn: fc.oneof(someString, fc.constant('long-term')),
  },
  { requiredKeys: [] },
);
const holder = fc.record(
  { type: fc.oneof(fc.constantFrom('individual', 'organization'), fc.anything()), name: fc.oneof(someString, fc.anything()), region: fc.oneof(fc.constantFrom('CN', 'HK', 'US'), someString), organizationKind: someString },
  { requiredKeys: [] },
);
const submission = fc.oneof(
  fc.anything(),
  fc.record({ holder, certificate, contact: fc.record({ name: someString, phone: someString }, { requiredKeys: [] }), domain: someString, files: fc.anything() }, { requiredKeys: [] }),
);

describe('validate on arbitrary input', () => {
  it('never throws and returns well-formed findings', async () => {
    await fc.assert(
      fc.asyncProperty(submission, fc.constantFrom('strict', 'aliyun', 'tencent', 'huawei'), fc.constantFrom('zh-CN', 'en'), async (s, profile, lang) => {
        const report = await validate(s, { profile, lang: lang as 'zh-CN' | 'en', now: '2026-06-15', baseDir: '/nonexistent' });
        expect(report.ok).toBe(!report.findings.some((f) => f.severity === 'error'));
        report.findings.forEach(wellFormed);
        expect(report.findings.filter((f) => f.code === 'internal-error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every suggested certificate number clears the number rules when typed', async () => {
    const valid: [string, string][] = [
      ['resident-id', '11010519491231002X'], ['resident-id', '440524800101001'], ['business-license', '91350100M000100Y43'],
      ['uscc-certificate', '91350100M000100Y43'], ['org-code-certificate', 'D2143569X'], ['business-license', '110105000001234'],
      ['passport', 'E12345678'], ['hk-macau-permit', 'H12345678'],
    ];
    const damaged = fc.constantFrom(...valid).chain(([type, n]) =>
        fc.array(fc.nat({ max: n.length - 1 }), { maxLength: 2 }).chain((positions) =>
          fc.array(fc.constantFrom('O', 'I', 'B', 'o', 'l', '０', ' ', 'x'), { minLength: positions.length, maxLength: positions.length }).map((chars) => {
            const a = [...n];
            positions.forEach((p, i) => (a[p] = chars[i]!));
            return { type, number: a.join('') };
          }),
        ),
      );
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(damaged, async (certificate) => {
        const s = { holder: { type: 'individual', name: '张三', region: 'CN' }, certificate };
        const report = await validate(s, { now: '2026-06-15' });
        const suggested = report.findings.filter((f) => NUMBER_RULES.has(f.rule)).flatMap((f) => f.suggestions ?? []);
        for (const value of new Set(suggested)) {
          const again = await validate({ ...s, certificate: { ...certificate, number: value } }, { now: '2026-06-15' });
          expect(again.findings.filter((f) => NUMBER_RULES.has(f.rule) && f.severity === 'error'), value).toEqual([]);
          checked++;
        }
      }),
      { numRuns: 200 },
    );
    // The damage above is mostly look-alikes, so many runs must have produced suggestions to check.
    expect(checked).toBeGreaterThan(20);
  });
});
