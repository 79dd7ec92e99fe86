/**
 * The built-in data: the rejection catalog, one JSON file per rule and the registrar profiles. Bundled into the
 * library so it runs in the browser without file access. test/meta.test.ts checks that every file in rules/ is listed.
 */
import catalog from '../rules/categories.json' with { type: 'json' };
import submissionShape from '../rules/submission-shape.json' with { type: 'json' };
import certificateImageText from '../rules/certificate-image-text.json' with { type: 'json' };
import certificateNumberTyping from '../rules/certificate-number-typing.json' with { type: 'json' };
import usccNumber from '../rules/uscc-number.json' with { type: 'json' };
import residentIdNumber from '../rules/resident-id-number.json' with { type: 'json' };
import residencePermitNumber from '../rules/residence-permit-number.json' with { type: 'json' };
import orgCodeNumber from '../rules/org-code-number.json' with { type: 'json' };
import registrationNumber from '../rules/registration-number.json' with { type: 'json' };
import passportNumber from '../rules/passport-number.json' with { type: 'json' };
import hkMacauPermitNumber from '../rules/hk-macau-permit-number.json' with { type: 'json' };
import taiwanPermitNumber from '../rules/taiwan-permit-number.json' with { type: 'json' };
import holderAge from '../rules/holder-age.json' with { type: 'json' };
import holderCertificateTypeRule from '../rules/holder-certificate-type.json' with { type: 'json' };
import holderNameTypingRule from '../rules/holder-name-typing.json' with { type: 'json' };
import holderNameKindRule from '../rules/holder-name-kind.json' with { type: 'json' };
import holderRegionRule from '../rules/holder-region.json' with { type: 'json' };
import overseasDomainRule from '../rules/overseas-domain.json' with { type: 'json' };
import contactPersonRule from '../rules/contact-person.json' with { type: 'json' };
import contactPhoneRule from '../rules/contact-phone.json' with { type: 'json' };
import restrictedTermRule from '../rules/restricted-term.json' with { type: 'json' };
import newCertificateRule from '../rules/new-certificate.json' with { type: 'json' };
import certificateExpiryRule from '../rules/certificate-expiry.json' with { type: 'json' };
import fileReadableRule from '../rules/file-readable.json' with { type: 'json' };
import imageFormatRule from '../rules/image-format.json' with { type: 'json' };
import fileSizeRule from '../rules/file-size.json' with { type: 'json' };
import imageIntegrityRule from '../rules/image-integrity.json' with { type: 'json' };
import imageResolutionRule from '../rules/image-resolution.json' with { type: 'json' };
import imageColourRule from '../rules/image-colour.json' with { type: 'json' };
import imageClarityRule from '../rules/image-clarity.json' with { type: 'json' };
import imageCompletenessRule from '../rules/image-completeness.json' with { type: 'json' };
import imageFramesRule from '../rules/image-frames.json' with { type: 'json' };
import imageOrientationRule from '../rules/image-orientation.json' with { type: 'json' };
import imageOverlayRule from '../rules/image-overlay.json' with { type: 'json' };
import imageGlareRule from '../rules/image-glare.json' with { type: 'json' };
import imageObstructionRule from '../rules/image-obstruction.json' with { type: 'json' };
import imageSealRule from '../rules/image-seal.json' with { type: 'json' };
import imageDetailRule from '../rules/image-detail.json' with { type: 'json' };
import strict from '../rules/profiles/strict.json' with { type: 'json' };
import aliyun from '../rules/profiles/aliyun.json' with { type: 'json' };
import tencent from '../rules/profiles/tencent.json' with { type: 'json' };
import huawei from '../rules/profiles/huawei.json' with { type: 'json' };
import { checks } from './checks/index.js';
import { buildRuleSet } from './engine/rule-set.js';

export const builtinRuleFiles: readonly unknown[] = [
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
  holderCertificateTypeRule,
  holderNameTypingRule,
  holderNameKindRule,
  holderRegionRule,
  overseasDomainRule,
  contactPersonRule,
  contactPhoneRule,
  restrictedTermRule,
  newCertificateRule,
  certificateExpiryRule,
  fileReadableRule,
  imageFormatRule,
  fileSizeRule,
  imageIntegrityRule,
  imageResolutionRule,
  imageColourRule,
  imageClarityRule,
  imageCompletenessRule,
  imageFramesRule,
  imageOrientationRule,
  imageOverlayRule,
  imageGlareRule,
  imageObstructionRule,
  imageSealRule,
  imageDetailRule,
];

export const builtinProfileFiles: readonly unknown[] = [strict, aliyun, tencent, huawei];

export const ruleSet = buildRuleSet({ catalog, rules: builtinRuleFiles, checks, profiles: builtinProfileFiles });
