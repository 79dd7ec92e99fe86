/**
 * The kind of document an image shows, from the keywords printed on it (pure, browser-safe).
 *
 * Kinds use the certificate type ids of rules/data/certificate-types.json, so a detected kind can be compared with the
 * certificate type the holder chose. Two kinds are not certificate types a holder may choose:
 * - `hk-macau-exit-permit`: 往来港澳通行证, the permit a mainland resident uses to visit Hong Kong or Macau. It is
 *   not the 港澳居民来往内地通行证 (`hk-macau-permit`) and not an accepted real-name document.
 * - `driving-licence` (机动车驾驶证), `social-security-card` (社会保障卡), `household-register` (居民户口簿, its
 *   常住人口登记卡 page): documents that print a holder's identity number but are not accepted as proof of identity;
 *   recognised so that one uploaded as an identity card is named.
 * - `unknown`: nothing recognisable.
 *
 * A resident identity card has two sides. The `portrait` side carries the photo, the name and the 公民身份号码; the
 * `emblem` side carries the national emblem, 签发机关 and 有效期限. Registrars need the portrait side (Tencent's pages
 * call it 反面, "the side with the photo and the ID number"; others call it 正面 or 人像面, so this library avoids
 * front/back).
 */
import { containsApproximately, squash } from './text.js';

export type DocumentKind =
  | 'resident-id'
  | 'residence-permit'
  | 'foreign-permanent-id'
  | 'business-license'
  | 'uscc-certificate'
  | 'org-code-certificate'
  | 'passport'
  | 'hk-macau-permit'
  | 'hk-macau-exit-permit'
  | 'taiwan-permit'
  | 'driving-licence'
  | 'social-security-card'
  | 'household-register'
  | 'unknown';

export type IdCardSide = 'portrait' | 'emblem';

export interface KindDetection {
  kind: DocumentKind;
  /** 0..1: how strongly the keywords point at this kind. */
  confidence: number;
  /** Keywords found, for explanations and debugging. */
  evidence: string[];
  /** For identity cards and residence permits: which side the image shows, when it can be told. */
  side?: IdCardSide;
}

interface Keyword {
  text: string;
  weight: number;
}

/** Title keywords are strong; field labels are weak and only add up. Longer keywords tolerate one OCR error. */
const KEYWORDS: Record<Exclude<DocumentKind, 'unknown'>, Keyword[]> = {
  'business-license': [
    { text: '营业执照', weight: 3 },
    { text: '法定代表人', weight: 0.5 },
    { text: '经营范围', weight: 1 },
    { text: '注册资本', weight: 1 },
    { text: '成立日期', weight: 0.7 },
    { text: '营业期限', weight: 1 },
    { text: '登记机关', weight: 0.5 },
    { text: '国家企业信用信息公示系统', weight: 1 },
  ],
  'uscc-certificate': [
    { text: '统一社会信用代码证书', weight: 3.5 },
    { text: '机构名称', weight: 0.5 },
    { text: '机构类型', weight: 0.5 },
    { text: '颁发单位', weight: 0.5 },
  ],
  'org-code-certificate': [
    { text: '组织机构代码证', weight: 3.5 },
    { text: '机构类型', weight: 0.3 },
    { text: '颁发单位', weight: 0.3 },
    { text: '登记号', weight: 0.5 },
  ],
  'resident-id': [
    { text: '居民身份证', weight: 2.5 },
    { text: '公民身份号码', weight: 2.5 },
    { text: '签发机关', weight: 1 },
    { text: '有效期限', weight: 0.7 },
    { text: '民族', weight: 0.7 },
    { text: '性别', weight: 0.5 },
    { text: '住址', weight: 0.7 },
    { text: '出生', weight: 0.3 },
  ],
  'residence-permit': [
    { text: '居住证', weight: 3 },
    { text: '港澳台居民', weight: 1 },
    { text: '通行证号码', weight: 1 },
    { text: '签发次数', weight: 1 },
  ],
  'foreign-permanent-id': [
    { text: '外国人永久居留身份证', weight: 4 },
    { text: '永久居留', weight: 2 },
    { text: 'PERMANENTRESIDENT', weight: 2 },
  ],
  passport: [
    { text: '护照', weight: 3 },
    { text: 'PASSPORT', weight: 3 },
    { text: 'P<CHN', weight: 3 },
    { text: '国籍', weight: 0.3 },
    { text: 'NATIONALITY', weight: 0.5 },
  ],
  'hk-macau-permit': [
    { text: '港澳居民来往内地通行证', weight: 4 },
    { text: '来往内地通行证', weight: 3 },
    { text: 'HONGKONGANDMACAORESIDENTS', weight: 2 },
  ],
  'hk-macau-exit-permit': [
    { text: '往来港澳通行证', weight: 3 },
    { text: 'EXIT-ENTRYPERMIT', weight: 1 },
    { text: 'TOANDFROMHONGKONGANDMACAO', weight: 1.5 },
  ],
  'taiwan-permit': [
    { text: '台湾居民来往大陆通行证', weight: 4 },
    { text: '来往大陆通行证', weight: 3 },
    { text: 'TAIWANRESIDENTS', weight: 2 },
  ],
  'driving-licence': [
    { text: '机动车驾驶证', weight: 4 },
    { text: '驾驶证', weight: 3 },
    { text: 'DRIVINGLICENSE', weight: 3 },
    { text: '准驾车型', weight: 1.5 },
    { text: '初次领证日期', weight: 1.5 },
  ],
  'social-security-card': [
    { text: '社会保障卡', weight: 4 },
    { text: '社会保障号码', weight: 1.5 },
    { text: '人力资源和社会保障', weight: 1 },
    { text: '发卡日期', weight: 1 },
  ],
  'household-register': [
    { text: '居民户口簿', weight: 4 },
    { text: '户口簿', weight: 3.5 },
    { text: '常住人口登记卡', weight: 4 },
    { text: '户主或与户主关系', weight: 1.5 },
    { text: '户别', weight: 0.7 },
    { text: '户号', weight: 0.7 },
  ],
};

