import { ruleTester } from '../rule-tester.js';

const person = (type: string, number: string, extra: Record<string, unknown> = {}) => ({ holder: { type: 'individual', name: '张三', ...extra }, certificate: { type, number } });
const org = (type: string, number: string) => ({ holder: { type: 'organization', name: '厦门某某科技有限公司' }, certificate: { type, number } });

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
