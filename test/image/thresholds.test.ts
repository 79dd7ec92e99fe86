/**
 * Every image fixture through the quality metrics, with the thresholds of the strict profile: each clean image passes
 * every quality rule, each broken variant is caught by the metric meant for it. Prints the margins. Then the same at
 * rule level, resolution included: every image through the public validate, its quality findings against its defects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate, type Finding } from '../../src/node.js';
import { FIXTURES, factsFor, manifest, type FixtureEntry } from './fixture-metrics.js';

const strict = JSON.parse(readFileSync(new URL('../../rules/profiles/strict.json', import.meta.url), 'utf8')).rules;
const clarity = strict['image-clarity'].options;
const colour = strict['image-colour'].options;

const QUALITY_DEFECTS = ['blur', 'motion-blur', 'greyscale', 'dark', 'overexposed', 'cut-edge'];

describe('quality thresholds over the whole fixture set', async () => {
  const rows = await Promise.all(manifest.images.filter((e) => e.kind).map(async (e) => ({ e, m: await factsFor(e.file).metrics() })));
  const measured = rows.filter((r) => r.m) as Array<{ e: (typeof rows)[number]['e']; m: NonNullable<(typeof rows)[number]['m']> }>;
  const clean = measured.filter((r) => !r.e.defects.some((d) => QUALITY_DEFECTS.includes(d)));
  const with_ = (d: string) => measured.filter((r) => r.e.defects.includes(d));
  const report: string[] = [];
  const margin = (name: string, okValues: number[], badValues: number[], limit: number, badAbove: boolean) => {
    const worstOk = badAbove ? Math.max(...okValues) : Math.min(...okValues);
    const bestBad = badAbove ? Math.min(...badValues) : Math.max(...badValues);
    report.push(`${name}: limit ${limit}; clean worst ${worstOk.toFixed(3)}; defective least ${bestBad.toFixed(3)}`);
    if (badAbove) { expect(worstOk).toBeLessThan(limit); expect(bestBad).toBeGreaterThan(limit); }
    else { expect(worstOk).toBeGreaterThan(limit); expect(bestBad).toBeLessThan(limit); }
  };

  it('has clean and defective images measured', () => {
    expect(clean.length).toBeGreaterThan(15);
    for (const d of QUALITY_DEFECTS) expect(with_(d).length, d).toBeGreaterThan(0);
  });
  it('blur (re-blur score)', () => margin('blur', clean.map((r) => r.m.sharpness.blur), with_('blur').map((r) => r.m.sharpness.blur), clarity.maxBlur, true));
  it('motion blur (directional spread)', () => margin('motion', [...clean, ...with_('blur')].map((r) => r.m.sharpness.motion), with_('motion-blur').map((r) => r.m.sharpness.motion), clarity.maxMotion, true));
  it('colour (residual chroma p99)', () => margin('chroma', clean.map((r) => r.m.colour.chromaP99), with_('greyscale').map((r) => r.m.colour.chromaP99), colour.minChroma, false));
  it('dark (median luma)', () => margin('median luma', clean.map((r) => r.m.exposure.median), with_('dark').map((r) => r.m.exposure.median), clarity.minMedianLuma, false));
  it('overexposed (clipped share)', () => margin('clipped', clean.map((r) => r.m.exposure.clippedHigh), with_('overexposed').map((r) => r.m.exposure.clippedHigh), clarity.maxClippedHigh, true));
  it('completeness (document cut by the picture edge, on positive evidence)', () => {
    const cut = (r: (typeof measured)[number]) => r.m.document.cutSides.length > 0 && !r.m.document.borderCropped;
    for (const r of clean) expect(cut(r), r.e.file).toBe(false);
    for (const r of with_('cut-edge')) expect(cut(r), r.e.file).toBe(true);
    for (const r of clean) expect(r.m.document.found, r.e.file).toBe(true);
    report.push(`completeness: clean with cut sides ${clean.filter(cut).length}/${clean.length}; cut-edge caught ${with_('cut-edge').filter(cut).length}/${with_('cut-edge').length}`);
    console.log(report.join('\n'));
  });
});

/** The quality rules, and per manifest defect the rule (and codes) meant to catch it. */
const QUALITY_RULES = ['image-resolution', 'image-colour', 'image-clarity', 'image-completeness', 'image-overlay', 'image-glare', 'image-obstruction', 'image-seal', 'image-detail'];
const MEANT: Record<string, { rule: string; codes: string[] }> = {
  'low-resolution': { rule: 'image-resolution', codes: ['too-small', 'small'] },
  greyscale: { rule: 'image-colour', codes: ['greyscale'] },
  blur: { rule: 'image-clarity', codes: ['blurred'] },
  'motion-blur': { rule: 'image-clarity', codes: ['motion-blurred'] },
  dark: { rule: 'image-clarity', codes: ['too-dark'] },
  overexposed: { rule: 'image-clarity', codes: ['overexposed'] },
  'cut-edge': { rule: 'image-completeness', codes: ['cut-edge'] },
};

describe('quality rules over the whole fixture set (validate, strict profile)', () => {
  const results: Array<{ e: FixtureEntry; findings: Finding[] }> = [];
  beforeAll(async () => {
    const queue = [...manifest.images];
    const worker = async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        const data = new Uint8Array(readFileSync(path.join(FIXTURES, e.file)));
        const report = await validate({ files: [{ name: e.file, data }] }, { now: '2026-06-15', lang: 'en' });
        results.push({ e, findings: report.findings.filter((f) => QUALITY_RULES.includes(f.rule)) });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  });
  const meant = (e: FixtureEntry) => e.defects.filter((d) => d in MEANT);

  it('checks every image in the manifest', () => {
    expect(results).toHaveLength(manifest.images.length);
    for (const d of Object.keys(MEANT)) expect(results.some((r) => r.e.defects.includes(d)), d).toBe(true);
  });
  it('gives no quality finding to an image the manifest calls clean', () => {
    const clean = results.filter((r) => meant(r.e).length === 0);
    expect(clean.length).toBeGreaterThan(15);
    const flagged = clean.filter((r) => r.findings.length > 0).map((r) => `${r.e.file}: ${r.findings.map((f) => `${f.rule}/${f.code}`).join(', ')}`);
    expect(flagged).toEqual([]);
  });
  it('catches each broken variant with the rule meant for it, and with no other quality rule', () => {
    const wrong: string[] = [];
    for (const r of results.filter((x) => meant(x.e).length > 0)) {
      const want = meant(r.e).map((d) => MEANT[d]!);
      const rules = [...new Set(want.map((m) => m.rule))].sort();
      const got = [...new Set(r.findings.map((f) => f.rule))].sort();
      const codesOk = r.findings.every((f) => want.some((m) => m.rule === f.rule && m.codes.includes(f.code)));
      if (JSON.stringify(got) !== JSON.stringify(rules) || !codesOk) {
        wrong.push(`${r.e.file} (${meant(r.e).join(', ')}): ${r.findings.map((f) => `${f.rule}/${f.code}`).join(', ') || 'no finding'}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
