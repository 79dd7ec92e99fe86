import { ruleTester } from '../rule-tester.js';

const person = (type: string, number: string, extra: Record<string, unknown> = {}) => ({ holder: { type: 'individual', name: '张三', ...extra }, certificate: { type, number } });
const org = (type: string, number: string) => ({ holder: { type: 'organization', name: '厦门某某科技有限公司' }, certificate: { type, number } });

ruleTester('hk-macau-permit-number', {
  valid: [
    { name: 'H + 8 digits', submission: person('hk-macau-permit', 'H12345678', { region: 'HK' }) },
    { name: 'older card with 2 more digits', submission: person('hk-macau-permit', 'M1234567801', { region: 'MO' }) },
  ],
  invalid: [
    { name: 'wrong initial letter', submission: person('hk-macau-permit', 'K12345678', { region: 'HK' }), errors: [{ code: 'format' }] },
    { name: 'too short', submission: person('hk-macau-permit', 'H1234567', { region: 'HK' }), errors: [{ code: 'length' }] },
  ],
});
