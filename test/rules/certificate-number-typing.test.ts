import { ruleTester } from '../rule-tester.js';
import { person, org } from './submissions.js';

ruleTester('certificate-number-typing', {
  valid: [
    { name: 'half-width USCC', submission: org('business-license', '91350100M000100Y43') },
    { name: 'upper-case X', submission: person('resident-id', '11010519491231002X') },
    { name: 'a wrong number is not a typing problem', submission: person('resident-id', '11010519491231002Y') },
  ],
  invalid: [
    { name: 'full-width digits and copy number', submission: org('business-license', '９１３５０１００Ｍ０００１００Ｙ４３（1-1）'), errors: [
      { code: 'full-width', suggestion: '91350100M000100Y43' }, { code: 'copy-number', suggestion: '91350100M000100Y43' } ] },
    { name: 'spaces inside', submission: org('uscc-certificate', '9135 0100 M000 100Y43'), errors: [{ code: 'whitespace', suggestion: '91350100M000100Y43', messageIncludes: '3' }] },
    { name: 'lower-case x', submission: person('resident-id', '11010519491231002x'), errors: [{ code: 'lower-case', suggestion: '11010519491231002X' }] },
    { name: 'empty', submission: person('passport', ''), errors: [{ code: 'empty' }] },
    { name: 'typing problems on a number that is also wrong offer no suggestion', submission: person('resident-id', '11010519491231002y'), errors: [{ code: 'lower-case' }] },
  ],
});
