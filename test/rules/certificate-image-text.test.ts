import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { shutdown } from '../../src/node.js';
import { ruleTester } from '../rule-tester.js';

// Real OCR on committed fixtures: kept to a handful of cases (each invalid case is validated in two languages).
const baseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');
const options = { baseDir, ocr: true };
const license = { type: 'business-license', number: '91350100M000100Y43' };

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
  ],
});
