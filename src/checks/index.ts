/** Every check primitive, by name. Rule files in rules/ refer to these names. */
import type { CheckDefinition } from '../engine/check.js';
import { submissionShape } from './submission-shape.js';
import {
  certificateNumberTyping,
  usccNumber,
  residentIdNumber,
  residencePermitNumber,
  orgCodeNumber,
  registrationNumber,
  passportNumber,
  hkMacauPermitNumber,
  taiwanPermitNumber,
  holderAge,
} from './certificate-number.js';

export const checks: readonly CheckDefinition<any>[] = [
  submissionShape,
  certificateNumberTyping,
  usccNumber,
  residentIdNumber,
  residencePermitNumber,
  orgCodeNumber,
  registrationNumber,
  passportNumber,
  hkMacauPermitNumber,
  taiwanPermitNumber,
  holderAge,
];
