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
    { name: 'residence permit prefix not 810000/820000/830000', submission: person('residence-permit', '810001199001010023'), errors: [{ code: 'province', messageIncludes: '810000' }] },
    { name: 'a prefix that is neither a province nor a residence permit', submission: person('residence-permit', '840000199001010022'), errors: [{ code: 'province', messageIncludes: '810000/820000/830000' }] },
    { name: 'foreign permanent ID without a province code', submission: person('foreign-permanent-id', '970100199001010027', { region: 'US' }), errors: [{ code: 'province', messageIncludes: '970' }] },
    { name: 'impossible birth date', submission: person('residence-permit', '810000199013010024'), errors: [{ code: 'birth-date' }] },
    { name: 'too short', submission: person('residence-permit', '81000019900101002'), errors: [{ code: 'length' }] },
    { name: 'a letter inside', submission: person('residence-permit', '8100001990O101002X'), errors: [{ code: 'invalid-char' }] },
  ],
});
