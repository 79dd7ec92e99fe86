import { ruleTester } from '../rule-tester.js';

const phone = (p: string) => ({ contact: { name: '李四', phone: p } });

ruleTester('contact-phone', {
  valid: [
    { name: 'mainland mobile', submission: phone('+86.13800138000') },
    { name: 'Hong Kong number', submission: phone('+852.21234567') },
  ],
  invalid: [
    { name: 'area code 010 as country code', submission: phone('+010.88888888'), errors: [{ code: 'area-code-as-country-code', messageIncludes: '010' }] },
    { name: 'mainland mobile with another country code', submission: phone('+1.13800138000'), errors: [{ code: 'mainland-mobile-needs-86', suggestion: '+86.13800138000' }] },
    { name: 'mobile one digit short', submission: phone('+86.1380013800'), errors: [{ code: 'mobile-length' }] },
    { name: 'not a phone', submission: phone('call me'), errors: [{ code: 'invalid-characters' }, { code: 'malformed' }] },
  ],
});
