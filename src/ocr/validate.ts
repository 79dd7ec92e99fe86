/**
 * The number checks OCR candidates are validated with (pure, browser-safe): the same checks as typed numbers
 * (src/numbers/), so a number suggested from an image always passes the check it will face when typed.
 */
import { checkNumberForKind, type NumberCheck, type NumberKind } from '../numbers/index.js';

export type { NumberKind } from '../numbers/index.js';

/**
 * Validates `value` (already normalised) as a number of the given kind, on the date `now` (YYYY-MM-DD, default today). Passports are checked against the mainland
 * formats: a foreign passport passes only the loose ICAO check, which proves nothing about an OCR reading.
 */
export function validateNumber(kind: NumberKind, value: string, now?: string): NumberCheck {
  return checkNumberForKind(kind, value, kind === 'passport' ? { country: 'CN' } : { now });
}
