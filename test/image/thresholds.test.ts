/**
 * Every image fixture through the quality metrics, with the thresholds of the strict profile: each clean image passes
 * every quality rule, each broken variant is caught by the metric meant for it. Prints the margins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFor, manifest } from './fixture-metrics.js';

const strict = JSON.parse(readFileSync(new URL('../../rules/profiles/strict.json', import.meta.url), 'utf8')).rules;
const clarity = strict['image-clarity'].options;
const colour = strict['image-colour'].options;
const edge = strict['image-completeness'].options.minEdgeCoverage;

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
  it('completeness (edge coverage on 1-3 sides)', () => {
    const cut = (r: (typeof measured)[number]) => {
      const n = Object.values(r.m.region.edgeCoverage).filter((v) => v >= edge).length;
      return r.m.region.separated && n > 0 && n < 4;
    };
    for (const r of clean) expect(cut(r), r.e.file).toBe(false);
    for (const r of with_('cut-edge')) expect(cut(r), r.e.file).toBe(true);
    report.push(`edge coverage: limit ${edge}; clean max ${Math.max(...clean.map((r) => Math.max(...Object.values(r.m.region.edgeCoverage).filter((v) => v < 1)))).toFixed(2)}; cut min ${Math.min(...with_('cut-edge').map((r) => Math.max(...Object.values(r.m.region.edgeCoverage)))).toFixed(2)}`);
    console.log(report.join('\n'));
  });
});
