/**
 * FileFacts.detail: a part of the picture resampled from a decode larger than the thumbnail, for small print.
 */
import { describe, expect, it } from 'vitest';
import { FileFacts } from '../../src/files/facts.js';
import { fromBytes } from '../../src/files/source.js';
import { nodeDecoder } from '../../src/image/decode-node.js';
import type { Quad, RgbaImage } from '../../src/image/types.js';
import { uprightQuad } from '../../src/image/rectify.js';
import { canvas, jpeg, scenes } from '../image/draw.js';

// 3000 × 2000, white, a black box over x 1500-1800, y 900-1000 (a 1000 × 667 thumbnail).
const picture = canvas(3000, 2000, (x, y) => (x >= 1500 && x < 1800 && y >= 900 && y < 1000 ? [0, 0, 0] : [255, 255, 255]));
const luma = (im: RgbaImage, x: number, y: number) => im.data[(Math.round(y) * im.width + Math.round(x)) * 4]!;
// Thumbnail pixels 480-640 × 280-360: the picture's 1440-1920 × 840-1080.
const region: Quad = [[480, 280], [640, 280], [640, 360], [480, 360]];

describe('file facts: detail', () => {
  it('resamples a region of the thumbnail from a decode up to detailSide, at that decode’s scale', async () => {
    const facts = new FileFacts(fromBytes('big.jpg', await jpeg(picture)), { decoder: nodeDecoder() });
    const th = await facts.thumbnail();
    expect(th.ok && th.image.width).toBe(1000);
    const crop = (await facts.detail(region))!;
    // 2500 / 1000 = 2.5 times the thumbnail's 160 × 80.
    expect(crop.width).toBe(400);
    expect(crop.height).toBe(200);
    // The box spans 1/8 to 3/4 of the region across, 1/4 to 2/3 down.
    expect(luma(crop, 0.45 * 400, 0.45 * 200)).toBeLessThan(40);
    expect(luma(crop, 0.05 * 400, 0.45 * 200)).toBeGreaterThan(215);
    expect(luma(crop, 0.45 * 400, 0.15 * 200)).toBeGreaterThan(215);
    expect(luma(crop, 0.45 * 400, 0.8 * 200)).toBeGreaterThan(215);
    // At most `width` wide.
    expect((await facts.detail(region, 200))!.width).toBe(200);
  });

  it('serves the thumbnail itself when the file is no larger', async () => {
    const small = canvas(900, 600, () => [255, 255, 255]);
    const facts = new FileFacts(fromBytes('small.jpg', await jpeg(small)), { decoder: nodeDecoder() });
    expect((await facts.detail(region))!.width).toBe(160);
  });

  it('maps the document image to the thumbnail: its corners to the corners of the document found', async () => {
    const facts = new FileFacts(fromBytes('card.jpg', await jpeg(scenes.cardOnWood())), { decoder: nodeDecoder() });
    const d = (await facts.metrics())!.document;
    const doc = (await facts.documentImage())!;
    const th = await facts.thumbnail();
    expect(d.found && th.ok && doc !== th.image).toBe(true);
    const map = (await facts.documentToThumbnail())!;
    const corners = uprightQuad(d.quad, d.rotation);
    const near = (p: [number, number], q: [number, number]) => expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeLessThan(1);
    near(map([0, 0]), corners[0]);
    near(map([doc.width, 0]), corners[1]);
    near(map([doc.width, doc.height]), corners[2]);
  });
});
