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
    { name: 'wrong check character', submission: org('uscc-certificate', '91350100M000100Y44'), errors: [{ code: 'checksum', severity: 'error', messageIncludes: '3' }] },
    { name: 'a failing check character the holder confirmed is a warning', submission: { ...org('business-license', '91350200M000100Y44'), certificate: { type: 'business-license', number: '91350200M000100Y44', numberConfirmed: true } }, errors: [{ code: 'checksum-confirmed', severity: 'warning' }] },
    { name: 'one character missing', submission: org('business-license', '91350100M000100Y4'), errors: [{ code: 'length', messageIncludes: '18' }] },
    { name: 'unknown registration authority (warning)', submission: org('business-license', 'B1350100M000100Y41'), errors: [{ code: 'authority', severity: 'warning', messageIncludes: 'B' }] },
    { name: 'category not used by the authority (warning)', submission: org('business-license', '97350100M000100Y4G'), errors: [{ code: 'category', severity: 'warning' }] },
    { name: 'region digits not a region (warning)', submission: org('business-license', '91990100M000100Y4U'), errors: [{ code: 'region', severity: 'warning', messageIncludes: '990100' }] },
    { name: 'embedded organization code fails its own check (warning)', submission: org('business-license', '91350100M000100Y56'), errors: [{ code: 'org-code-checksum', severity: 'warning', messageIncludes: 'M000100Y5' }] },
  ],
});
