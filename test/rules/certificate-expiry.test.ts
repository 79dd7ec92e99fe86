import { ruleTester } from '../rule-tester.js';

const expires = (expiresOn: string) => ({ certificate: { type: 'resident-id', number: '11010519491231002X', expiresOn } });

ruleTester('certificate-expiry', {
  valid: [
    { name: 'long-term', submission: expires('long-term') },
    { name: 'valid for years', submission: expires('2030-01-01') },
    { name: 'issued and expiring on the same day is not inconsistent', submission: { certificate: { type: 'resident-id', number: '11010519491231002X', issuedOn: '2030-01-01', expiresOn: '2030-01-01' } } },
  ],
  invalid: [
    { name: 'expired yesterday', submission: expires('2026-06-14'), errors: [{ code: 'expired', messageIncludes: '1' }] },
    { name: 'expires before it was issued', submission: { certificate: { type: 'resident-id', number: '11010519491231002X', issuedOn: '2020-01-01', expiresOn: '2019-01-01' } }, errors: [{ code: 'expires-before-issue', field: 'certificate.expiresOn', messageIncludes: '2019-01-01' }] },
    { name: 'expires before it was issued, both ahead', submission: { certificate: { type: 'resident-id', number: '11010519491231002X', issuedOn: '2026-06-01', expiresOn: '2026-05-31' } }, errors: [{ code: 'expires-before-issue' }] },
    { name: 'expires in ten days', submission: expires('2026-06-25'), errors: [{ code: 'near-expiry', severity: 'warning', messageIncludes: '10' }] },
  ],
});
