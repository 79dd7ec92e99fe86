import { describe, expect, it } from 'vitest';
import { escapeInvisible, invisibleLength, invisibleMask } from '../../src/text/invisible.js';

describe('invisible characters', () => {
  it('finds controls, bidi controls, fillers, tags and lone surrogates, not visible text or spaces', () => {
    for (const ch of ['\u0000', '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C', '\u3164', '\u2800', '\u115F', '\u1160', '\uFFA0', '\uFE0F', '\u034F']) {
      expect(invisibleLength(ch, 0), `U+${ch.charCodeAt(0).toString(16)}`).toBe(1);
    }
    expect(invisibleLength('\u{E0041}', 0)).toBe(2);
    expect(invisibleLength('\u{E007F}', 0)).toBe(2);
    expect(invisibleLength('\u{E0100}', 0)).toBe(2);
    expect(invisibleLength('\uD800x', 0)).toBe(1);
    expect(invisibleLength('x\uDC00', 1)).toBe(1);
    // Visible characters, and the space-like ones width.ts reports as spaces.
    for (const s of ['a', '中', '𠮷', ' ', '\u3000', '\u00A0', '\u200B', '\uFEFF']) expect(invisibleLength(s, 0), s).toBe(0);
    expect(invisibleLength('𠮷', 1)).toBe(0);
    expect([...invisibleMask('a\u{E0041}b\uD800')]).toEqual([0, 1, 1, 0, 1]);
  });

  it('spells out invisible and space-like characters other than U+0020', () => {
    expect(escapeInvisible('abc 中国')).toBe('abc 中国');
    expect(escapeInvisible('a\u202Eb')).toBe('aU+202Eb');
    expect(escapeInvisible('\u{E0041}x\uD800')).toBe('U+E0041xU+D800');
    expect(escapeInvisible('某\u3000某\u200B')).toBe('某U+3000某U+200B');
    expect(escapeInvisible('𠮷\n')).toBe('𠮷U+000A');
  });
});
