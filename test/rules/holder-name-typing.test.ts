import { ruleTester } from '../rule-tester.js';

const named = (name: string) => ({ holder: { type: 'organization', name }, certificate: { type: 'business-license', number: '91350100M000100Y43' } });

ruleTester('holder-name-typing', {
  valid: [
    { name: 'half-width brackets', submission: named('厦门某某科技(集团)有限公司') },
    { name: 'Latin name keeps its spaces', submission: { holder: { type: 'individual', name: 'John Smith' }, certificate: { type: 'passport', number: 'X1234567' } } },
    { name: 'full-width brackets where a custom profile allows any', submission: named('厦门某某科技（集团）有限公司'), options: { profile: { id: 'any-brackets', extends: 'strict', title: { 'zh-CN': '括号不限', en: 'Any brackets' }, rules: { 'holder-name-typing': { options: { brackets: 'any' } } } } } },
  ],
  invalid: [
    { name: 'full-width brackets', submission: named('厦门某某科技（集团）有限公司'), errors: [{ code: 'full-width-brackets', suggestion: '厦门某某科技(集团)有限公司' }] },
    { name: 'space inside a Chinese name', submission: named('厦门某某 科技有限公司'), errors: [{ code: 'spaces', suggestion: '厦门某某科技有限公司' }] },
    { name: 'trailing space', submission: named('厦门某某科技有限公司 '), errors: [{ code: 'leading-trailing-space' }] },
    { name: 'only spaces', submission: named('   '), errors: [{ code: 'empty' }] },
    { name: 'look-alike middle dot', submission: { holder: { type: 'individual', name: '阿卜杜・热合曼' }, certificate: { type: 'resident-id', number: '11010519491231002X' } }, errors: [{ code: 'nonstandard-middle-dot', suggestion: '阿卜杜·热合曼' }] },
  ],
});
