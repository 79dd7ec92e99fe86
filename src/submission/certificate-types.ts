/** Certificate types and organization kinds, read from rules/data/certificate-types.json (the data is the source). */
import data from '../../rules/data/certificate-types.json' with { type: 'json' };

export type HolderType = 'individual' | 'organization';
import type { NumberKind } from '../numbers/types.js';

export interface CertificateTypeInfo { holder: HolderType; zh: string; en: string; numbers: NumberKind[] }
export interface OrganizationKindInfo { zh: string; certificates: string[] }

export const certificateTypes = data.certificateTypes as Record<string, CertificateTypeInfo>;
export const organizationKinds = data.organizationKinds as Record<string, OrganizationKindInfo>;
export const certificateTypeIds = Object.keys(certificateTypes) as [string, ...string[]];
export const organizationKindIds = Object.keys(organizationKinds) as [string, ...string[]];

/** Name of a certificate type in the given language, for messages. */
export function certificateTypeName(type: string, lang: 'zh-CN' | 'en'): string {
  const info = certificateTypes[type];
  if (!info) return type;
  return lang === 'en' ? info.en : info.zh;
}
