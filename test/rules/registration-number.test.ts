import { ruleTester } from '../rule-tester.js';

const person = (type: string, number: string, extra: Record<string, unknown> = {}) => ({ holder: { type: 'individual', name: '张三', ...extra }, certificate: { type, number } });
const org = (type: string, number: string) => ({ holder: { type: 'organization', name: '厦门某某科技有限公司' }, certificate: { type, number } });

ruleTester('registration-number', {
  valid: [{ name: 'a USCC on a business license is not a registration number', submission: org('business-license', '91350100M000100Y43') }],
  invalid: [
    { name: 'wrong check digit', submission: org('business-license', '110105000001235'), errors: [{ code: 'checksum' }] },
    { name: 'valid GS15 number: registrars want the USCC', submission: org('business-license', '110105000001234'), errors: [{ code: 'not-uscc', severity: 'warning' }] },
  ],
});
