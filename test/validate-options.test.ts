/** Options are checked before anything runs: every mistake is a ConfigurationError that names the option. */
import { describe, expect, it } from 'vitest';
import { validate as validateInBrowser } from '../src/index.js';
import { ConfigurationError, validate, type Profile } from '../src/node.js';

const submission = { holder: { type: 'individual', name: '张三' }, certificate: { type: 'resident-id', number: '11010519491231002X' } };
const mine = (rules: Profile['rules'], extra: Record<string, unknown> = {}) =>
  ({ id: 'mine', extends: 'strict', title: { 'zh-CN': '我的', en: 'Mine' }, rules, ...extra }) as Profile;

async function rejection(options: unknown, entry: typeof validate = validate): Promise<ConfigurationError> {
  const error = await entry(submission, options as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('validate options', () => {
  it('rejects unknown option keys, suggesting the right spelling', async () => {
    expect((await rejection({ lnag: 'en' })).message).toMatch(/"lnag".*did you mean "lang"/);
    expect((await rejection({ Profile: 'aliyun' })).message).toMatch(/"Profile".*did you mean "profile"/);
    expect((await rejection({ verbose: true })).message).toMatch(/"verbose"/);
    expect((await rejection({ lnag: 'en' }, validateInBrowser)).message).toMatch(/"lnag"/);
  });

  it('rejects a wrong lang, ocr, baseDir, profile or only', async () => {
    expect((await rejection({ lang: 'EN' })).message).toMatch(/lang.*"EN".*did you mean "en"/);
    expect((await rejection({ lang: 'zh-cn' })).message).toMatch(/did you mean "zh-CN"/);
    expect((await rejection({ ocr: 'yes' })).message).toMatch(/ocr.*true or false.*"yes"/);
    expect((await rejection({ baseDir: 123 })).message).toMatch(/baseDir.*string.*123/);
    expect((await rejection({ baseDir: '' })).message).toMatch(/baseDir/);
    expect((await rejection({ profile: 42 })).message).toMatch(/profile/);
    expect((await rejection({ profile: 'Aliyun' })).message).toMatch(/"Aliyun".*did you mean "aliyun"/);
    expect((await rejection({ only: 'holder-age' })).message).toMatch(/only/);
    expect((await rejection({ only: ['holder-ages'] })).message).toMatch(/only.*"holder-ages".*did you mean "holder-age"/);
  });

  it('takes the documented options, and undefined values as left out', async () => {
    const report = await validate(submission, { profile: 'aliyun', now: '2026-06-15', lang: 'en', ocr: false, only: ['holder-age'], baseDir: '.' });
    expect(report.profile).toBe('aliyun');
    expect((await validate(submission, { lang: undefined, ocr: undefined, baseDir: undefined })).profile).toBe('strict');
    // The browser entry reads no files, but takes the same options object.
    expect((await validateInBrowser(submission, { baseDir: '/srv/uploads', now: '2026-06-15' })).profile).toBe('strict');
  });

  it('reports options that cannot be read as a configuration error', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    await rejection(proxy);
    await rejection(Object.defineProperty({}, 'lang', { get: () => { throw new Error('boom'); }, enumerable: true }));
    await rejection({ profile: proxy });
    await rejection({ profile: Object.defineProperty(mine({}), 'rules', { get: () => { throw new Error('boom'); }, enumerable: true }) });
    // An inherited option is no option: files are still opened (from the current folder), messages stay in Chinese.
    const report = await validate({ files: [{ path: 'package.json' }] }, Object.create({ baseDir: 123, lang: 'en' }));
    expect(report.findings.filter((f) => f.rule === 'file-readable').map((f) => f.code)).not.toContain('no-file-access');
    expect(report.findings[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('profile objects', () => {
  it('rejects a per-code severity for a code the rule does not have', async () => {
    const error = await rejection({ profile: mine({ 'file-size': { severity: { too_large: 'warning' } } }) });
    expect(error.message).toMatch(/file-size.*"too_large".*did you mean "too-large"/);
    const hidden = await rejection({ profile: mine({ 'file-size': { severity: { 'too\u202Elarge': 'warning' } } }) });
    expect(hidden.message).toContain('"tooU+202Elarge"');
  });

  it('rejects unknown keys in a rule setting, in its options and in the profile', async () => {
    expect((await rejection({ profile: mine({ 'file-size': { option: { maxBytes: 5 } } as never }) })).message).toMatch(/"option"/);
    expect((await rejection({ profile: mine({ 'file-size': { options: { maxbytes: 5_000_000 } } }) })).message).toMatch(/file-size.*"maxbytes".*did you mean "maxBytes"/);
    expect((await rejection({ profile: mine({}, { rule: {} }) })).message).toMatch(/"rule"/);
  });

  it('rejects impossible or misspelt option values, naming the option', async () => {
    expect((await rejection({ profile: mine({ 'file-size': { options: { minBytes: 2_000_000, maxBytes: 1_000_000 } } }) })).message).toMatch(/file-size.*minBytes.*maxBytes/);
    expect((await rejection({ profile: mine({ 'image-format': { options: { formats: ['JPEG'] } } }) })).message).toMatch(/image-format.*formats.*"JPEG".*did you mean "jpeg"/);
    expect((await rejection({ profile: mine({ 'image-format': { options: { formats: ['jpg'] } } }) })).message).toMatch(/formats/);
    expect((await rejection({ profile: mine({ 'image-format': { options: { extensions: ['.jpg'] } } }) })).message).toMatch(/extensions/);
  });

  it('still accepts a valid profile object, with a $schema key for editors', async () => {
    const profile = mine({ 'file-size': { severity: { 'too-large': 'warning' }, options: { maxBytes: 2_000_000 } }, 'image-format': { options: { formats: ['jpeg', 'png'] } } }, { $schema: 'https://example.com/profile.json' });
    expect((await validate(submission, { profile, now: '2026-06-15' })).profile).toBe('mine');
  });
});
