/**
 * The OCR input encoding and the number-line re-read, with a scripted engine: no Tesseract runs here.
 */
import { describe, expect, it } from 'vitest';
import { encodePgm } from '../../src/ocr/bitmap.js';
import { compareTypedNumber, extractDocumentFacts } from '../../src/ocr/extract.js';
import { findNumberCandidates } from '../../src/ocr/candidates.js';
import { numberLines, readDocument } from '../../src/ocr/read.js';
import type { OcrEngine, OcrLine, OcrPage, OcrParams, OcrRectangle } from '../../src/ocr/types.js';
import type { RgbaImage } from '../../src/image/types.js';

const image = (width: number, height: number, rgba: [number, number, number, number]): RgbaImage => {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
};

describe('PGM encoding', () => {
  it('writes a binary greyscale header and Rec. 601 luma', () => {
    const pgm = encodePgm(image(3, 2, [255, 0, 0, 255]));
    const header = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(pgm.subarray(0, header.length))).toBe(header);
    expect(pgm.length).toBe(header.length + 6);
    expect([...pgm.subarray(header.length)]).toEqual(Array(6).fill(77)); // 0.299 × 255
  });

  it('composites transparency over white and crops', () => {
    const transparent = encodePgm(image(2, 2, [0, 0, 0, 0]));
    expect(transparent[transparent.length - 1]).toBe(255);
    const img = image(4, 4, [0, 0, 0, 255]);
    img.data.set([255, 255, 255, 255], (2 * 4 + 3) * 4); // white pixel at x=3, y=2
    const crop = encodePgm(img, { left: 2, top: 1, width: 2, height: 2 });
    const header = 'P5\n2 2\n255\n';
    expect([...crop.subarray(header.length)]).toEqual([0, 0, 0, 255]);
  });
});

describe('numbers cut out of a longer run', () => {
  it('rank below whole readings and make no mismatch claim on their own', () => {
    // An inserted letter: the 18-character substrings of the 19-character run can pass the checksum by chance.
    const cut = findNumberCandidates(['统一社会信用代码 91350100MO000100Y43']).filter((c) => c.valid);
    expect(cut.every((c) => c.dropped > 0)).toBe(true);
    const facts = extractDocumentFacts('营业执照\n统一社会信用代码 91350100MO000100Y43');
    if (facts.number) expect(compareTypedNumber('91350100M000100Y43', facts).status).not.toBe('mismatch');
    const whole = extractDocumentFacts('营业执照\n统一社会信用代码 91350100M000100Y43');
    expect(whole.number).toMatchObject({ value: '91350100M000100Y43', dropped: 0 });
    expect(compareTypedNumber('91350100M000100Y34', whole).status).toBe('mismatch');
  });
});

const word = (text: string, x0: number, x1: number, y0 = 480, y1 = 512) => ({ text, confidence: 80, bbox: { x0, y0, x1, y1 } });
const line = (words: ReturnType<typeof word>[]): OcrLine => ({
  text: words.map((w) => w.text).join(' '),
  confidence: 70,
  bbox: { x0: words[0]!.bbox.x0, y0: 480, x1: words[words.length - 1]!.bbox.x1, y1: 512 },
  words,
});

/** The page Tesseract gave for id-front-sepia.jpg before the re-read: the leading 11 lost next to the label. */
const page: OcrPage = {
  text: '姓名 王小明\n公民身份号码 “0101199003071233\n',
  confidence: 60,
  lines: [
    { text: '姓名 王小明', confidence: 95, bbox: { x0: 131, y0: 110, x1: 324, y1: 144 }, words: [word('姓名', 131, 180, 110, 144), word('王小明', 222, 324, 110, 144)] },
    line([word('公民', 132, 181), word('身份', 191, 255), word('号码', 256, 300), word('“0101199003071233', 333, 798)]),
  ],
};

describe('number line re-read', () => {
  const thumb = image(1000, 630, [200, 200, 200, 255]);

  it('finds the number line from the word boxes, with a margin, labelled', () => {
    const [found] = numberLines([page], ['resident-id'], thumb);
    expect(found!.label).toBe('公民身份号码');
    const r = found!.rectangle;
    expect(r.left).toBeLessThan(333);
    expect(r.left).toBeGreaterThan(300);
    expect(r.left + r.width).toBeGreaterThan(798);
    expect(r.top).toBeLessThan(480);
    expect(r.top + r.height).toBeGreaterThan(512);
  });

  it('reads the line again, restricted to the number characters, when no number was read whole', async () => {
    const calls: { rectangle?: OcrRectangle; params?: OcrParams }[] = [];
    const engine: OcrEngine = {
      async recognize(_image, rectangle, params) {
        calls.push({ rectangle, params });
        if (!rectangle) return page;
        return { text: '110101199003071233\n', confidence: 90, lines: [], rectangle };
      },
    };
    const facts = await readDocument(engine, thumb, { expectedKind: 'resident-id' });
    expect(facts).toMatchObject({ kind: 'resident-id', side: 'portrait', passes: 2, number: { value: '110101199003071233', labelled: true } });
    expect(calls[1]!.params).toEqual({ tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789X' });
  });

  it('does not read again when the number was read whole, nor on the emblem side', async () => {
    let count = 0;
    const reading = (text: string): OcrEngine => ({
      async recognize() {
        count += 1;
        return { text, confidence: 90, lines: [] };
      },
    });
    await readDocument(reading('公民身份号码 110101199003071233'), thumb, { expectedKind: 'resident-id' });
    expect(count).toBe(1);
    await readDocument(reading('居民身份证\n签发机关 北京市公安局\n有效期限 2020.01.01-2040.01.01'), thumb, { expectedKind: 'resident-id' });
    expect(count).toBe(2);
  });
});

describe('identity card front layout', () => {
  // An upright card, 85.6 × 54 mm: the number band is read when the page reading shows no number.
  const card = image(1000, 631, [230, 230, 230, 255]);
  const engineFor = (calls: { rectangle?: OcrRectangle; params?: OcrParams }[]): OcrEngine => ({
    async recognize(_image, rectangle, params) {
      calls.push({ rectangle, params });
      if (!rectangle) return { text: '姓名 王小明\n性别 男 民族 汉\n住址 北京市东城区', confidence: 80, lines: [] };
      if (rectangle.top > 400) return { text: '110101199003071233\n', confidence: 90, lines: [], rectangle };
      return { text: '', confidence: 0, lines: [], rectangle };
    },
  });

  it('reads the number where the card prints it when the image is the upright card', async () => {
    const calls: { rectangle?: OcrRectangle; params?: OcrParams }[] = [];
    const facts = await readDocument(engineFor(calls), card, { expectedKind: 'resident-id', upright: true });
    expect(facts.number).toMatchObject({ value: '110101199003071233', labelled: true });
    const band = calls.find((c) => c.params?.tessedit_char_whitelist === '0123456789X')!.rectangle!;
    expect(band.top).toBeGreaterThan(0.7 * 631);
    expect(band.left).toBeGreaterThan(0.2 * 1000);
  });

  it('does not when the image is not known to be the upright card, or not card-shaped', async () => {
    for (const [img, upright] of [[card, false], [image(1000, 800, [230, 230, 230, 255]), true]] as const) {
      const calls: { rectangle?: OcrRectangle; params?: OcrParams }[] = [];
      const facts = await readDocument(engineFor(calls), img, { expectedKind: 'resident-id', upright });
      expect(facts.number).toBeNull();
      expect(calls.some((c) => c.params?.tessedit_char_whitelist === '0123456789X')).toBe(false);
    }
  });
});
