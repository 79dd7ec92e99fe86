import { ruleTester } from '../rule-tester.js';
import { person } from './submissions.js';

ruleTester('holder-age', {
  valid: [
    { name: 'adult', submission: person('resident-id', '11010519491231002X') },
    { name: 'eighteenth birthday today', submission: person('resident-id', '110105200806150024'), options: { now: '2026-06-15' } },
    { name: 'a birth date after today is the number rule\'s finding, not an age of -1', submission: person('resident-id', '110105200806150024'), options: { now: '2008-06-14' } },
  ],
  invalid: [
    { name: 'one day short of eighteen', submission: person('resident-id', '110105200806150024'), options: { now: '2026-06-14' }, errors: [{ code: 'under-age', messageIncludes: '17' }] },
    { name: 'a child', submission: person('resident-id', '110105201201010023'), errors: [{ code: 'under-age' }] },
    { name: 'a stricter custom profile', submission: person('resident-id', '110105200806150024'), options: { profile: { id: 'custom', extends: 'strict', title: { 'zh-CN': '自定义', en: 'Custom' }, rules: { 'holder-age': { options: { minAge: 20 } } } } }, errors: [{ code: 'under-age', messageIncludes: '20' }] },
  ],
});
