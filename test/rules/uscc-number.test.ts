import { ruleTester } from '../rule-tester.js';
import { org } from './submissions.js';

ruleTester('uscc-number', {
  valid: [
    { name: 'valid USCC on a business license', submission: org('business-license', '91350100M000100Y43') },
    { name: 'valid USCC on a USCC certificate', submission: org('uscc-certificate', '91350100M000100Y43') },
    { name: 'a 15-digit license number is not checked as a USCC', submission: org('business-license', '110105000001234') },
  ],
  invalid: [
    { name: 'letter O instead of digit 0: the swapped value is suggested', submission: org('business-license', '9135010OM000100Y43'), errors: [{ code: 'invalid-char', suggestion: '91350100M000100Y43', messageIncludes: 'O' }] },
    { name: 'wrong check character', submission: org('uscc-certificate', '91350100M000100Y44'), errors: [{ code: 'checksum', messageIncludes: '3' }] },
    { name: 'one character missing', submission: org('business-license', '91350100M000100Y4'), errors: [{ code: 'length', messageIncludes: '18' }] },
  ],
});
