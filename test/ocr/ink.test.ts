/** Ink coverage: thin dark strokes count, the table beside a card, its shadow and a faint pattern do not. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLANK_INK, inkCoverage } from '../../src/ocr/ink.js';
import type { RgbaImage } from '../../src/image/types.js';
import { idCardLines, renderCard } from './cards.js';

async function decode(jpeg: Uint8Array): Promise<RgbaImage> {
  const { data, info } = await sharp(jpeg).resize({ width: 1000 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

describe('ink coverage', () => {
  it('is next to nothing on a blank card back with a faint pattern, on a darker table', async () => {
    expect(inkCoverage(await decode(await renderCard([], { pattern: true })))).toBeLessThan(BLANK_INK);
  });

  it('is well above the blank level on a printed card', async () => {
    expect(inkCoverage(await decode(await renderCard(idCardLines('王小明', '110101199003071233'))))).toBeGreaterThan(5 * BLANK_INK);
  });

  it('is zero on an image too small to hold strokes', () => {
    expect(inkCoverage({ width: 4, height: 4, data: new Uint8Array(64) })).toBe(0);
  });
});
