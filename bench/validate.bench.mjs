// Benchmark: validate() on text-only submissions (no files), through the built library.
// Run: npm run build && node bench/validate.bench.mjs
import { validate } from '../dist/node.js';

const submissions = {
  'valid individual': {
    holder: { type: 'individual', name: '张三', region: 'CN' },
    certificate: { type: 'resident-id', number: '11010519491231002X', issuedOn: '2016-03-01', expiresOn: '2036-03-01' },
    contact: { name: '张三', phone: '+86.13800138000', email: 'a@example.com' },
    domain: 'example.cn',
  },
  'valid company': {
    holder: { type: 'organization', name: '厦门某某科技有限公司', region: 'CN', organizationKind: 'enterprise' },
    certificate: { type: 'business-license', number: '91350100M000100Y43', issuedOn: '2019-05-20', expiresOn: 'long-term' },
    contact: { name: '李四', phone: '+86.13800138000' },
    domain: 'example.cn',
  },
  'company with typos': {
    holder: { type: 'organization', name: '厦门某某科技（集团） 有限公司', region: 'CN' },
    certificate: { type: 'uscc-certificate', number: '9135010OM000100Y43（1-1）', issuedOn: '2026-06-10', expiresOn: '2026-07-01' },
    contact: { name: '厦门某某科技有限公司', phone: '+010.88888888' },
    domain: 'example.cn',
  },
};

const ROUNDS = 15;
const PER_ROUND = 2000;
const options = { now: '2026-06-15' };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const rows = [];
for (const [name, s] of Object.entries(submissions)) {
  for (let i = 0; i < 2000; i++) await validate(s, options); // warm-up
  const perCall = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < PER_ROUND; i++) await validate(s, options);
    perCall.push(Number(process.hrtime.bigint() - t0) / PER_ROUND / 1000);
  }
  const findings = (await validate(s, options)).findings.length;
  rows.push(`| ${name} | ${findings} | ${median(perCall).toFixed(1)} | ${Math.min(...perCall).toFixed(1)} | ${Math.max(...perCall).toFixed(1)} |`);
}
console.log(`validate() on text-only submissions, ${ROUNDS} rounds × ${PER_ROUND} calls, Node ${process.version}\n`);
console.log('| submission | findings | median µs/call | min | max |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
