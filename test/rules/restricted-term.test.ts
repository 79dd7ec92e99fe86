import { ruleTester } from '../rule-tester.js';

const named = (name: string, nameEn?: string) => ({ holder: { type: 'organization', name, ...(nameEn ? { nameEn } : {}) } });

ruleTester('restricted-term', {
  valid: [
    { name: 'ordinary name', submission: named('厦门某某科技有限公司', 'Xiamen Mouyou Technology Co., Ltd.') },
    { name: 'China inside a longer word', submission: named('某某餐饮有限公司', 'Chinatown Indochina Trading Ltd') },
  ],
  invalid: [
    { name: '中华 in the name', submission: named('中华某某科技有限公司'), errors: [{ code: 'restricted-term', field: 'holder.name', messageIncludes: '中华' }] },
    { name: 'China in the English name, spaced and full-width', submission: named('某某科技有限公司', 'ＣＨＩＮＡ Example Ltd'), errors: [{ code: 'restricted-term', field: 'holder.nameEn' }] },
    { name: 'traditional 中國 in the name', submission: named('中國某某科技有限公司'), errors: [{ code: 'restricted-term', field: 'holder.name', messageIncludes: '中國' }] },
    { name: 'traditional 中華, 國家 and 全國', submission: { ...named('中華某某國家級公司'), contact: { name: '全國代理' } }, errors: [{ code: 'restricted-term', field: 'holder.name', messageIncludes: '國家' }, { code: 'restricted-term', field: 'contact.name' }] },
    { name: 'in the contact too', submission: { ...named('厦门某某科技有限公司'), contact: { name: '全国代理' } }, errors: [{ code: 'restricted-term', field: 'contact.name' }] },
    { name: 'a warning at Aliyun', submission: named('全国某某协会'), options: { profile: 'aliyun' }, errors: [{ code: 'restricted-term', severity: 'warning' }] },
  ],
});
