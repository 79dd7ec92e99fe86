/**
 * The holder name line read again on its own, with a scripted engine: from a higher-resolution detail of the file when
 * the page's print is small.
 */
import { describe, expect, it } from 'vitest';
import { confidentLines } from '../../src/ocr/confident.js';
import { extractDocumentFacts, holderNameOnDocument } from '../../src/ocr/extract.js';
import { rereadNameLine } from '../../src/ocr/name-line.js';
import type { Quad, RgbaImage } from '../../src/image/types.js';
import type { DetailSource, OcrEngine, OcrPage, OcrWord } from '../../src/ocr/types.js';

const blank = (width: number, height: number): RgbaImage => ({ width, height, data: new Uint8Array(width * height * 4).fill(255) });
const word = (text: string, x0: number, x1: number, y0: number, y1: number, confidence = 99): OcrWord => ({
  text, confidence, bbox: { x0, y0, x1, y1 }, symbols: [...text].map((ch) => ({ text: ch, confidence, height: y1 - y0 })),
});
const NAME = '福州示例科技有限公司';

/** A license page whose name line is printed `print` px tall at y = 300; Tesseract merged the bar after it with print below. */
function page(print: number): OcrPage {
  const y1 = 300 + print;
  const words = [word('名称', 100, 140, 300, y1), word('福州示例', 160, 240, 300, y1), word('科技有限公司', 245, 330, 300, y1), word('|', 335, 338, 280, 340, 70)];
  return { text: `名称 ${NAME} |`, confidence: 90, lines: [{ text: `名称 福州示例 科技有限公司 |`, confidence: 90, bbox: { x0: 100, y0: 280, x1: 338, y1: 340 }, words }] };
}

/** An engine that reads the name line's `line` text, in characters as tall as the image it is given holds. */
function engine(calls: { image: RgbaImage; rectangle?: unknown }[]): OcrEngine {
  return {
    async recognize(image, rectangle) {
      calls.push({ image, rectangle });
      const h = rectangle ? 14 : Math.round(image.height / 1.6);
      return { text: NAME, confidence: 95, lines: [{ text: NAME, confidence: 95, bbox: { x0: 0, y0: 0, x1: image.width, y1: h }, words: [word(NAME, 0, image.width, 0, h)] }] };
    },
  };
}

describe('name line re-read', () => {
  const image = blank(1000, 700);

  it('reads a name in small print from the file’s detail, so that a changed name is a mismatch', async () => {
    const calls: { image: RgbaImage; rectangle?: unknown }[] = [];
    const asked: { region: Quad; width: number }[] = [];
    const detail: DetailSource = async (region, width) => {
      asked.push({ region, width });
      return blank(width, Math.round((width * (region[3][1] - region[0][1])) / (region[1][0] - region[0][0])));
    };
    const facts = extractDocumentFacts({ text: page(14).text, confidence: 90, lines: confidentLines([page(14)]) });
    const read = await rereadNameLine(engine(calls), image, [page(14)], facts, '福州华例科技有限公司', undefined, detail);
    expect(asked).toHaveLength(1);
    const [[left, top], , [, bottom]] = asked[0]!.region;
    // The value after the label, its height from the words' median box (not the bar's), with a margin.
    expect(left).toBeGreaterThan(140);
    expect(left).toBeLessThan(160);
    expect(top).toBeGreaterThanOrEqual(295);
    expect(bottom).toBeLessThanOrEqual(319);
    // About 40 px print: 40 / 14 times the rectangle's width.
    expect(asked[0]!.width / (asked[0]!.region[1][0] - left)).toBeCloseTo(40 / 14, 1);
    expect(calls[0]!.rectangle).toBeUndefined();
    expect(read.facts.names[0]).toMatchObject({ value: NAME });
    expect(read.facts.names[0]!.glyphHeight).toBeGreaterThanOrEqual(20);
    expect(holderNameOnDocument('福州华例科技有限公司', read.facts).status).toBe('mismatch');
  });

  it('without a detail, the small print is read from the page: a changed name is only a doubt', async () => {
    const calls: { image: RgbaImage; rectangle?: unknown }[] = [];
    const facts = extractDocumentFacts({ text: page(14).text, confidence: 90, lines: confidentLines([page(14)]) });
    const read = await rereadNameLine(engine(calls), image, [page(14)], facts, '福州华例科技有限公司');
    expect(calls[0]!.image).toBe(image);
    expect(holderNameOnDocument('福州华例科技有限公司', read.facts).status).toBe('doubt');
  });

  it('reads print large enough from the page itself', async () => {
    let asked = 0;
    const detail: DetailSource = async (_region, width) => {
      asked += 1;
      return blank(width, 60);
    };
    const facts = extractDocumentFacts({ text: page(40).text, confidence: 90, lines: confidentLines([page(40)]) });
    await rereadNameLine(engine([]), image, [page(40)], facts, '福州华例科技有限公司', undefined, detail);
    expect(asked).toBe(0);
  });
});
