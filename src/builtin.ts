/**
 * The built-in data: the rejection catalog, one JSON file per rule and the registrar profiles. Bundled into the
 * library so it runs in the browser without file access. test/meta.test.ts checks that every file in rules/ is listed.
 */
import catalog from '../rules/categories.json' with { type: 'json' };
import submissionShape from '../rules/submission-shape.json' with { type: 'json' };
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
import strict from '../rules/profiles/strict.json' with { type: 'json' };
import aliyun from '../rules/profiles/aliyun.json' with { type: 'json' };
import tencent from '../rules/profiles/tencent.json' with { type: 'json' };
import huawei from '../rules/profiles/huawei.json' with { type: 'json' };
import { checks } from './checks/index.js';
import { buildRuleSet } from './engine/rule-set.js';

export const builtinRuleFiles: readonly unknown[] = [
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

export const builtinProfileFiles: readonly unknown[] = [strict, aliyun, tencent, huawei];

export const ruleSet = buildRuleSet({ catalog, rules: builtinRuleFiles, checks, profiles: builtinProfileFiles });
