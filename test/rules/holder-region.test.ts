import { ruleTester } from '../rule-tester.js';

const from = (region: string) => ({ holder: { type: 'individual', name: 'John Smith', region }, certificate: { type: 'passport', number: 'X1234567' } });

ruleTester('holder-region', {
  valid: [
    { name: 'Hong Kong is served', submission: from('HK') },
    { name: 'overseas holder at Aliyun', submission: from('US'), options: { profile: 'aliyun' } },
  ],
  invalid: [
    { name: 'overseas holder under strict', submission: from('US'), errors: [{ code: 'region-not-served', field: 'holder.region', messageIncludes: 'US' }] },
    { name: 'overseas holder at Tencent', submission: from('DE'), options: { profile: 'tencent' }, errors: [{ code: 'region-not-served' }] },
  ],
});
