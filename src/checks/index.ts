/** Every check primitive, by name. Rule files in rules/ refer to these names. */
import type { CheckDefinition } from '../engine/check.js';
import { submissionShape } from './submission-shape.js';
import { certificateImageText } from './certificate-image-text.js';
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
import { holderCertificateType, holderNameKind, holderNameTyping, holderRegion, overseasDomain } from './holder.js';
import { contactPerson, contactPhone } from './contact.js';
import { restrictedTerm } from './restricted-terms.js';
import { certificateExpiryCheck, newCertificate } from './certificate-dates.js';

import { fileReadable, imageFormat, fileSize, imageIntegrity } from './files.js';
import { imageResolution, imageColour, imageClarity, imageCompleteness, imageFrames, imageOrientation } from './images.js';
import { imageOverlay, imageGlare, imageObstruction, imageSeal, imageDetail } from './image-defects.js';

export const checks: readonly CheckDefinition<any>[] = [
  submissionShape,
  certificateImageText,
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
  holderCertificateType,
  holderNameTyping,
  holderNameKind,
  holderRegion,
  overseasDomain,
  contactPerson,
  contactPhone,
  restrictedTerm,
  newCertificate,
  certificateExpiryCheck,
  fileReadable,
  imageFormat,
  fileSize,
  imageIntegrity,
  imageResolution,
  imageColour,
  imageClarity,
  imageCompleteness,
  imageFrames,
  imageOrientation,
  imageOverlay,
  imageGlare,
  imageObstruction,
  imageSeal,
  imageDetail,
];
