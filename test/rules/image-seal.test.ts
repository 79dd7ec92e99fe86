import { describe, expect, it } from 'vitest';
import { validate } from '../../src/node.js';
import { ruleTester } from '../rule-tester.js';
import { fixture, paintOver } from '../image/defect-overlays.js';

const submit = (type: string, name: string, data: Uint8Array) => ({ certificate: { type }, files: [{ name, data: new Uint8Array(data) }] });
const noSeal = await paintOver('business-license.jpg', { left: 0.66, top: 0.66, width: 0.14, height: 0.2 }, '#f4f1e8');
const noEmblem = await paintOver('id-back.jpg', { left: 0.11, top: 0.13, width: 0.16, height: 0.25 }, '#f2f2ee');

ruleTester('image-seal', {
  valid: [
    { name: 'business license with its seal', submission: submit('business-license', 'license.jpg', fixture('business-license.jpg')) },
    { name: 'USCC certificate with its seal', submission: submit('uscc-certificate', 'uscc.jpg', fixture('uscc-certificate.jpg')) },
    { name: 'organization-code certificate with its seal', submission: submit('org-code-certificate', 'org.jpg', fixture('org-code-certificate.jpg')) },
    { name: 'ID back with its emblem', submission: submit('resident-id', 'back.jpg', fixture('id-back.jpg')) },
    { name: 'ID front: a portrait, no emblem expected', submission: submit('resident-id', 'front.jpg', fixture('id-front.jpg')) },
    { name: 'no certificate type chosen: the document kind is unknown', submission: { files: [{ name: 'noseal.jpg', data: noSeal }] } },
    { name: 'a passport has no seal to look for', submission: submit('passport', 'passport.jpg', fixture('passport.jpg')) },
  ],
  invalid: [
    { name: 'license without its seal', submission: submit('business-license', 'noseal.jpg', noSeal), errors: [{ code: 'seal-missing', file: 'noseal.jpg', severity: 'error' }] },
    { name: 'USCC certificate without its seal', submission: submit('uscc-certificate', 'noseal.jpg', noSeal), errors: [{ code: 'seal-missing' }] },
    { name: 'ID back without its emblem', submission: submit('resident-id', 'noemblem.jpg', noEmblem), errors: [{ code: 'emblem-missing', severity: 'warning' }] },
  ],
});

describe('image-seal beside image-colour', () => {
  it('leaves a greyscale license to image-colour instead of calling its seal missing', async () => {
    const report = await validate(submit('business-license', 'grey.jpg', fixture('business-license-greyscale.jpg')), { now: '2026-06-15', only: ['image-seal', 'image-colour'] });
    expect(report.findings.map((f) => `${f.rule}/${f.code}`)).toEqual(['image-colour/greyscale']);
  });
});