/** Documents that print the holder's identity number and identity labels (性别, 住址...) without being one. */
const NOT_AN_IDENTITY_CARD: DocumentKind[] = ['driving-licence', 'social-security-card', 'household-register'];

function allowedErrors(keyword: string): number {
  const length = [...keyword].length;
  return length >= 4 ? 1 : 0;
}

function found(haystack: string, keyword: string): boolean {
  return containsApproximately(haystack, keyword.toUpperCase(), allowedErrors(keyword));
}

export interface KindHints {
  /** Whether an identity-card style number (18 digits, check digit) was read on the image. */
  hasIdNumber?: boolean;
  /** Its first two digits, to tell residence permits (81, 82, 83) and foreign permanent IDs (9) apart. */
  idNumberPrefix?: string;
}

/** Detects the document kind from OCR text. */
export function detectDocumentKind(text: string, hints: KindHints = {}): KindDetection {
  const haystack = squash(text).toUpperCase();
  const scores = new Map<DocumentKind, { score: number; evidence: string[] }>();
  for (const [kind, keywords] of Object.entries(KEYWORDS) as [DocumentKind, Keyword[]][]) {
    const evidence: string[] = [];
    let score = 0;
    for (const k of keywords) {
      if (found(haystack, k.text)) {
        score += k.weight;
        evidence.push(k.text);
      }
    }
    scores.set(kind, { score, evidence });
  }
  const get = (k: DocumentKind) => scores.get(k)!;

  // Titles contain each other: 统一社会信用代码证书 is not a business license, 来往内地通行证 contains 通行证, and a
  // 往来港澳通行证 match is spurious when the text names the 来往内地 permit.
  if (get('uscc-certificate').evidence.includes('统一社会信用代码证书') && !found(haystack, '营业执照')) {
    get('business-license').score = Math.min(get('business-license').score, 1);
  }
  if (get('hk-macau-permit').score >= 3) get('hk-macau-exit-permit').score = 0;
  // An 18-digit number with a valid check digit is strong evidence of an identity card (portrait side).
  if (hints.hasIdNumber) {
    const prefix = hints.idNumberPrefix ?? '';
    if (/^8[123]/.test(prefix)) get('residence-permit').score += 2;
    else if (prefix.startsWith('9')) get('foreign-permanent-id').score += 2;
    else get('resident-id').score += 2;
  }
  // A residence permit prints the resident-id labels too; its own title decides.
  if (get('residence-permit').evidence.includes('居住证')) get('resident-id').score -= 2;
  // A driving licence, social security card or household register prints an identity number under identity labels;
  // without the identity card's own title, its title decides.
  if (NOT_AN_IDENTITY_CARD.some((k) => get(k).score >= 3) && !get('resident-id').evidence.includes('居民身份证')) {
    get('resident-id').score = Math.min(get('resident-id').score, 1);
  }

  let best: DocumentKind = 'unknown';
  let bestScore = 0;
  for (const [kind, { score }] of scores) {
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  if (bestScore < 1.5) return { kind: 'unknown', confidence: 0, evidence: bestScore > 0 ? get(best).evidence : [] };

  const result: KindDetection = {
    kind: best,
    confidence: Math.min(1, bestScore / 4),
    evidence: get(best).evidence,
  };
  if (best === 'resident-id' || best === 'residence-permit' || best === 'foreign-permanent-id') {
    const portraitLabels = ['公民身份号码', '住址', '民族', '性别'].filter((k) => found(haystack, k)).length;
    const emblemLabels = ['签发机关', '有效期限'].filter((k) => found(haystack, k)).length;
    if (hints.hasIdNumber || portraitLabels >= 2) result.side = 'portrait';
    else if (emblemLabels >= 1) result.side = 'emblem';
  }
  return result;
}
