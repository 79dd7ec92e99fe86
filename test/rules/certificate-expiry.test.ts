import { ruleTester } from '../rule-tester.js';

const expires = (expiresOn: string) => ({ certificate: { type: 'resident-id', number: '11010519491231002X', expiresOn } });

ruleTester('certificate-expiry', {
  valid: [
    { name: 'long-term', submission: expires('long-term') },
    { name: 'valid for years', submission: expires('2030-01-01') },
  ],
  invalid: [
    { name: 'expired yesterday', submission: expires('2026-06-14'), errors: [{ code: 'expired', messageIncludes: '1' }] },
    { name: 'expires in ten days', submission: expires('2026-06-25'), errors: [{ code: 'near-expiry', severity: 'warning', messageIncludes: '10' }] },
  ],
});
