/** Pure, browser-safe checks of typed identity numbers. */
import type { NumberCheck, NumberCheckOptions, NumberKind, ResidentIdKind } from './types.js';
import { checkUscc } from './uscc.js';
import { checkResidentId } from './resident-id.js';
import { checkOrgCode } from './org-code.js';
import { checkRegistrationNumber } from './registration-number.js';
import { checkPassport } from './passport.js';
import { checkHkMacauPermit, checkTaiwanPermit } from './travel-permits.js';
import { readableOptions } from './shared.js';

export type {
  NumberCheck,
  NumberCheckOptions,
  NumberKind,
  NumberProblem,
  PassportOptions,
  ResidentIdKind,
  ResidentIdOptions,
  UsccOptions,
} from './types.js';
export { checkUscc, usccCheckChar, USCC_ALPHABET, USCC_CATEGORIES } from './uscc.js';
export { checkResidentId, ageOn, residentIdCheckChar, upgradeResidentId15 } from './resident-id.js';
export { checkOrgCode, orgCodeCheckChar } from './org-code.js';
export { checkRegistrationNumber, registrationNumberCheckDigit } from './registration-number.js';
export { checkPassport } from './passport.js';
export { checkHkMacauPermit, checkTaiwanPermit } from './travel-permits.js';
export { todayInShanghai } from './today.js';
export * from './codes.js';

export const NUMBER_KINDS: readonly NumberKind[] = [
  'uscc',
  'resident-id',
  'residence-permit',
  'foreign-permanent-id',
  'org-code',
  'registration-number',
  'passport',
  'hk-macau-permit',
  'taiwan-permit',
];

const RESIDENCE: ResidentIdKind[] = ['hk-macau-taiwan-residence'];
const FOREIGN: ResidentIdKind[] = ['foreign-permanent'];
const MAINLAND: ResidentIdKind[] = ['mainland'];

/**
 * Dispatch to the check for a certificate kind. For 'resident-id', `options.kinds` may widen the accepted kinds
 * (default mainland only); 'residence-permit' and 'foreign-permanent-id' always check their own kind.
 */
export function checkNumberForKind(kind: NumberKind, value: string, given: NumberCheckOptions = {}): NumberCheck {
  const options: NumberCheckOptions = readableOptions(given) ?? {};
  switch (kind) {
    case 'uscc':
      return checkUscc(value);
    case 'resident-id':
      return checkResidentId(value, { now: options.now, kinds: options.kinds ?? MAINLAND });
    case 'residence-permit':
      return checkResidentId(value, { now: options.now, kinds: RESIDENCE });
    case 'foreign-permanent-id':
      return checkResidentId(value, { now: options.now, kinds: FOREIGN });
    case 'org-code':
      return checkOrgCode(value);
    case 'registration-number':
      return checkRegistrationNumber(value);
    case 'passport':
      return checkPassport(value, { country: options.country });
    case 'hk-macau-permit':
      return checkHkMacauPermit(value);
    case 'taiwan-permit':
      return checkTaiwanPermit(value);
    default: {
      const unknown: string = typeof kind === 'string' ? kind : typeof kind; // never stringify a Symbol or Proxy
      return {
        valid: false,
        normalized: typeof value === 'string' ? value : '',
        problems: [
          { code: 'unknown-kind', severity: 'error', message: `Unknown number kind "${unknown}".`, data: { kind: unknown } },
        ],
        suggestions: [],
      };
    }
  }
}
