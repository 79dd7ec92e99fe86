import { describe, expect, it } from 'vitest';
import { findDocument } from '../../src/image/document.js';
import type { Quad } from '../../src/image/types.js';
import { canvas, drawDocument, idCard, scenes, solid, tiltedQuad, wood } from './draw.js';

const cornerError = (a: Quad, b: Quad) => Math.max(...a.map((p, k) => Math.hypot(p[0] - b[k]![0], p[1] - b[k]![1])));

describe('findDocument', () => {
  it('finds a tilted card with perspective on wood, white and dark tables, whole', () => {
    for (const [name, bg] of [['wood', wood], ['white', solid([246, 246, 244])], ['dark', solid([55, 58, 66])]] as const) {
      const img = canvas(900, 650, bg);
      const quad = tiltedQuad(450, 325, 600, 378, 7, 0.08);
      drawDocument(img, quad, idCard);
      const d = findDocument(img);
      expect(d.found, name).toBe(true);
      expect(cornerError(d.quad, quad), name).toBeLessThan(12);
      expect(d.cutSides, name).toEqual([]);
      expect(d.count, name).toBe(1);
    }
  });

  it('finds a card turned 30 degrees', () => {
    const img = canvas(1000, 760, solid([248, 248, 248]));
    const quad = tiltedQuad(500, 380, 560, 353, 30);
    drawDocument(img, quad, idCard);
    const d = findDocument(img);
    expect(cornerError(d.quad, quad)).toBeLessThan(10);
    expect(d.fillsFrame).toBe(false);
  });

  it('counts front and back side by side as two documents', () => {
    expect(findDocument(scenes.twoCards()).count).toBe(2);
  });

  it('finds no document in noise or in a uniform picture, confidently', () => {
    for (const img of [scenes.noise(), canvas(640, 480, solid([128, 128, 128]))]) {
      const d = findDocument(img);
      expect(d.found).toBe(false);
      expect(d.confidence).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('tells an upside-down card front from an upright one', () => {
    expect(findDocument(scenes.cardOnWood((u, v) => idCard(1 - u, 1 - v))).rotation).toBe(180);
    expect(findDocument(scenes.cardOnWood()).rotation).toBe(0);
  });

  it('says nothing about a picture too small to judge, and never throws on odd sizes', () => {
    const tiny = findDocument(canvas(10, 10, solid([200, 200, 200])));
    expect(tiny.found).toBe(true);
    expect(tiny.confidence).toBe(0);
    for (const [w, h] of [[1, 1], [2000, 24], [24, 900], [31, 31]] as const) expect(() => findDocument(canvas(w, h, wood))).not.toThrow();
  });
});
