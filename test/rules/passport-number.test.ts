import { ruleTester } from '../rule-tester.js';

const person = (type: string, number: string, extra: Record<string, unknown> = {}) => ({ holder: { type: 'individual', name: '张三', ...extra }, certificate: { type, number } });
const org = (type: string, number: string) => ({ holder: { type: 'organization', name: '厦门某某科技有限公司' }, certificate: { type, number } });

ruleTester('passport-number', {
  valid: [
    { name: 'mainland E passport', submission: person('passport', 'E12345678', { region: 'CN' }) },
    { name: 'mainland E + letter passport', submission: person('passport', 'EA1234567', { region: 'CN' }) },
    { name: 'foreign passport: loose ICAO check', submission: person('passport', 'X1234567', { region: 'US' }) },
  ],
  invalid: [
    { name: 'not a mainland passport format', submission: person('passport', 'X12345678', { region: 'CN' }), errors: [{ code: 'format' }] },
    { name: 'foreign passport too short', submission: person('passport', 'AB12', { region: 'US' }), errors: [{ code: 'length' }] },
  ],
});
