/**
 * OCR on every clean certificate image of the fixture set (manifest.json: no defect), with the form filled in as the
 * document says: the number, the name and the kind on the image must all agree with it, so no OCR finding at all.
 * Real tesseract.js, through the public Node entry. (The emblem side of the ID card is left out: saying so is its
 * finding.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { shutdown, validate } from '../../src/node.js';

const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
interface Entry { file: string; kind?: string; number?: string; name?: string; defects: string[] }
const manifest = JSON.parse(readFileSync(path.join(baseDir, 'manifest.json'), 'utf8')) as { images: Entry[] };

/** The certificate type a holder chooses for each kind of document, and whose document it is. */
const FORM: Record<string, { type: string; holder: 'individual' | 'organization' }> = {
  'resident-id-front': { type: 'resident-id', holder: 'individual' },
  passport: { type: 'passport', holder: 'individual' },
  'business-license': { type: 'business-license', holder: 'organization' },
  'uscc-certificate': { type: 'uscc-certificate', holder: 'organization' },
  'org-code-certificate': { type: 'org-code-certificate', holder: 'organization' },
};

const clean = manifest.images.filter((e) => e.defects.length === 0 && e.kind !== undefined && FORM[e.kind] && e.number && e.name);

afterAll(shutdown);

describe('OCR on the clean fixtures', () => {
  it('covers every kind of document', () => {
    expect(new Set(clean.map((e) => e.kind))).toEqual(new Set(Object.keys(FORM)));
    expect(clean.length).toBeGreaterThanOrEqual(15);
  });

  it.each(clean.map((e) => [e.file, e] as const))('%s: number, name and kind agree with the form', async (_, e) => {
    const form = FORM[e.kind!]!;
    const submission = {
      holder: { type: form.holder, name: e.name },
      certificate: { type: form.type, number: e.number },
      files: [{ path: e.file }],
    };
    const report = await validate(submission, { baseDir, ocr: true, only: ['certificate-image-text'], now: '2026-06-15', lang: 'en' });
    expect(report.findings.map((f) => `${f.code}: ${f.message}`)).toEqual([]);
  });
});
