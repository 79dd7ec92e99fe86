/**
 * The options of validate, checked before anything runs: an unknown key or a wrong value is a ConfigurationError that
 * names the option (and the right spelling where one is close), never a setting silently ignored.
 */
import { parseIsoDate } from '../dates/plain-date.js';
import { describe, isArray, show } from './option-errors.js';
import { ConfigurationError } from './profiles.js';
import { didYouMean } from './suggest.js';
import type { Profile } from './schemas.js';
import type { Lang } from './types.js';

export interface CheckedOptions {
  profile?: string | Profile;
  now?: string;
  lang?: Lang;
  ocr?: boolean;
  only?: readonly string[];
  baseDir?: string;
}

/** Every option validate takes; `baseDir` is read by the Node entry and accepted (unused) by the browser one. */
export const OPTION_KEYS = ['profile', 'now', 'lang', 'ocr', 'only', 'baseDir'] as const;
const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Checks and copies the options (own data properties only, so a getter or Proxy cannot change them later). */
export function readOptions(given: unknown, ruleIds: readonly string[]): CheckedOptions {
  if (given === null || given === undefined) return {};
  if (typeof given !== 'object' || isArray(given)) {
    throw new ConfigurationError(`options must be an object (or left out), got ${describe(given)}.`);
  }
  const values = ownData(given);
  const options: Record<string, unknown> = {};
  for (const [key, value] of values) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) {
      throw new ConfigurationError(`Unknown option "${show(key)}"${didYouMean(key, OPTION_KEYS)}. Options: ${OPTION_KEYS.join(', ')}.`);
    }
    if (value !== undefined) options[key] = value;
  }
  const { profile, now, lang, ocr, only, baseDir } = options;
  if (profile !== undefined && typeof profile !== 'string' && (typeof profile !== 'object' || profile === null || isArray(profile))) {
    throw new ConfigurationError(`options.profile must be a profile name (strict, aliyun, tencent, huawei) or a profile object, got ${describe(profile)}.`);
  }
  if (now !== undefined && (typeof now !== 'string' || parseIsoDate(now) === null)) {
    throw new ConfigurationError(`options.now must be a real date written YYYY-MM-DD, got ${describe(now)}.`);
  }
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang)) {
    throw new ConfigurationError(`options.lang must be "zh-CN" or "en", got ${describe(lang)}${didYouMean(lang, LANGS)}.`);
  }
  if (ocr !== undefined && typeof ocr !== 'boolean') {
    throw new ConfigurationError(`options.ocr must be true or false, got ${describe(ocr)}.`);
  }
  if (baseDir !== undefined && (typeof baseDir !== 'string' || baseDir === '')) {
    throw new ConfigurationError(`options.baseDir must be a folder path (a non-empty string), got ${describe(baseDir)}.`);
  }
  if (only !== undefined) {
    if (!isArray(only)) throw new ConfigurationError(`options.only must be an array of rule ids, got ${describe(only)}.`);
    const ids = [...ownData(only as object).values()];
    for (const id of ids) {
      if (typeof id !== 'string' || !ruleIds.includes(id)) {
        throw new ConfigurationError(`options.only names an unknown rule ${describe(id)}${didYouMean(id, ruleIds)}.`);
      }
    }
    options.only = ids;
  }
  return options as CheckedOptions;
}

/** Own enumerable data properties; a getter, a throwing Proxy or a revoked one is a configuration error. */
function ownData(value: object): Map<string, unknown> {
  const out = new Map<string, unknown>();
  try {
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !('value' in descriptor)) throw new Error(`"${show(key)}" is not a data property`);
      out.set(key, descriptor.value);
    }
  } catch (error) {
    throw new ConfigurationError(`options could not be read: ${error instanceof Error ? error.message : 'unreadable object'}.`);
  }
  return out;
}
