import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNameTyping,
  hasHan,
  isLatinName,
  looksLikeOrganizationName,
  looksLikePersonName,
} from '../../src/text/names.js';
import { findRestrictedTerms } from '../../src/text/restricted-terms.js';
import {
  findFullWidth,
  findFullWidthBrackets,
  findHalfWidthBrackets,
  findSpaces,
  hasFullWidth,
  removeSpaces,
  toHalfWidth,
} from '../../src/text/width.js';

// Full Unicode code points, plus strings built from the characters these modules care about.
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(' ', '\u3000', '\u00a0', '\u200b', '（', '）', '(', ')', '【', '·', '・', '中', '国', 'C', 'ｈ', '公司', '1', '+', '.', '\u0000', '\ud800'),
    maxLength: 40,
  }),
);
const modes = fc.record({
  brackets: fc.constantFrom('half-width' as const, 'full-width' as const, 'any' as const),
  spaces: fc.constantFrom('forbid' as const, 'allow' as const),
  maxLength: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  fullWidthAlphanumerics: fc.option(fc.constantFrom('forbid' as const, 'allow' as const), { nil: undefined }),
});

describe('text helpers never throw', () => {
  it('width helpers', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        toHalfWidth(s);
        hasFullWidth(s);
        findFullWidth(s);
        findFullWidthBrackets(s);
        findHalfWidthBrackets(s);
        findSpaces(s);
        removeSpaces(s);
      }),
    );
  });

  it('toHalfWidth keeps the length and removes all full-width characters', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const h = toHalfWidth(s);
        expect(h.length).toBe(s.length);
        expect(hasFullWidth(h)).toBe(false);
      }),
    );
  });

  it('name helpers', () => {
    fc.assert(
      fc.property(anyString, modes, (s, opts) => {
        looksLikeOrganizationName(s);
        looksLikePersonName(s);
        hasHan(s);
        isLatinName(s);
        const r = checkNameTyping(s, opts);
        if (r.suggestion !== undefined) {
          // A suggestion never brings back the problems it fixes.
          const again = checkNameTyping(r.suggestion, opts).problems.map((p) => p.code);
          for (const code of ['spaces', 'leading-trailing-space', 'full-width-brackets', 'half-width-brackets', 'control-chars', 'nonstandard-middle-dot']) {
            expect(again).not.toContain(code);
          }
        }
      }),
    );
  });

  it('restricted terms', () => {
    fc.assert(
      fc.property(anyString, fc.array(anyString, { maxLength: 5 }), (s, terms) => {
        for (const m of findRestrictedTerms(s, terms)) {
          expect(s.slice(m.index, m.index + m.length)).toBe(m.matched);
        }
      }),
    );
  });
});
