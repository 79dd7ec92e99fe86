import { describe, expect, it } from 'vitest';
import { findRestrictedTerms, hasRestrictedTerm } from '../../src/text/restricted-terms.js';

// Test list only: the real list lives in rule/profile data (seed 003 names 中国, 国家, 中华, 全国, China).
const TERMS = ['中国', '国家', '中华', '全国', 'China'];

describe('findRestrictedTerms', () => {
  it('finds Chinese terms with positions', () => {
    expect(findRestrictedTerms('中国某某科技有限公司', TERMS)).toEqual([{ term: '中国', index: 0, length: 2, matched: '中国' }]);
  });

  it('is case-insensitive for Latin', () => {
    const found = findRestrictedTerms('CHINA Trading china', TERMS);
    expect(found.map((m) => [m.index, m.matched])).toEqual([
      [0, 'CHINA'],
      [14, 'china'],
    ]);
  });

  it('is width-insensitive', () => {
    expect(findRestrictedTerms('Ｃｈｉｎａ Ｔｒａｄｉｎｇ', TERMS)).toEqual([
      { term: 'China', index: 0, length: 5, matched: 'Ｃｈｉｎａ' },
    ]);
    expect(findRestrictedTerms('某某 ＣＨＩＮＡ', TERMS)[0]?.matched).toBe('ＣＨＩＮＡ');
  });

  it('ignores spaces and invisible characters inside the term', () => {
    expect(findRestrictedTerms('中 国某某', TERMS)).toEqual([{ term: '中国', index: 0, length: 3, matched: '中 国' }]);
    expect(findRestrictedTerms('某某中\u3000华', TERMS)[0]).toMatchObject({ term: '中华', index: 2, length: 3 });
    expect(findRestrictedTerms('Chi\u200bna', TERMS)[0]).toMatchObject({ term: 'China', index: 0, length: 6 });
    expect(findRestrictedTerms('C h i n a', TERMS)).toHaveLength(1);
    expect(findRestrictedTerms('中\u202E国', TERMS)[0]).toMatchObject({ term: '中国', index: 0, length: 3 });
    expect(findRestrictedTerms('中\u{E0041}\u2800国', TERMS)[0]).toMatchObject({ term: '中国', index: 0, length: 5 });
  });

  it('also ignores spaces inside the listed term', () => {
    expect(findRestrictedTerms('中华人民', ['中 华'])).toEqual([{ term: '中 华', index: 0, length: 2, matched: '中华' }]);
  });

  it('reports every occurrence, overlapping ones too, sorted by position', () => {
    const found = findRestrictedTerms('全国中华中国家', TERMS);
    expect(found.map((m) => [m.term, m.index])).toEqual([
      ['全国', 0],
      ['中华', 2],
      ['中国', 4],
      ['国家', 5],
    ]);
  });

  it('matches Latin terms as whole words only', () => {
    expect(hasRestrictedTerm('Chinatown Deli', TERMS)).toBe(false);
    expect(hasRestrictedTerm('Indochina Trading', TERMS)).toBe(false);
    expect(hasRestrictedTerm('Indo-China Trading', TERMS)).toBe(true);
    expect(hasRestrictedTerm("China's Best", TERMS)).toBe(true);
    expect(hasRestrictedTerm('ChinaNet', TERMS)).toBe(false);
    expect(findRestrictedTerms('Made in China', TERMS)).toEqual([{ term: 'China', index: 8, length: 5, matched: 'China' }]);
    // Han text has no word boundaries: a Latin term right next to Han characters is a word of its own.
    expect(hasRestrictedTerm('某某China科技', TERMS)).toBe(true);
  });

  it('matches Han terms inside longer Han text', () => {
    expect(findRestrictedTerms('某某中国有限公司', TERMS)).toEqual([{ term: '中国', index: 2, length: 2, matched: '中国' }]);
  });

  it('catches the traditional forms of the listed terms', () => {
    for (const [text, term] of [['中國某某', '中国'], ['中華某某', '中华'], ['國家級', '国家'], ['全國代理', '全国'], ['台灣中國城', '中国']]) {
      expect(findRestrictedTerms(text!, TERMS).map((m) => m.term), text).toContain(term);
    }
    expect(findRestrictedTerms('中華民國', ['中華'])[0]).toMatchObject({ term: '中華', index: 0, length: 2, matched: '中華' });
    expect(findRestrictedTerms('中华', ['中華'])).toHaveLength(1);
  });

  it('finds nothing in clean text, ignores empty terms', () => {
    expect(findRestrictedTerms('北京某某科技有限公司', TERMS)).toEqual([]);
    expect(findRestrictedTerms('abc', ['', '  '])).toEqual([]);
    expect(findRestrictedTerms('', TERMS)).toEqual([]);
    expect(hasRestrictedTerm('Chin a', ['Chinas'])).toBe(false);
  });

  it('keeps positions right after astral characters', () => {
    expect(findRestrictedTerms('𠮷中国', TERMS)).toEqual([{ term: '中国', index: 2, length: 2, matched: '中国' }]);
  });
});
