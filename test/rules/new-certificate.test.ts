import { ruleTester } from '../rule-tester.js';

const issued = (issuedOn: string) => ({ certificate: { type: 'business-license', number: '91350100M000100Y43', issuedOn } });

ruleTester('new-certificate', {
  valid: [
    { name: 'issued long ago', submission: issued('2020-01-01') },
    { name: 'Aliyun: exactly 10 natural days', submission: issued('2026-06-05'), options: { profile: 'aliyun', now: '2026-06-15' } },
  ],
  invalid: [
    { name: 'issued last week (strict: 10 natural and 10 working days)', submission: issued('2026-06-10'), options: { now: '2026-06-15' }, errors: [{ code: 'too-new', field: 'certificate.issuedOn' }] },
    { name: 'Tencent: working days skip the National Day holiday', submission: issued('2026-09-28'), options: { profile: 'tencent', now: '2026-10-09' },
      errors: [{ code: 'too-new', messageIncludes: '2026-10-17' }] },
    { name: 'Aliyun: 9 natural days are not enough', submission: issued('2026-06-06'), options: { profile: 'aliyun', now: '2026-06-15' }, errors: [{ code: 'too-new', messageIncludes: '2026-06-16' }] },
    { name: 'issue date in the future', submission: issued('2026-07-01'), errors: [{ code: 'issued-in-future' }] },
    { name: 'issue date at the end of the calendar', submission: issued('9999-12-31'), errors: [{ code: 'issued-in-future', messageIncludes: '9999-12-31' }] },
    { name: 'issue date years ahead, Aliyun', submission: issued('2100-01-01'), options: { profile: 'aliyun' }, errors: [{ code: 'issued-in-future' }] },
    { name: 'past the published calendar the working days are approximated', submission: issued('2027-03-01'), options: { profile: 'tencent', now: '2027-03-05' }, errors: [{ code: 'too-new' }, { code: 'working-days-approximated', severity: 'warning' }] },
  ],
});
