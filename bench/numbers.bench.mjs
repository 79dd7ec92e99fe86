// Benchmark of the resident-ID and USCC checks against peer libraries, on the same inputs in one run.
// Run on demand (not part of npm test):   npx tsx bench/numbers.bench.mjs
// Uses the built library in dist/ when it exports the number checks, otherwise the TypeScript sources (needs tsx).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

async function loadLibrary() {
  // BENCH_SRC=1 measures the TypeScript sources even when a (possibly stale) dist/ exists.
  if (!process.env.BENCH_SRC) try {
    const dist = await import('../dist/index.js');
    if (typeof dist.checkResidentId === 'function' && typeof dist.checkUscc === 'function') return { lib: dist, from: 'dist/' };
  } catch {
    // not built, or built without the number checks
  }
  try {
    return { lib: await import('../src/numbers/index.ts'), from: 'src/ (via tsx)' };
  } catch (e) {
    console.error('Cannot load the library: build it first (npm run build) or run with `npx tsx bench/numbers.bench.mjs`.');
    throw e;
  }
}

const { lib, from } = await loadLibrary();
const validator = require('validator');
const IDValidator = require('id-validator');
const idValidator = new IDValidator();

// ---- inputs -------------------------------------------------------------------------------------------------------
// Deterministic pseudo-random generator so every run checks the same inputs.
let seed = 0x2f6b1a3d;
const rand = (n) => {
  seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
  return seed % n;
};
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => '10X98765432'[[...b].reduce((s, d, i) => s + Number(d) * W[i], 0) % 11];
const PROV = ['11', '12', '13', '21', '31', '32', '33', '35', '37', '41', '44', '50', '51', '61', '65'];
const pad = (n, w) => String(n).padStart(w, '0');

function validId() {
  const body =
    PROV[rand(PROV.length)] + pad(rand(10000), 4) + pad(1950 + rand(55), 4) + pad(1 + rand(12), 2) + pad(1 + rand(28), 2) + pad(rand(1000), 3);
  return body + idCheck(body);
}
function invalidId(k) {
  const v = validId();
  switch (k % 5) {
    case 0: // checksum typo
      return v.slice(0, 17) + (v[17] === '0' ? '1' : '0');
    case 1: // impossible date (month 13), correct checksum
      return ((b) => b + idCheck(b))(v.slice(0, 10) + '13' + v.slice(12, 17));
    case 2: // too short
      return v.slice(0, 16);
    case 3: // letter O typed for a zero
      return v.replace('0', 'O');
    default: // lower-case x or a non-province prefix
      return ((b) => b + idCheck(b))('99' + v.slice(2, 17));
  }
}

const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccCheck = (b) => {
  let s = 0;
  let w = 1;
  for (let i = 0; i < 17; i++) {
    s += USCC_A.indexOf(b[i]) * w;
    w = (w * 3) % 31;
  }
  return USCC_A[(31 - (s % 31)) % 31];
};
const orgCheck = (b) => {
  const ww = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) s += parseInt(b[i], 36) * ww[i];
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
};
function validUscc() {
  let org = '';
  for (let i = 0; i < 8; i++) org += USCC_A[rand(31)];
  const body = '91' + PROV[rand(PROV.length)] + pad(rand(10000), 4) + org + orgCheck(org);
  return body + usccCheck(body);
}
function invalidUscc(k) {
  const v = validUscc();
  if (k % 3 === 0) return v.slice(0, 17) + (v[17] === '0' ? '1' : '0');
  if (k % 3 === 1) return v.slice(0, 17);
  return v.slice(0, 9) + 'O' + v.slice(10);
}

