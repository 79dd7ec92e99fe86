import { ruleTester } from '../rule-tester.js';

ruleTester('submission-shape', {
  valid: [
    { name: 'complete', submission: { holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231002X' } } },
    { name: 'optional parts with valid values', submission: { holder: { type: 'organization', name: '某某科技有限公司', region: 'CN', organizationKind: 'enterprise' }, certificate: { type: 'business-license', number: '91350100M000100Y43', issuedOn: '2020-02-29', expiresOn: 'long-term' }, contact: { name: '李四', phone: '+86.13800138000' }, domain: 'example.cn', files: [{ path: 'license.jpg' }] } },
  ],
  invalid: [
    { name: 'not an object', submission: 'hello', errors: [{ code: 'not-object' }] },
    { name: 'null', submission: null, errors: [{ code: 'not-object' }] },
    { name: 'empty object', submission: {}, errors: [
      { code: 'missing', field: 'holder.type' }, { code: 'missing', field: 'holder.name' },
      { code: 'missing', field: 'certificate.type' }, { code: 'missing', field: 'certificate.number' },
    ] },
    { name: 'wrong types', submission: { holder: { type: 'individual', name: 42 }, certificate: 'x' }, errors: [
      { code: 'wrong-type', field: 'holder.name', messageIncludes: 'number' },
      { code: 'wrong-type', field: 'certificate' },
      { code: 'missing', field: 'certificate.type' }, { code: 'missing', field: 'certificate.number' },
    ] },
    { name: 'bad enum, impossible date, typo field', submission: { holder: { type: 'company', name: 'X' }, certificate: { type: 'resident-id', number: '1', issuedOn: '2023-02-30' }, contcat: {} }, errors: [
      { code: 'invalid-value', field: 'holder.type', messageIncludes: 'company' },
      { code: 'invalid-value', field: 'certificate.issuedOn' },
      { code: 'unknown-field', field: 'contcat', severity: 'warning' },
    ] },
    { name: 'keys named like Object.prototype members are plain unknown fields', submission: JSON.parse('{"holder":{"type":"individual","name":"张三","toString":"x","constructor":1,"__proto__":{"name":"李四"}},"certificate":{"type":"resident-id","number":"11010519491231002X","hasOwnProperty":true},"__proto__":{}}'), errors: [
      { code: 'unknown-field', field: 'holder.toString' }, { code: 'unknown-field', field: 'holder.constructor' }, { code: 'unknown-field', field: 'holder.__proto__' },
      { code: 'unknown-field', field: 'certificate.hasOwnProperty' }, { code: 'unknown-field', field: '__proto__' },
    ] },
    { name: 'a value is quoted with its invisible characters spelt out', submission: { holder: { type: 'indi\u202Evidual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231002X' } }, errors: [
      { code: 'invalid-value', field: 'holder.type', messageIncludes: 'indiU+202Evidual' },
    ] },
    { name: 'bad file entry', submission: { holder: { type: 'individual', name: 'A' }, certificate: { type: 'passport', number: 'E12345678' }, files: [{ path: '' }, 3] }, errors: [
      { code: 'invalid-value', field: 'files.0' }, { code: 'wrong-type', field: 'files.1' },
    ] },
  ],
});
