import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { shutdown, validate } from '../../src/node.js';
import { ruleTester } from '../rule-tester.js';

// Real OCR on committed fixtures: kept to a handful of cases (each invalid case is validated in two languages).
const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const options = { baseDir, ocr: true };
const license = { type: 'business-license', number: '91350100M000100Y43' };
// The same company's license printing its former registration number (注册号) under the credit code.
const withRegistration = 'business-license-registration-number.jpg';
const registrationNumber = '350102100001232';

/**
 * business-license.jpg with its credit code painted over in the paper's colour, the label 统一社会信用代码 left in place.
 * The number is drawn at (560, 520), 52 px, on the 2000×1414 license (scripts/generate-fixtures-docs.mjs), photographed
 * with a 180×127 px margin (scripts/generate-fixtures.mjs): on the 2360×1668 photo it spans about x 740-1380, y 605-650.
 * The colour is the median of the paper just above, so the cover reads as blank paper; the file and image rules
 * stay quiet on it (checked below), so OCR is not skipped.
 */
async function licenseWithoutNumber(): Promise<Uint8Array> {
  const source = path.join(baseDir, 'business-license.jpg');
  const cover = { left: 725, top: 595, width: 680, height: 66 };
  const paper = await sharp(source).extract({ left: cover.left, top: cover.top - 40, width: cover.width, height: 30 }).removeAlpha().raw().toBuffer();
  const median = (channel: number) => {
    const values: number[] = [];
    for (let i = channel; i < paper.length; i += 3) values.push(paper[i]!);
    return values.sort((a, b) => a - b)[values.length >> 1]!;
  };
  const patch = await sharp({ create: { width: cover.width, height: cover.height, channels: 3, background: { r: median(0), g: median(1), b: median(2) } } })
    .png()
    .toBuffer();
  return new Uint8Array(await sharp(source).composite([{ input: patch, left: cover.left, top: cover.top }]).jpeg({ quality: 88 }).toBuffer());
}
const covered = { name: 'license-number-covered.jpg', data: await licenseWithoutNumber() };

afterAll(shutdown);

ruleTester('certificate-image-text', {
  valid: [
    {
      name: 'license read and matching the form',
      submission: { holder: { type: 'organization', name: '福州示例科技有限公司' }, certificate: license, files: [{ path: 'business-license.jpg' }] },
      options,
    },
    {
      name: 'OCR off: nothing is read',
      submission: { holder: { name: '别的公司' }, certificate: { ...license, number: '91350100M000100Y4X' }, files: [{ path: 'business-license.jpg' }] },
      options: { baseDir },
    },
    {
      name: 'license showing both numbers: the credit code typed',
      submission: { holder: { type: 'organization', name: '福州示例科技有限公司' }, certificate: license, files: [{ path: withRegistration }] },
      options,
    },
  ],
  invalid: [
    {
      name: 'typed number differs from the image; name not on the document',
      submission: {
        holder: { type: 'organization', name: '福州示范科技有限公司(分公司)' },
        certificate: { ...license, number: '91350100M000100Y34' },
        files: [{ path: 'business-license.jpg' }],
      },
      options,
      errors: [
        { code: 'number-mismatch', field: 'certificate.number', suggestion: '91350100M000100Y43', severity: 'error' },
        { code: 'holder-name-not-found', field: 'holder.name', severity: 'warning' },
      ],
    },
    {
      name: 'USCC certificate chosen for a business license',
      submission: { certificate: { ...license, type: 'uscc-certificate' }, files: [{ path: 'business-license.jpg' }] },
      options,
      errors: [{ code: 'document-kind-mismatch', field: 'certificate.type', messageIncludes: 'Business license' }],
    },
    {
      name: 'two uploads with one name: a broken one does not keep the other from being read',
      submission: {
        holder: { type: 'organization', name: '福州示例科技有限公司' },
        certificate: { ...license, number: '91350100M000100Y34' },
        files: [
          { name: 'license.jpg', data: new Uint8Array(0) },
          { name: 'license.jpg', data: new Uint8Array(readFileSync(path.join(baseDir, 'business-license.jpg'))) },
        ],
      },
      options,
      errors: [{ code: 'number-mismatch', file: 'license.jpg (files[1])', suggestion: '91350100M000100Y43' }],
    },
    {
      name: 'emblem side of an identity card',
      submission: { certificate: { type: 'resident-id', number: '110101199003071233' }, files: [{ path: 'id-back.jpg' }] },
      options,
      errors: [{ code: 'id-card-emblem-side', file: 'id-back.jpg' }],
    },
    {
      name: 'number painted over: nothing legible where the number should be',
      submission: { holder: { type: 'organization', name: '福州示例科技有限公司' }, certificate: license, files: [covered] },
      options,
      errors: [{ code: 'number-illegible', field: 'certificate.number', file: covered.name, severity: 'warning' }],
    },
    {
      name: 'license showing both numbers: the registration number typed instead of the credit code',
      submission: { holder: { type: 'organization', name: '福州示例科技有限公司' }, certificate: { ...license, number: registrationNumber }, files: [{ path: withRegistration }] },
      options,
      errors: [{ code: 'license-number-not-uscc', field: 'certificate.number', file: withRegistration, suggestion: '91350100M000100Y43', severity: 'error' }],
    },
  ],
});

describe('the painted-over license', () => {
  it('passes the file and image rules, so OCR reads it', async () => {
    const report = await validate({ files: [covered] }, { now: '2026-06-15', lang: 'en' });
    expect(report.findings.filter((f) => f.file !== undefined).map((f) => `${f.rule}/${f.code}`)).toEqual([]);
  });
});
