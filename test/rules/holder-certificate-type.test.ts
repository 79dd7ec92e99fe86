import { ruleTester } from '../rule-tester.js';

const sub = (holder: Record<string, unknown>, type: string, number = '91350100M000100Y43') => ({ holder: { name: '厦门某某科技有限公司', ...holder }, certificate: { type, number } });

ruleTester('holder-certificate-type', {
  valid: [
    { name: 'company with a business license', submission: sub({ type: 'organization', organizationKind: 'enterprise' }, 'business-license') },
    { name: 'person with a resident ID', submission: { holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231002X' } } },
    { name: 'public institution with its legal person certificate (section 2.3.24)', submission: sub({ type: 'organization', organizationKind: 'public-institution', name: '某某市第一医院' }, 'public-institution-certificate') },
    { name: 'the stated kind decides, not a name containing 企业', submission: sub({ type: 'organization', organizationKind: 'government', name: '某某市企业服务中心' }, 'uscc-certificate') },
    { name: 'government body with a USCC certificate', submission: sub({ type: 'organization', organizationKind: 'government', name: '某某市市场监督管理局' }, 'uscc-certificate') },
  ],
  invalid: [
    { name: 'individual with a business license', submission: sub({ type: 'individual', name: '张三' }, 'business-license'), errors: [{ code: 'holder-type-mismatch', field: 'certificate.type', messageIncludes: 'Business license' }] },
    { name: 'organization with a passport', submission: sub({ type: 'organization' }, 'passport', 'E12345678'), errors: [{ code: 'holder-type-mismatch' }] },
    { name: 'foundation with a business license', submission: sub({ type: 'organization', organizationKind: 'foundation', name: '某某慈善基金会' }, 'business-license'), errors: [{ code: 'organization-kind-mismatch', messageIncludes: 'Foundation legal person registration certificate' }] },
    { name: 'company choosing USCC certificate after three-in-one', submission: sub({ type: 'organization' }, 'uscc-certificate'), errors: [{ code: 'uscc-certificate-for-company', severity: 'warning', suggestion: 'business-license' }] },
  ],
});
