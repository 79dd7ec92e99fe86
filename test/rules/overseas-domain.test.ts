import { ruleTester } from '../rule-tester.js';

const sub = (region: string, domain: string) => ({ holder: { type: 'individual', name: 'John Smith', region }, certificate: { type: 'passport', number: 'X1234567' }, domain });

ruleTester('overseas-domain', {
  valid: [
    { name: 'mainland holder with .cn', submission: sub('CN', 'example.cn') },
    { name: 'overseas holder with .com', submission: sub('US', 'example.com') },
    { name: 'Tencent does not restrict this', submission: sub('US', 'example.cn'), options: { profile: 'tencent' } },
  ],
  invalid: [
    { name: 'overseas holder with .cn at Aliyun', submission: sub('US', 'example.cn'), options: { profile: 'aliyun' }, errors: [{ code: 'overseas-restricted-suffix', field: 'domain' }] },
    { name: 'overseas holder with .中国', submission: sub('JP', '例子.中国'), errors: [{ code: 'overseas-restricted-suffix', messageIncludes: '.中国' }] },
    { name: '.中国 typed in punycode', submission: sub('JP', 'example.xn--fiqs8s'), errors: [{ code: 'overseas-restricted-suffix', messageIncludes: '.中国' }] },
    { name: 'IME full stop and upper case', submission: sub('DE', 'EXAMPLE。CN'), errors: [{ code: 'overseas-restricted-suffix' }] },
  ],
});
