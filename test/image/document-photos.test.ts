/**
 * findDocument on photos from the project's generator (scripts/photos): acceptable photos on every surface, filling
 * the frame, tilted, 8 MP, get no completeness finding; cut, cropped, two-sided, sideways and document-less photos get theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FileFacts } from '../../src/files/facts.js';
import { fromBytes } from '../../src/files/source.js';
import { nodeDecoder } from '../../src/image/decode-node.js';
import type { DocumentLocation } from '../../src/image/document.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

const IDS = [
  // acceptable: wood, white table, light table, cloth, scanner bed filling the frame, dark table, 8 MP, 12 MP
  'ok-id-front-3', 'ok-id-front-1', 'ok-id-front-2', 'ok-id-front-5', 'ok-id-front-4', 'ok-business-license-6',
  'ok-passport-5', 'ok-id-back-5', 'ok-business-license-portrait-1',
  'cut-edge-1', 'cut-edge-2', 'cut-edge-3', 'cut-edge-4', 'border-cropped-1', 'border-cropped-4', 'two-sides-2', 'low-document-resolution-1', 'no-document-1', 'no-document-3', 'rotated-90-2',
];

const found = new Map<string, { d: DocumentLocation; acceptable: boolean; defects: string[] }>();

beforeAll(async () => {
  for (const id of IDS) {
    const spec = PHOTO_SET.find((s) => s.id === id);
    if (!spec) throw new Error(`no photo ${id} in the set`);
    const photo = await renderPhoto(spec);
    const facts = new FileFacts(fromBytes(`${id}.jpg`, new Uint8Array(photo.buffer)), { decoder: nodeDecoder() });
    found.set(id, { d: (await facts.metrics())!.document, acceptable: photo.truth.acceptable, defects: photo.truth.defects });
  }
}, 240_000);

describe('findDocument on generated photos', () => {
  it('gives acceptable photos no completeness or orientation evidence', () => {
    const wrong = [...found].filter(([, r]) => r.acceptable).filter(([, { d }]) =>
      !d.found || d.cutSides.length > 0 || d.borderCropped || d.count !== 1 || (d.rotation !== 0 && d.rotationConfidence >= 0.8));
    expect(wrong.map(([id, { d }]) => `${id}: ${JSON.stringify({ ...d, quad: undefined, box: undefined })}`)).toEqual([]);
    expect([...found.values()].filter((r) => r.acceptable).length).toBe(9);
  });
  it('finds the cut sides of a document running off the picture', () => {
    expect(found.get('cut-edge-2')!.d.cutSides.sort()).toEqual(['bottom', 'right']);
  });
  it('takes the card around its portrait for the document when print surrounds the portrait', () => {
    const { d } = found.get('cut-edge-1')!;
    expect(d.cutSides).toEqual(['left']);
    expect(d.borderCropped).toBe(false);
  });
  it("takes the picture's edge for the side of a card cut there, not a line printed inside it", () => {
    expect(found.get('cut-edge-3')!.d.cutSides).toEqual(['bottom']);
    expect(found.get('cut-edge-4')!.d.cutSides).toEqual(['top']);
  });
  it('tells a scan cropped inside the printed border or the card edge', () => {
    for (const id of ['border-cropped-1', 'border-cropped-4']) {
      const { d } = found.get(id)!;
      expect(d.borderCropped, id).toBe(true);
      expect(d.cutSides.length, id).toBeGreaterThanOrEqual(2);
    }
  });
  it('finds a card far off on a large desk, whole and alone', () => {
    const { d } = found.get('low-document-resolution-1')!;
    expect(d.found && d.alone && !d.fillsFrame).toBe(true);
    expect((d.box.x1 - d.box.x0) * (d.box.y1 - d.box.y0)).toBeLessThan(0.03 * 1000 * 750);
  });
  it('counts both sides on one sheet', () => {
    expect(found.get('two-sides-2')!.d.count).toBe(2);
  });
  it('finds no document in a photo of a bare surface', () => {
    for (const id of ['no-document-1', 'no-document-3']) {
      const { d } = found.get(id)!;
      expect(d.found, id).toBe(false);
      expect(d.confidence, id).toBeGreaterThanOrEqual(0.8);
    }
  });
  it('tells a document lying on its side', () => {
    const { d } = found.get('rotated-90-2')!;
    expect([90, 270]).toContain(d.rotation);
    expect(d.rotationConfidence).toBeGreaterThanOrEqual(0.8);
  });
});
