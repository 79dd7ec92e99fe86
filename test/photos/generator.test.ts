/**
 * The photo generator (scripts/photos): deterministic, its truth says where the document is, and every defect changes
 * the pixels where it says it does. Real sharp rendering of the certificate SVGs (a CJK font is needed: pretest).
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFECT_FINDINGS, DOCUMENTS, PHOTO_SET, defectIds, renderPhoto, type PhotoSpec, type Quad } from '../../scripts/photos/index.mjs';

const SMALL: PhotoSpec = { id: 't', document: 'id-front', background: 'dark-table', megapixels: 0.6, tilt: 5, perspective: 0.2, seed: 3, format: 'png', noise: 3 };

async function pixels(spec: PhotoSpec) {
  const photo = await renderPhoto(spec);
  const { data, info } = await sharp(photo.buffer).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { ...photo, data, w: info.width, h: info.height };
}

const luma = (d: Buffer, w: number, x: number, y: number) => {
  const i = (Math.round(y) * w + Math.round(x)) * 3;
  return 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
};

/** Inside the convex quad (corners in clockwise picture order). */
function inside(q: Quad, x: number, y: number): boolean {
  return q.every((a, i) => {
    const b = q[(i + 1) % 4]!;
    return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) >= 0;
  });
}

/** Mean absolute difference of two same-size pictures, inside and outside `where`. */
function difference(a: Buffer, b: Buffer, w: number, h: number, where: (x: number, y: number) => boolean) {
  let inSum = 0, inN = 0, outSum = 0, outN = 0;
  for (let y = 0; y < h; y += 2) {
    for (let x = 0; x < w; x += 2) {
      const i = (y * w + x) * 3;
      const d = Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
      if (where(x, y)) { inSum += d; inN++; } else { outSum += d; outN++; }
    }
  }
  return { inside: inSum / Math.max(1, inN), outside: outSum / Math.max(1, outN) };
}

/** The picture rectangle of a document area (fractions of the document), for an untilted, unwarped placement. */
function areaBox(q: Quad, area: [number, number, number, number]) {
  const [tl, , br] = q;
  const bw = br[0] - tl[0], bh = br[1] - tl[1];
  return { x0: tl[0] + area[0] * bw, y0: tl[1] + area[1] * bh, x1: tl[0] + area[2] * bw, y1: tl[1] + area[3] * bh };
}

