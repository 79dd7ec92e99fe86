/** validate never throws, whatever object it is given: getters, Proxies and cycles become findings. */
import { describe, expect, it } from 'vitest';
import { validate as validateInBrowser } from '../src/index.js';
import { ConfigurationError, validate } from '../src/node.js';

const boom = () => {
  throw new Error('boom');
};

describe('validate on hostile objects', () => {
  it('reports a throwing getter on the submission instead of throwing', async () => {
    const report = await validate(Object.defineProperty({}, 'holder', { get: boom, enumerable: true }), { now: '2026-06-15' });
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'submission-shape', code: 'wrong-type', field: 'holder' }));
  });

  it('reports a throwing getter inside a part and keeps checking the other fields', async () => {
    const holder = Object.defineProperty({ type: 'individual' }, 'name', { get: boom, enumerable: true });
    const report = await validate({ holder, certificate: { type: 'resident-id', number: '11010519491231OO2X' } }, { now: '2026-06-15' });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'wrong-type', field: 'holder.name' }));
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'resident-id-number', suggestion: '11010519491231002X' }));
  });

  it('survives Proxies whose traps throw, and revoked Proxies', async () => {
    const traps = new Proxy({}, { ownKeys: boom, get: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
    expect((await validate(traps, { now: '2026-06-15' })).ok).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect((await validate(proxy, { now: '2026-06-15' })).findings[0]).toMatchObject({ code: 'not-object' });
    const files = new Proxy([{ path: 'a.jpg' }], { getOwnPropertyDescriptor: boom });
    const report = await validate({ holder: { type: 'individual', name: '张三' }, certificate: { type: 'passport', number: 'E12345678' }, files }, { now: '2026-06-15', baseDir: '/nonexistent' });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'wrong-type', field: 'files' }));
  });

  it('handles cycles and a file entry with a throwing getter', async () => {
    const cyclic: Record<string, unknown> = { holder: { type: 'individual', name: '张三' }, certificate: { type: 'passport', number: 'E12345678' } };
    cyclic.self = cyclic;
    expect((await validate(cyclic, { now: '2026-06-15' })).findings).toContainEqual(expect.objectContaining({ code: 'unknown-field', field: 'self' }));
    const entry = Object.defineProperty({}, 'path', { get: boom, enumerable: true });
    const report = await validate({ files: [entry] }, { now: '2026-06-15', baseDir: '/nonexistent' });
    expect(report.findings.some((f) => f.field === 'files.0')).toBe(true);
  });
});

describe('configuration errors are thrown, and only those', () => {
  it('takes null options as no options, and rejects options that are not an object', async () => {
    const report = await validate({ holder: { type: 'individual' } }, null);
    expect(report.profile).toBe('strict');
    expect(report.findings.some((f) => f.field === 'holder.name')).toBe(true);
    await expect(validate({}, 'strict' as never)).rejects.toBeInstanceOf(ConfigurationError);
    await expect(validateInBrowser({}, 42 as never)).rejects.toBeInstanceOf(ConfigurationError);
  });
  it('rejects a `now` that is not a real date', async () => {
    await expect(validate({}, { now: '2026-02-30' })).rejects.toBeInstanceOf(ConfigurationError);
  });
  it('rejects a profile object that configures an unknown rule', async () => {
    const profile = { id: 'mine', extends: 'strict', title: { 'zh-CN': '我的', en: 'Mine' }, rules: { 'restricted-terms': 'off' as const } };
    await expect(validate({}, { profile, now: '2026-06-15' })).rejects.toThrow(/unknown rules: restricted-terms/);
  });
});
