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
    { name: 'a right-to-left override inside', submission: person('resident-id', '1101051949\u202E1231002X'), errors: [{ code: 'whitespace', suggestion: '11010519491231002X', messageIncludes: 'U+202E' }] },
    { name: 'a tag character, a Hangul filler and a lone surrogate', submission: person('resident-id', '\u316411010519491231002X\u{E0041}\uDC00'), errors: [{ code: 'whitespace', suggestion: '11010519491231002X', messageIncludes: 'U+E0041' }] },
    { name: 'a byte order mark and a word joiner', submission: org('business-license', '\uFEFF91350100M000100Y43\u2060'), errors: [{ code: 'whitespace', suggestion: '91350100M000100Y43', messageIncludes: 'U+FEFF' }] },
    { name: 'lower-case x', submission: person('resident-id', '11010519491231002x'), errors: [{ code: 'lower-case', suggestion: '11010519491231002X' }] },
    { name: 'empty', submission: person('passport', ''), errors: [{ code: 'empty' }] },
    { name: 'typing problems on a number that is also wrong offer no suggestion', submission: person('resident-id', '11010519491231002y'), errors: [{ code: 'lower-case' }] },
  ],
});
