import { ruleTester } from '../rule-tester.js';
import { person } from './submissions.js';

ruleTester('passport-number', {
  valid: [
    { name: 'mainland E passport', submission: person('passport', 'E12345678', { region: 'CN' }) },
    { name: 'mainland E + letter passport', submission: person('passport', 'EA1234567', { region: 'CN' }) },
    { name: 'foreign passport: loose ICAO check', submission: person('passport', 'X1234567', { region: 'US' }) },
  ],
  invalid: [
    { name: 'not a mainland passport format', submission: person('passport', 'X12345678', { region: 'CN' }), errors: [{ code: 'format' }] },
    { name: 'foreign passport too short', submission: person('passport', 'AB12', { region: 'US' }), errors: [{ code: 'length' }] },
  ],
});
