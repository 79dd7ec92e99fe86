import { describe, expect, it } from 'vitest';
import {
  findFullWidth,
  findFullWidthBrackets,
  findHalfWidthBrackets,
  findSpaces,
  hasFullWidth,
  removeSpaces,
  toFullWidthBrackets,
  toHalfWidth,
  toHalfWidthBrackets,
} from '../../src/text/width.js';

describe('toHalfWidth', () => {
  it('converts full-width letters, digits, punctuation and the ideographic space', () => {
    expect(toHalfWidth('９１３５０１００Ｍ')).toBe('91350100M');
    expect(toHalfWidth('Ｃｈｉｎａ　Ｃｏ．，Ｌｔｄ．')).toBe('China Co.,Ltd.');
    expect(toHalfWidth('某某（北京）')).toBe('某某(北京)');
    expect(toHalfWidth('￥１００')).toBe('\u00a5100');
  });
  it('leaves half-width text, Han characters, 【】 and CJK punctuation alone', () => {
    expect(toHalfWidth('abc 123')).toBe('abc 123');
    expect(toHalfWidth('【北京】、。')).toBe('【北京】、。');
    expect(toHalfWidth('')).toBe('');
  });
});

describe('hasFullWidth / findFullWidth', () => {
  it('detects full-width characters with positions', () => {
    expect(hasFullWidth('ABC１')).toBe(true);
    expect(hasFullWidth('a\u3000b')).toBe(true);
    expect(hasFullWidth('张三(北京)')).toBe(false);
    expect(findFullWidth('A１B２')).toEqual([
      { index: 1, char: '１' },
      { index: 3, char: '２' },
    ]);
  });
});

describe('brackets', () => {
  it('finds full-width brackets with UTF-16 positions', () => {
    expect(findFullWidthBrackets('某某（北京）【分】')).toEqual([
      { index: 2, char: '（' },
      { index: 5, char: '）' },
      { index: 6, char: '【' },
      { index: 8, char: '】' },
    ]);
    expect(findFullWidthBrackets('某某(北京)')).toEqual([]);
  });
  it('finds half-width brackets', () => {
    expect(findHalfWidthBrackets('某某(北京)')).toEqual([
      { index: 2, char: '(' },
      { index: 5, char: ')' },
    ]);
  });
  it('converts in both directions', () => {
    expect(toHalfWidthBrackets('某某（北京）【一】')).toBe('某某(北京)[一]');
    expect(toFullWidthBrackets('某某(北京)')).toBe('某某（北京）');
  });
  it('positions are UTF-16 offsets even after astral characters', () => {
    expect(findFullWidthBrackets('𠮷（')).toEqual([{ index: 2, char: '（' }]);
  });
});

describe('findSpaces / removeSpaces', () => {
  it('classifies ASCII, ideographic, no-break and zero-width spaces', () => {
    const s = 'a b\u3000c\u00a0d\u200be\tf';
    expect(findSpaces(s).map((p) => [p.index, p.kind])).toEqual([
      [1, 'space'],
      [3, 'ideographic-space'],
      [5, 'no-break-space'],
      [7, 'zero-width'],
      [9, 'tab'],
    ]);
    expect(removeSpaces(s)).toBe('abcdef');
  });
  it('finds nothing in a clean string', () => {
    expect(findSpaces('北京某某科技有限公司')).toEqual([]);
    expect(findSpaces('\ufeffx')).toEqual([{ index: 0, char: '\ufeff', kind: 'zero-width' }]);
  });
});
