import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { shutdown, validate } from '../../src/node.js';
import { ruleTester } from '../rule-tester.js';
import { idCardLines, renderCard } from '../ocr/cards.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

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

// Cards drawn in the test: an identity card front, documents that print an identity number without being an identity
// card, and the blank back of a card (a faint pattern, no text).
const idNumber = '110101199003071233';
const person = { type: 'individual', name: '王小明' };
const idCard = { name: 'id-card.jpg', data: await renderCard(idCardLines('王小明', idNumber)) };
const drivingLicence = {
  name: 'driving-licence.jpg',
  data: await renderCard([
    { text: '中华人民共和国机动车驾驶证', x: 230, y: 70, size: 40, bold: true },
    { text: `证号  ${idNumber}`, x: 60, y: 150, size: 32 },
    { text: '姓名  王小明    性别  男    国籍  中国', x: 60, y: 220, size: 30 },
    { text: '住址  北京市东城区景山前街4号', x: 60, y: 290, size: 30 },
    { text: '出生日期  1990-03-07', x: 60, y: 360, size: 30 },
    { text: '初次领证日期  2012-05-01', x: 60, y: 430, size: 30 },
    { text: '准驾车型  C1', x: 60, y: 500, size: 30 },
  ]),
};
const socialSecurityCard = {
  name: 'social-security-card.jpg',
  data: await renderCard([
    { text: '中华人民共和国社会保障卡', x: 250, y: 80, size: 42, bold: true },
    { text: '姓名  王小明', x: 60, y: 250, size: 32 },
    { text: `社会保障号码  ${idNumber}`, x: 60, y: 340, size: 32 },
    { text: '发卡日期  2018年05月', x: 60, y: 430, size: 32 },
  ]),
};
const householdRegister = {
  name: 'household-register.jpg',
  data: await renderCard([
    { text: '常住人口登记卡', x: 330, y: 70, size: 44, bold: true },
    { text: '户主或与户主关系  户主', x: 60, y: 160, size: 30 },
    { text: '姓名  王小明    性别  男    民族  汉', x: 60, y: 240, size: 30 },
    { text: '出生日期  1990年3月7日', x: 60, y: 320, size: 30 },
    { text: `公民身份号码  ${idNumber}`, x: 60, y: 400, size: 30 },
    { text: '住址  北京市东城区景山前街4号', x: 60, y: 480, size: 30 },
  ]),
};
const blankBack = { name: 'card-back.jpg', data: await renderCard([], { pattern: true }) };
const idForm = (files: unknown[], name = '王小明') => ({
  holder: { ...person, name },
  certificate: { type: 'resident-id', number: idNumber },
  files,
});

// A generated photo of an identity card on which OCR reads 陈静怡 as 陈静恰 (a look-alike glyph), confidently.
const lookAlike = await renderPhoto(PHOTO_SET.find((p) => p.id === 'ok-id-front-14')!);
const lookAlikeForm = {
  holder: { type: lookAlike.truth.holderType, name: lookAlike.truth.name! },
  certificate: { type: lookAlike.truth.certificateType, number: lookAlike.truth.number! },
  files: [{ name: 'id-front-photo.jpg', data: new Uint8Array(lookAlike.buffer) }],
};

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
    { name: 'identity card front agreeing with the form', submission: idForm([idCard]), options },
    { name: 'identity card fixture photo agreeing with the form', submission: idForm([{ path: 'id-front.jpg' }]), options },
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
    {
      name: 'one character of the name changed (王晓明 for 王小明), the name read clearly',
      submission: idForm([idCard], '王晓明'),
      options,
      errors: [{ code: 'holder-name-mismatch', field: 'holder.name', severity: 'error', messageIncludes: '王小明' }],
    },
    {
      name: 'one character of the name changed, on the identity card fixture photo',
      submission: idForm([{ path: 'id-front.jpg' }], '王晓明'),
      options,
      errors: [{ code: 'holder-name-mismatch', field: 'holder.name', severity: 'error' }],
    },
    {
      name: 'the name read with a look-alike character (陈静恰 for 陈静怡): a doubt, not a mismatch',
      submission: lookAlikeForm,
      options,
      errors: [{ code: 'holder-name-not-found', field: 'holder.name', severity: 'warning' }],
    },
    {
      name: 'a driving licence uploaded as the identity card',
      submission: idForm([drivingLicence]),
      options,
      errors: [{ code: 'document-kind-mismatch', field: 'certificate.type', severity: 'error', messageIncludes: 'driving licence' }],
    },
    {
      name: 'a social security card uploaded as the identity card',
      submission: idForm([socialSecurityCard]),
      options,
      errors: [{ code: 'document-kind-mismatch', field: 'certificate.type', messageIncludes: 'Social security card' }],
    },
    {
      name: 'a household register page uploaded as the identity card',
      submission: idForm([householdRegister]),
      options,
      errors: [{ code: 'document-kind-mismatch', field: 'certificate.type', messageIncludes: 'Household register' }],
    },
    {
      name: 'the blank back of a card',
      submission: idForm([blankBack]),
      options,
      errors: [{ code: 'blank-document', file: blankBack.name, severity: 'error' }],
    },
  ],
});

describe('the painted-over license', () => {
  it('passes the file and image rules, so OCR reads it', async () => {
    const report = await validate({ files: [covered] }, { now: '2026-06-15', lang: 'en' });
    expect(report.findings.filter((f) => f.file !== undefined).map((f) => `${f.rule}/${f.code}`)).toEqual([]);
  });
});
