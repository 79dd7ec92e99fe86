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
    { name: 'only Hangul fillers', submission: named('\u3164\u3164'), errors: [{ code: 'empty' }] },
    { name: 'a right-to-left override', submission: named('厦门某某\u202E科技有限公司'), errors: [{ code: 'control-chars', suggestion: '厦门某某科技有限公司', messageIncludes: 'U+202E' }] },
    { name: 'tag characters', submission: named('厦门某某科技有限公司\u{E0041}\u{E007F}'), errors: [{ code: 'control-chars', suggestion: '厦门某某科技有限公司', messageIncludes: 'U+E0041' }] },
    { name: 'blank-looking letters: Hangul fillers and the braille blank', submission: named('厦门\u3164某某\u2800科技\u115F\u1160有限公司\uFFA0'), errors: [{ code: 'control-chars', suggestion: '厦门某某科技有限公司', messageIncludes: 'U+3164' }] },
    { name: 'a lone surrogate', submission: named('厦门某某\uD800科技有限公司'), errors: [{ code: 'control-chars', suggestion: '厦门某某科技有限公司', messageIncludes: 'U+D800' }] },
    { name: 'invisible characters in the English name too', submission: { holder: { type: 'organization', name: '厦门某某科技有限公司', nameEn: 'Xiamen \u202EMouyou Ltd' }, certificate: { type: 'business-license', number: '91350100M000100Y43' } }, errors: [{ code: 'control-chars', field: 'holder.nameEn', suggestion: 'Xiamen Mouyou Ltd', messageIncludes: 'U+202E' }] },
    { name: 'bidi isolates and marks', submission: named('\u2067厦门某某科技有限公司\u2069\u200F'), errors: [{ code: 'control-chars', suggestion: '厦门某某科技有限公司' }] },
    { name: 'look-alike middle dot', submission: { holder: { type: 'individual', name: '阿卜杜・热合曼' }, certificate: { type: 'resident-id', number: '11010519491231002X' } }, errors: [{ code: 'nonstandard-middle-dot', suggestion: '阿卜杜·热合曼' }] },
  ],
});
