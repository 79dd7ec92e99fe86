import { ruleTester } from '../rule-tester.js';
import { person } from './submissions.js';

ruleTester('resident-id-number', {
  valid: [
    { name: 'valid ID ending in X', submission: person('resident-id', '11010519491231002X') },
    { name: 'valid ID', submission: person('resident-id', '440524198001010013') },
    { name: 'household register carries the resident ID', submission: person('household-register', '440524198001010013') },
  ],
  invalid: [
    { name: 'wrong check digit', submission: person('resident-id', '440524198001010014'), errors: [{ code: 'checksum', severity: 'error' }] },
    { name: 'letters O in digit positions are corrected', submission: person('resident-id', '11010519491231OO2X'), errors: [{ code: 'invalid-char', suggestion: '11010519491231002X' }] },
    { name: 'old 15-digit ID: the 18-digit form is offered', submission: person('resident-id', '440524800101001'), errors: [{ code: 'old-15-digit', suggestion: '440524198001010013', messageIncludes: '15' }] },
    { name: 'impossible birth date', submission: person('resident-id', '110105194902300021'), errors: [{ code: 'birth-date' }, { code: 'checksum' }] },
    { name: 'HK/Macau residence permit number typed as a resident ID', submission: person('resident-id', '810000199001010027'), errors: [{ code: 'kind' }] },
    { name: 'birth date after today', submission: person('resident-id', '110105203001010028'), errors: [{ code: 'future-birth-date', messageIncludes: '2030-01-01' }] },
    { name: 'no such province', submission: person('resident-id', '720105199001010022'), errors: [{ code: 'province', messageIncludes: '72' }] },
    { name: 'too short', submission: person('resident-id', '1101051949123100'), errors: [{ code: 'length' }] },
  ],
});
