import { ruleTester } from '../rule-tester.js';
import { org } from './submissions.js';

ruleTester('org-code-number', {
  valid: [
    { name: 'valid organization code', submission: org('org-code-certificate', 'D2143569X') },
    { name: 'an 18-character code on an org code certificate is checked as a USCC instead', submission: org('org-code-certificate', '91350100M000100Y43') },
  ],
  invalid: [
    { name: 'wrong check character', submission: org('org-code-certificate', 'D21435691'), errors: [{ code: 'checksum' }] },
    { name: 'hyphen before the check character', submission: org('org-code-certificate', 'D2143569-X'), errors: [{ code: 'hyphen', severity: 'warning' }] },
  ],
});
