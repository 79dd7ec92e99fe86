import { ruleTester } from '../rule-tester.js';

ruleTester('contact-person', {
  valid: [
    { name: 'a person', submission: { contact: { name: '李四' } } },
    { name: 'a Latin name', submission: { contact: { name: 'Jane Doe' } } },
  ],
  invalid: [
    { name: 'the company as contact', submission: { contact: { name: '厦门某某科技有限公司' } }, errors: [{ code: 'organization-name', field: 'contact.name' }] },
    { name: 'an English company as contact', submission: { contact: { name: 'Example Co., Ltd.' } }, errors: [{ code: 'organization-name' }] },
  ],
});
