import { ruleTester } from '../rule-tester.js';
import { person } from './submissions.js';

ruleTester('residence-permit-number', {
  valid: [
    { name: 'HK residence permit', submission: person('residence-permit', '810000199001010027', { region: 'HK' }) },
    { name: 'foreign permanent resident ID (2023 format)', submission: person('foreign-permanent-id', '933100199001010022', { region: 'US' }) },
  ],
  invalid: [
    { name: 'mainland ID typed as a residence permit', submission: person('residence-permit', '440524198001010013'), errors: [{ code: 'kind' }] },
    { name: 'wrong check digit', submission: person('residence-permit', '810000199001010028'), errors: [{ code: 'checksum' }] },
  ],
});
