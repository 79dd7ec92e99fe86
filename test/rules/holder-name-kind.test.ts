import { ruleTester } from '../rule-tester.js';

ruleTester('holder-name-kind', {
  valid: [
    { name: 'person', submission: { holder: { type: 'individual', name: '张三' } } },
    { name: 'organization', submission: { holder: { type: 'organization', name: '厦门某某科技有限公司' } } },
    { name: 'overseas holder with the English document name', submission: { holder: { type: 'individual', name: 'John Smith', region: 'US' }, certificate: { type: 'passport', number: 'X1234567' } } },
    { name: 'overseas holder, both fields the same', submission: { holder: { type: 'individual', name: 'JOHN SMITH', nameEn: 'JOHN SMITH', region: 'US' }, certificate: { type: 'passport', number: 'X1234567' } } },
    { name: 'mainland holder: the English name is free', submission: { holder: { type: 'individual', name: 'ZHANG SAN', nameEn: 'Zhang San', region: 'CN' }, certificate: { type: 'passport', number: 'E12345678' } } },
  ],
  invalid: [
    { name: 'company name on an individual holder', submission: { holder: { type: 'individual', name: '厦门某某科技有限公司' } }, errors: [{ code: 'organization-name-on-individual', messageIncludes: '有限公司' }] },
    { name: 'legal representative typed as organization holder', submission: { holder: { type: 'organization', name: '王小明' } }, errors: [{ code: 'person-name-on-organization', severity: 'warning' }] },
    { name: 'overseas holder with a Chinese name for an English passport', submission: { holder: { type: 'individual', name: '约翰', nameEn: 'John Smith', region: 'US' }, certificate: { type: 'passport', number: 'X1234567' } }, errors: [{ code: 'overseas-name-not-document-name', suggestion: 'John Smith' }] },
    { name: 'overseas holder, the two name fields differ in case', submission: { holder: { type: 'individual', name: 'JOHN SMITH', nameEn: 'John Smith', region: 'US' }, certificate: { type: 'passport', number: 'X1234567' } }, errors: [{ code: 'overseas-name-case', severity: 'warning', messageIncludes: 'JOHN SMITH' }] },
  ],
});
