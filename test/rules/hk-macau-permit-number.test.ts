import { ruleTester } from '../rule-tester.js';
import { person } from './submissions.js';

ruleTester('hk-macau-permit-number', {
  valid: [
    { name: 'H + 8 digits', submission: person('hk-macau-permit', 'H12345678', { region: 'HK' }) },
    { name: 'older card with 2 more digits', submission: person('hk-macau-permit', 'M1234567801', { region: 'MO' }) },
  ],
  invalid: [
    { name: 'wrong initial letter', submission: person('hk-macau-permit', 'K12345678', { region: 'HK' }), errors: [{ code: 'format' }] },
    { name: 'too short', submission: person('hk-macau-permit', 'H1234567', { region: 'HK' }), errors: [{ code: 'length' }] },
  ],
});
