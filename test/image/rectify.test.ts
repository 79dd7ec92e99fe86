import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FileFacts } from '../../src/files/facts.js';
import { fromBytes } from '../../src/files/source.js';
import { nodeDecoder } from '../../src/image/decode-node.js';
import { quadToSquare, rectify, squareToQuad, uprightQuad } from '../../src/image/rectify.js';
import type { Quad } from '../../src/image/types.js';
import { canvas, drawDocument, idCard, meanRgb, tiltedQuad, wood } from './draw.js';

const isRed = ([r, g, b]: number[]) => r! > 150 && g! < 90 && b! < 90;

describe('rectify', () => {
  it('maps the unit square onto the quad and back', () => {
    const q: Quad = [[12, 30], [410, 5], [455, 290], [40, 260]];
    const fwd = squareToQuad(q), inv = quadToSquare(q);
    expect(fwd(0, 0)).toEqual([12, 30]);
    for (const [u, v] of [[1, 0], [1, 1], [0, 1]] as const) {
      const [x, y] = fwd(u, v);
      expect(Math.hypot(x - q[u + v === 2 ? 2 : u === 1 ? 1 : 3]![0], y - q[u + v === 2 ? 2 : u === 1 ? 1 : 3]![1])).toBeLessThan(1e-6);
    }
    const [u, v] = inv(...fwd(0.3, 0.7));
    expect(u).toBeCloseTo(0.3, 6);
    expect(v).toBeCloseTo(0.7, 6);
  });

  it('undoes tilt and perspective: the card comes out upright, in its proportions, its marker top-left', () => {
    const img = canvas(640, 480, wood);
    const quad = tiltedQuad(320, 240, 420, 265, 9, 0.08);
    drawDocument(img, quad, (u, v) => idCard(u, v, true));
    const out = rectify(img, quad);
    expect(out.width / out.height).toBeGreaterThan(1.45);
    expect(out.width / out.height).toBeLessThan(1.7);
    const w = out.width, h = out.height;
    expect(isRed(meanRgb(out, 2, 2, Math.round(w * 0.1), Math.round(h * 0.12)))).toBe(true);
    // No desk inside: the paper between the text and the portrait is pale, and the bottom number line is dark.
    expect(Math.min(...meanRgb(out, Math.round(w * 0.5), Math.round(h * 0.7), Math.round(w * 0.6), Math.round(h * 0.78)))).toBeGreaterThan(215);
    expect(Math.max(...meanRgb(out, Math.round(w * 0.2), Math.round(h * 0.81), Math.round(w * 0.8), Math.round(h * 0.86)))).toBeLessThan(170);
  });

  it('undoes a content rotation when the corners are rolled', () => {
    for (const rotation of [90, 180, 270] as const) {
      const img = canvas(600, 600, wood);
      // A card stored turned `rotation` degrees clockwise: its content's top-left sits at picture corner k.
      const upright = rotation === 180 ? tiltedQuad(300, 300, 440, 277) : tiltedQuad(300, 300, 277, 440);
      const content = (u: number, v: number) =>
        rotation === 90 ? idCard(v, 1 - u, true) : rotation === 180 ? idCard(1 - u, 1 - v, true) : idCard(1 - v, u, true);
      drawDocument(img, upright, content, 0.04, rotation === 180 ? 1.586 : 1 / 1.586);
      const out = rectify(img, uprightQuad(upright, rotation));
      expect(out.width, String(rotation)).toBeGreaterThan(out.height);
      expect(isRed(meanRgb(out, 2, 2, Math.round(out.width * 0.1), Math.round(out.height * 0.12))), String(rotation)).toBe(true);
    }
  });

  it('honours the asked width and never returns an empty image', () => {
    const img = canvas(50, 40, wood);
    expect(rectify(img, [[0, 0], [49, 0], [49, 39], [0, 39]], 200).width).toBe(200);
    const degenerate = rectify(img, [[5, 5], [5, 5], [5, 5], [5, 5]]);
    expect(degenerate.width * degenerate.height).toBeGreaterThan(0);
    const tiny = rectify(canvas(1, 1, wood), [[0, 0], [1, 0], [1, 1], [0, 1]], 3);
    expect(tiny.data.length).toBe(tiny.width * tiny.height * 4);
  });
});

describe('FileFacts.documentImage', () => {
  it('is the upright document of a photo of a card on a desk', async () => {
    const img = canvas(900, 640, wood);
    const quad = tiltedQuad(450, 320, 600, 378, 6);
    drawDocument(img, quad, (u, v) => idCard(u, v, true));
    const jpeg = await sharp(Buffer.from(img.data), { raw: { width: 900, height: 640, channels: 4 } }).jpeg({ quality: 90 }).toBuffer();
    const facts = new FileFacts(fromBytes('card.jpg', new Uint8Array(jpeg)), { decoder: nodeDecoder() });
    const doc = (await facts.documentImage())!;
    expect(doc.width / doc.height).toBeGreaterThan(1.4);
    expect(doc.width).toBeLessThan(700);
    expect(isRed(meanRgb(doc, 3, 3, Math.round(doc.width * 0.09), Math.round(doc.height * 0.1)))).toBe(true);
  });
  it('is null for a file that is not an image', async () => {
    const facts = new FileFacts(fromBytes('notes.txt', new TextEncoder().encode('hello')), { decoder: nodeDecoder() });
    expect(await facts.documentImage()).toBeNull();
  });
});
