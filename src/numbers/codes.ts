/**
 * Every problem code each number check can report, so the rule layer can verify that each one has a message.
 * Tests assert that the checks never report a code missing from their list.
 *
 * Data keys worth knowing: 'checksum', 'invalid-char' and 'format' problems get `data.lookalike` (the number of
 * look-alike variants found, which are in `suggestions`) when a look-alike search ran.
 */
import { NORMALIZATION_CODES } from '../text/normalize-number.js';
import type { NumberKind } from './types.js';

export { NORMALIZATION_CODES };

/** Reported by every check: normalisation of the typed value, and the basic shape. */
export const COMMON_CODES = ['empty', ...NORMALIZATION_CODES, 'invalid-char', 'length'] as const;

export const USCC_CODES = [
  ...COMMON_CODES,
  'checksum',
  'authority',
  'category',
  'region',
  'org-code-checksum',
] as const;

export const RESIDENT_ID_CODES = [
  ...COMMON_CODES,
  'checksum',
  'birth-date',
  'future-birth-date',
  'province',
  'kind',
  'old-15-digit',
] as const;

export const ORG_CODE_CODES = [...COMMON_CODES, 'checksum', 'hyphen'] as const;

export const REGISTRATION_NUMBER_CODES = [...COMMON_CODES, 'checksum', 'region'] as const;

export const PASSPORT_CODES = [...COMMON_CODES, 'format'] as const;

export const HK_MACAU_PERMIT_CODES = [...COMMON_CODES, 'format'] as const;

export const TAIWAN_PERMIT_CODES = [...COMMON_CODES] as const;

/** Codes that are always warnings (never make `valid` false). All other codes are errors. */
export const WARNING_CODES = ['authority', 'category', 'region', 'org-code-checksum', 'hyphen'] as const;

/**
 * Reported by every check called with a value that is not a string (JavaScript callers; validate always passes
 * strings, so no rule maps it).
 */
export const INPUT_CODES = ['wrong-type'] as const;

/** Reported by `checkNumberForKind` for a kind it does not know. */
export const DISPATCH_CODES = ['unknown-kind'] as const;

/** The code list for each number kind accepted by `checkNumberForKind`. */
export const CODES_BY_KIND: Readonly<Record<NumberKind, readonly string[]>> = Object.freeze({
  uscc: USCC_CODES,
  'resident-id': RESIDENT_ID_CODES,
  'residence-permit': RESIDENT_ID_CODES,
  'foreign-permanent-id': RESIDENT_ID_CODES,
  'org-code': ORG_CODE_CODES,
  'registration-number': REGISTRATION_NUMBER_CODES,
  passport: PASSPORT_CODES,
  'hk-macau-permit': HK_MACAU_PERMIT_CODES,
  'taiwan-permit': TAIWAN_PERMIT_CODES,
});
