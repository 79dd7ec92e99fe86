/** Small builders for the rule tests' submissions. */
export const person = (type: string, number: string, extra: Record<string, unknown> = {}) => ({
  holder: { type: 'individual', name: '张三', ...extra },
  certificate: { type, number },
});

export const org = (type: string, number: string) => ({
  holder: { type: 'organization', name: '厦门某某科技有限公司' },
  certificate: { type, number },
});
