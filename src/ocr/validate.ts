/**
 * The number checks OCR candidates are validated with (pure, browser-safe): one function per number kind, returning
 * the shared NumberCheck shape of src/numbers/.
 */
import { checkUscc } from '../numbers/uscc.js';
import { checkResidentId } from '../numbers/resident-id.js';
import { checkOrgCode } from '../numbers/org-code.js';
import type { NumberCheck, NumberKind } from '../numbers/types.js';

export type { NumberKind } from '../numbers/types.js';

function formatCheck(pattern: RegExp, value: string): NumberCheck {
  const valid = pattern.test(value);
  return {
    valid,
    normalized: value,
    problems: valid ? [] : [{ code: 'format', severity: 'error', message: 'Not in the expected format.' }],
    suggestions: [],
  };
}

/** GS15 business registration number: ISO 7064 MOD 11,10 over 15 digits. */
function checkRegistrationNumber15(value: string): NumberCheck {
  if (!/^\d{15}$/.test(value)) return formatCheck(/^$/, value);
  let p = 10;
  for (let i = 0; i < 14; i += 1) {
    let s = (p + Number(value[i])) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const check = (11 - p) % 10;
  return formatCheck(new RegExp(`^\\d{14}${check}$`), value);
}

/** Validates `value` (already normalised) as a number of the given kind. */
export function validateNumber(kind: NumberKind, value: string): NumberCheck {
  switch (kind) {
    case 'uscc':
      return checkUscc(value);
    case 'resident-id':
      return checkResidentId(value);
    case 'residence-permit':
      return checkResidentId(value, { kinds: ['hk-macau-taiwan-residence'] });
    case 'foreign-permanent-id':
      return checkResidentId(value, { kinds: ['foreign-permanent'] });
    case 'org-code':
      return checkOrgCode(value);
    case 'registration-number':
      return checkRegistrationNumber15(value);
    case 'passport':
      return formatCheck(/^(?:[GE]\d{8}|E[A-HJ-NP-Z]\d{7}|[DSP]E\d{7})$/, value);
    case 'hk-macau-permit':
      return formatCheck(/^[HM]\d{8}(?:\d{2})?$/, value);
    case 'taiwan-permit':
      return formatCheck(/^\d{8}(?:\d{2})?$/, value);
    default:
      return formatCheck(/^$/, value);
  }
}