describe('renderPhoto', () => {
  it('gives the same bytes for the same spec, other bytes for another seed', async () => {
    const spec = { ...SMALL, format: undefined, jpegQuality: 85 } as PhotoSpec;
    const [a, b, c] = await Promise.all([renderPhoto(spec), renderPhoto(spec), renderPhoto({ ...spec, seed: 4 })]);
    expect(a.buffer.equals(b.buffer)).toBe(true);
    expect(a.buffer.equals(c.buffer)).toBe(false);
    expect(a.buffer.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(a.truth).toEqual(b.truth);
  });

  it('makes a picture of the asked megapixels with the document inside its truth quad', async () => {
    const p = await pixels({ ...SMALL, megapixels: 2 });
    expect(p.w * p.h).toBeGreaterThan(1.9e6);
    expect(p.w * p.h).toBeLessThan(2.1e6);
    const q = p.truth.quad!;
    for (const [x, y] of q) {
      expect(x).toBeGreaterThanOrEqual(0); expect(x).toBeLessThanOrEqual(p.w);
      expect(y).toBeGreaterThanOrEqual(0); expect(y).toBeLessThanOrEqual(p.h);
    }
    // A pale card on a dark table: bright inside the quad, dark outside it.
    const cx = q.reduce((s, c) => s + c[0], 0) / 4, cy = q.reduce((s, c) => s + c[1], 0) / 4;
    const near = (k: number, f: number) => [cx + (q[k]![0] - cx) * f, cy + (q[k]![1] - cy) * f] as const;
    for (let k = 0; k < 4; k++) {
      expect(luma(p.data, p.w, ...near(k, 0.9))).toBeGreaterThan(150);
      const [ox, oy] = near(k, 1.08);
      if (ox > 0 && oy > 0 && ox < p.w && oy < p.h) expect(luma(p.data, p.w, ox, oy)).toBeLessThan(110);
    }
  });

  it('turns the content and its quad with rotate, and names the defect', async () => {
    const [up, turned] = await Promise.all([pixels({ ...SMALL, tilt: 0, perspective: 0 }), pixels({ ...SMALL, tilt: 0, perspective: 0, rotate: 90 })]);
    expect([turned.w, turned.h]).toEqual([up.h, up.w]);
    expect(turned.truth.defects).toContain('rotated-90');
    expect(turned.truth.expect).toContainEqual({ rule: 'image-orientation', code: 'content-rotated' });
    // Turned clockwise: the picture's top-left corner of the turned quad is the old bottom-left.
    const [, , , bl] = up.truth.quad!;
    expect(turned.truth.quad![0]![0]).toBeCloseTo(up.h - bl[1], 0);
    expect(turned.truth.quad![0]![1]).toBeCloseTo(bl[0], 0);
  });

  it('fills the frame for a scan, leaving only a thin scanner margin', async () => {
    const p = await pixels({ id: 'scan', document: 'id-front', fill: true, megapixels: 0.6, format: 'png' });
    const [tl, , br] = p.truth.quad!;
    expect(br[0] - tl[0]).toBeGreaterThan(p.w * 0.95);
    // The rounded corner shows the scanner bed (near white), the middle of the card edge is the card.
    expect(luma(p.data, p.w, tl[0] + 2, tl[1] + 2)).toBeGreaterThan(240);
  });

  it('runs the document off the picture for cut-edge, on the sides asked', async () => {
    const p = await renderPhoto({ ...SMALL, defects: ['cut-edge'], cutSides: ['left'] });
    const xs = p.truth.quad!.map((c) => c[0]);
    expect(Math.min(...xs)).toBeLessThan(0);
    expect(Math.max(...xs)).toBeLessThan(p.width);
    expect(p.truth.acceptable).toBe(false);
    expect(p.truth.expect).toEqual([{ rule: 'image-completeness', code: 'cut-edge' }]);
  });

  it.each([
    [{ document: 'id-card' }, /unknown document/],
    [{ defects: ['smudge'] }, /unknown defect smudge/],
    [{ rotate: 45 }, /rotate must be/],
    [{ megapixels: 0 }, /megapixels/],
  ] as const)('refuses a spec it cannot render as asked: %o', async (change, message) => {
    await expect(renderPhoto({ ...SMALL, ...change } as unknown as PhotoSpec)).rejects.toThrow(message);
  });

  it('prints the holder it is given', async () => {
    const holder = { name: '张伟', number: '440304198511202510' };
    const [a, b] = await Promise.all([pixels(SMALL), pixels({ ...SMALL, holder })]);
    expect(b.truth).toMatchObject(holder);
    const d = difference(a.data, b.data, a.w, a.h, (x, y) => inside(a.truth.quad!, x, y));
    expect(d.inside).toBeGreaterThan(0.5);
    expect(d.outside).toBe(0);
  });
});

describe('defects change the pixels where they say', () => {
  const flat: PhotoSpec = { ...SMALL, tilt: 0, perspective: 0, shadow: 0 };

  it('watermark: over the document only', async () => {
    const [a, b] = await Promise.all([pixels(flat), pixels({ ...flat, defects: ['watermark'] })]);
    const d = difference(a.data, b.data, a.w, a.h, (x, y) => inside(a.truth.quad!, x, y));
    expect(d.inside).toBeGreaterThan(3);
    expect(d.outside).toBeLessThan(0.05); // the antialiased edge pixels only
  });

  it('date stamp: orange, in the bottom-right corner of the picture', async () => {
    const [a, b] = await Promise.all([pixels(flat), pixels({ ...flat, defects: ['date-stamp'] })]);
    const corner = (x: number, y: number) => x > a.w * 0.45 && y > a.h * 0.85;
    const d = difference(a.data, b.data, a.w, a.h, corner);
    expect(d.inside).toBeGreaterThan(5);
    expect(d.outside).toBe(0);
    let orange = 0;
    for (let i = 0; i < b.data.length; i += 3) if (b.data[i]! > 200 && b.data[i + 1]! > 90 && b.data[i + 1]! < 200 && b.data[i + 2]! < 90) orange++;
    expect(orange).toBeGreaterThan(200);
  });

  it.each([
    ['mosaic', 'number'], ['glare', 'number'], ['smeared', 'name'], ['covered', 'number'],
  ] as const)('%s: over the %s area', async (defect, area) => {
    const [a, b] = await Promise.all([pixels(flat), pixels({ ...flat, defects: [{ id: defect, area }] })]);
    const box = areaBox(a.truth.quad!, DOCUMENTS['id-front'].areas[area]!);
    const d = difference(a.data, b.data, a.w, a.h, (x, y) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1);
    expect(d.inside).toBeGreaterThan(8);
    expect(d.inside).toBeGreaterThan(d.outside * 4);
  });

  it('text-blurred: the text is blurred, the portrait beside it is not', async () => {
    const [a, b] = await Promise.all([pixels(flat), pixels({ ...flat, defects: ['text-blurred'] })]);
    const areas = DOCUMENTS['id-front'].areas;
    const within = (box: ReturnType<typeof areaBox>) => (x: number, y: number) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
    const text = difference(a.data, b.data, a.w, a.h, within(areaBox(a.truth.quad!, areas.number!)));
    const photo = difference(a.data, b.data, a.w, a.h, within(areaBox(a.truth.quad!, areas.photo!)));
    expect(text.inside).toBeGreaterThan(8);
    expect(photo.inside).toBeLessThan(0.5);
  });

  it('glare whitens the text it lies on', async () => {
    const b = await pixels({ ...flat, defects: [{ id: 'glare', area: 'number' }] });
    const box = areaBox(b.truth.quad!, DOCUMENTS['id-front'].areas.number!);
    let white = 0, n = 0;
    for (let y = Math.ceil(box.y0); y < box.y1; y += 2) for (let x = Math.ceil(box.x0); x < box.x1; x += 2, n++) if (luma(b.data, b.w, x, y) > 250) white++;
    expect(white / n).toBeGreaterThan(0.3);
  });

  it('seal-missing takes the red seal off the license', async () => {
    const lic: PhotoSpec = { ...flat, document: 'business-license' };
    const [a, b] = await Promise.all([pixels(lic), pixels({ ...lic, defects: ['seal-missing'] })]);
    const box = areaBox(a.truth.quad!, DOCUMENTS['business-license'].areas.seal!);
    const red = (d: Buffer) => {
      let n = 0;
      for (let y = Math.ceil(box.y0); y < box.y1; y++) {
        for (let x = Math.ceil(box.x0); x < box.x1; x++) {
          const i = (y * a.w + x) * 3;
          if (d[i]! > 150 && d[i + 1]! < 100 && d[i + 2]! < 100) n++;
        }
      }
      return n;
    };
    expect(red(a.data)).toBeGreaterThan(100);
    expect(red(b.data)).toBeLessThan(red(a.data) * 0.05);
  });

  it('upscaled: enlarged from a small picture, its detail is coarse', async () => {
    const [sharpOne, enlarged] = await Promise.all([
      renderPhoto({ ...flat, megapixels: 1.9, format: undefined }),
      renderPhoto({ ...flat, defects: ['upscaled'], format: undefined }),
    ]);
    expect(enlarged.width).toBe(1600);
    expect(enlarged.buffer.length).toBeGreaterThan(56_320);
    // Same size in pixels, but the fine detail (the difference of neighbours) is much weaker.
    const detail = async (buf: Buffer) => {
      const { data, info } = await sharp(buf).resize(1600).greyscale().raw().toBuffer({ resolveWithObject: true });
      let s = 0;
      for (let i = 1; i < data.length; i++) if (i % info.width) s += Math.abs(data[i]! - data[i - 1]!);
      return s / data.length;
    };
    expect(await detail(enlarged.buffer)).toBeLessThan((await detail(sharpOne.buffer)) * 0.75);
  });

  it('no-document: a picture with nothing in it', async () => {
    const p = await renderPhoto({ ...flat, defects: ['no-document'] });
    expect(p.truth.quad).toBeNull();
    expect(p.truth.legible).toBe(false);
  });
});

describe('PHOTO_SET', () => {
  it('places every acceptable photo wholly inside its picture, and every cut-edge photo across its edge', async () => {
    // Layout is in fractions of the picture, so a small rendering has the same framing as the full-size one.
    for (const spec of PHOTO_SET.filter((s) => defectIds(s).length === 0 || s.defects?.includes('cut-edge'))) {
      const p = await renderPhoto({ ...spec, megapixels: 0.25 });
      const xs = p.truth.quad!.map((c) => c[0]), ys = p.truth.quad!.map((c) => c[1]);
      const inside = Math.min(...xs) >= 0 && Math.min(...ys) >= 0 && Math.max(...xs) <= p.width && Math.max(...ys) <= p.height;
      expect(inside, spec.id).toBe(p.truth.acceptable);
      if (p.truth.acceptable) expect(p.truth.expect.filter((e) => e.rule.startsWith('image-')), spec.id).toEqual([]);
    }
  }, 120_000);

  it('has unique ids, 50+ acceptable photos and 3+ photos of every defect class', () => {
    expect(new Set(PHOTO_SET.map((s) => s.id)).size).toBe(PHOTO_SET.length);
    const ids = PHOTO_SET.map(defectIds);
    expect(ids.filter((d) => d.length === 0).length).toBeGreaterThanOrEqual(50);
    for (const defect of Object.keys(DEFECT_FINDINGS)) expect(ids.filter((d) => d.includes(defect)).length, defect).toBeGreaterThanOrEqual(3);
    expect(new Set(PHOTO_SET.filter((s) => !s.defects?.length).map((s) => s.background)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(PHOTO_SET.map((s) => s.megapixels)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('ensurePhotoSet', () => {
  it('renders a set once, reuses it while the version holds, renders again when the stamp is stale', async () => {
    const { mkdtempSync, readFileSync, statSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { ensurePhotoSet } = await import('../../scripts/photos/cache.mjs');
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'photos-')), 'set');
    const specs: PhotoSpec[] = [{ ...SMALL, id: 'one', format: undefined }, { ...SMALL, id: 'two', document: 'passport', format: undefined }];
    const first = await ensurePhotoSet(dir, { specs });
    expect(first.truth.map((t) => t.file)).toEqual(['one.jpg', 'two.jpg']);
    const made = statSync(path.join(dir, 'one.jpg')).mtimeMs;
    const again = await ensurePhotoSet(dir, { specs });
    expect(again.version).toBe(first.version);
    expect(statSync(path.join(dir, 'one.jpg')).mtimeMs).toBe(made);
    writeFileSync(path.join(dir, 'version'), 'stale\n');
    const renewed = await ensurePhotoSet(dir, { specs });
    expect(readFileSync(path.join(dir, 'version'), 'utf8').trim()).toBe(renewed.version);
    expect(renewed.truth).toEqual(first.truth);
  });
});