const N = 1000;
const ids = { valid: [], invalid: [] };
for (let i = 0; i < N; i++) {
  ids.valid.push(validId());
  ids.invalid.push(invalidId(i));
}
// Half and half, interleaved in a fixed pseudo-random order.
const shuffle = (a) => {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
ids.mixed = shuffle(ids.valid.slice(0, N / 2).concat(ids.invalid.slice(0, N / 2)));
const usccs = { valid: [], invalid: [] };
for (let i = 0; i < N; i++) {
  usccs.valid.push(validUscc());
  usccs.invalid.push(invalidUscc(i));
}
usccs.mixed = shuffle(usccs.valid.slice(0, N / 2).concat(usccs.invalid.slice(0, N / 2)));

// Sanity: every implementation accepts the valid inputs.
const now = lib.todayInShanghai();
for (const s of ids.valid) {
  if (!lib.checkResidentId(s).valid || !validator.isIdentityCard(s, 'zh-CN') || !idValidator.isValid(s))
    throw new Error('a peer disagrees on a valid ID: ' + s);
}
for (const s of usccs.valid) if (!lib.checkUscc(s).valid) throw new Error('invalid USCC generated: ' + s);

// ---- timing -------------------------------------------------------------------------------------------------------
let sink = 0;
function timeOnce(fn, inputs, reps) {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) for (let i = 0; i < inputs.length; i++) if (fn(inputs[i])) sink++;
  return Number(process.hrtime.bigint() - t0) / (reps * inputs.length);
}
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function run(impls, sets, { rounds = 15, warmup = 5, reps = 20 } = {}) {
  const results = {};
  for (const name of Object.keys(impls)) results[name] = Object.fromEntries(Object.keys(sets).map((k) => [k, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [setName, inputs] of Object.entries(sets)) {
      // Rotate the order each round so no implementation always runs first.
      const names = Object.keys(impls);
      for (let j = 0; j < names.length; j++) {
        const name = names[(j + round) % names.length];
        const ns = timeOnce(impls[name], inputs, reps);
        if (round >= warmup) results[name][setName].push(ns);
      }
    }
  }
  return results;
}

const idImpls = {
  'realname-precheck checkResidentId': (s) => lib.checkResidentId(s, { now }).valid,
  "validator.js isIdentityCard(s, 'zh-CN')": (s) => validator.isIdentityCard(s, 'zh-CN'),
  'id-validator isValid(s), shared instance': (s) => idValidator.isValid(s),
  'id-validator isValid(s), fresh instance': (s) => new IDValidator().isValid(s),
  // Its memo table emptied before each call: the checks themselves, without construction or cache hits.
  'id-validator isValid(s), cache cleared': (s) => {
    idValidator.cache = {};
    return idValidator.isValid(s);
  },
};
const usccImpls = { 'realname-precheck checkUscc': (s) => lib.checkUscc(s).valid };

const idResults = run(idImpls, ids);
const usccResults = run(usccImpls, usccs);

const fmt = (x) => x.toFixed(0);
console.log(`\nInputs: ${N} valid + ${N} invalid numbers (invalid: checksum typo, impossible date, too short, O for 0, bad province); mixed = 50/50.`);
console.log(`Library loaded from ${from}. Node ${process.version}. Median of 15 rounds after 5 warm-up rounds, ns per call.\n`);
console.log('| implementation | mixed ns/op | valid ns/op | invalid ns/op | checks |');
console.log('| --- | ---: | ---: | ---: | --- |');
const what = {
  'realname-precheck checkResidentId':
    'normalisation report, length, chars, kind, province, calendar date, future date, MOD 11-2, look-alike suggestions',
  "validator.js isIdentityCard(s, 'zh-CN')": 'regex, province, calendar date, MOD 11-2; boolean only',
  'id-validator isValid(s), shared instance':
    'memoises every result per instance, so after the first round each input is a cache hit; month 1-12 / day 1-31 only',
  'id-validator isValid(s), fresh instance': 'same checks without cache hits: also accepts 15-digit IDs; boolean only',
  'id-validator isValid(s), cache cleared': 'the same checks, memo table emptied before each call; boolean only',
  'realname-precheck checkUscc': 'alphabet, authority/category, region, org-code check, mod 31, look-alikes',
};
for (const [name, r] of Object.entries({ ...idResults, ...usccResults })) {
  console.log(`| ${name} | ${fmt(median(r.mixed))} | ${fmt(median(r.valid))} | ${fmt(median(r.invalid))} | ${what[name]} |`);
}
if (sink === -1) console.log(sink);
