/**
 * OCR on photos of the project's own documents from the photo generator (scripts/photos, rendered here, never
 * committed): a portrait A4 license, documents that are not identity cards, a blank card back, and an identity card
 * whose holder name is typed with one character changed. Real tesseract.js through the public Node entry, only the
 * OCR rule enabled.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';
import { shutdown, validate } from '../../src/node.js';

afterAll(shutdown);

// The benchmark's own changes of a form (another valid number, one character of the name), untyped JavaScript.
const forms = (await import('../../bench/photos-accuracy-forms.mjs' as string)) as {
  changedName(name: string): string;
  changedNumber(number: string, certificateType: string): string;
};
const { changedName, changedNumber } = forms;

const spec = (id: string) => {
  const s = PHOTO_SET.find((p) => p.id === id);
  if (!s) throw new Error(`no photo ${id} in the set`);
  return s;
};

async function findings(id: string, change: { name?: boolean; number?: boolean } = {}, megapixels?: number) {
  const { buffer, truth } = await renderPhoto(megapixels ? { ...spec(id), megapixels } : spec(id));
  const number = truth.number ?? '110101199003071233';
  const name = truth.name ?? '王小明';
  const report = await validate(
    {
      holder: { type: truth.holderType, name: change.name ? changedName(name) : name },
      certificate: { type: truth.certificateType, number: change.number ? changedNumber(number, truth.certificateType) : number },
      files: [{ name: `${id}.jpg`, data: new Uint8Array(buffer) }],
    },
    { ocr: true, only: ['certificate-image-text'], now: '2026-06-15', lang: 'en' },
  );
  return report.findings.map((f) => `${f.code}/${f.severity}`);
}

describe('OCR on generated photos', () => {
  it('a portrait A4 business license: its credit code is read whole, and a changed one is an error', async () => {
    expect(await findings('ok-business-license-portrait-1')).toEqual([]);
    expect(await findings('ok-business-license-portrait-1', { number: true })).toContain('number-mismatch/error');
  });

  it.each(['wrong-kind-1', 'wrong-kind-2', 'wrong-kind-3'])('%s uploaded as the identity card is named for what it is', async (id) => {
    expect(await findings(id)).toEqual(['document-kind-mismatch/error']);
  });

  it('the blank back of a card', async () => {
    expect(await findings('blank-back-1')).toEqual(['blank-document/error']);
  });

  it('an identity card photo: the name as printed passes, one character changed is a mismatch', async () => {
    expect(await findings('ok-id-front-2')).toEqual([]);
    expect(await findings('ok-id-front-2', { name: true })).toEqual(['holder-name-mismatch/error']);
  });

  it('a license photographed from afar: its name line, in small print on the thumbnail, is read from the file itself', async () => {
    expect(await findings('ok-business-license-9', { name: true })).toEqual(['holder-name-mismatch/error']);
  });

  it('a mark read after a license name is no difference', async () => {
    expect(await findings('ok-business-license-6')).toEqual([]);
  });

  // Content stored turned in the pixels, no EXIF: read as nothing upright, read again turned.
  it.each([
    ['rotated-180-2', 'a portrait business license stored upside down'],
    ['rotated-90-1', 'an identity card front stored turned a quarter'],
  ])('%s, %s: the number is read turned, and another valid number is a mismatch', async (id) => {
    expect(await findings(id, {}, 1.5)).toEqual([]);
    expect(await findings(id, { number: true }, 1.5)).toContain('number-mismatch/error');
  });
});
