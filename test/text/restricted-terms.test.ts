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

  it('matches substrings (registrars do)', () => {
    expect(hasRestrictedTerm('Chinatown Deli', TERMS)).toBe(true);
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
