import { ruleTester } from '../rule-tester.js';

const person = (type: string, number: string, extra: Record<string, unknown> = {}) => ({ holder: { type: 'individual', name: '张三', ...extra }, certificate: { type, number } });
const org = (type: string, number: string) => ({ holder: { type: 'organization', name: '厦门某某科技有限公司' }, certificate: { type, number } });

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
