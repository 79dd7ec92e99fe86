import { ruleTester } from '../rule-tester.js';
import { org } from './submissions.js';

ruleTester('registration-number', {
  valid: [{ name: 'a USCC on a business license is not a registration number', submission: org('business-license', '91350100M000100Y43') }],
  invalid: [
    { name: 'wrong check digit', submission: org('business-license', '110105000001235'), errors: [{ code: 'checksum' }] },
    { name: 'valid GS15 number: registrars want the USCC', submission: org('business-license', '110105000001234'), errors: [{ code: 'not-uscc', severity: 'warning' }] },
  ],
});
