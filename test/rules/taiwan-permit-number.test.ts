import { ruleTester } from '../rule-tester.js';
import { person } from './submissions.js';

ruleTester('taiwan-permit-number', {
  valid: [
    { name: '8 digits', submission: person('taiwan-permit', '12345678', { region: 'TW' }) },
    { name: 'older card with 2 more digits', submission: person('taiwan-permit', '1234567801', { region: 'TW' }) },
  ],
  invalid: [
    { name: 'too short', submission: person('taiwan-permit', '1234567', { region: 'TW' }), errors: [{ code: 'length' }] },
    { name: 'a letter', submission: person('taiwan-permit', '1234567A', { region: 'TW' }), errors: [{ code: 'invalid-char' }] },
  ],
});
