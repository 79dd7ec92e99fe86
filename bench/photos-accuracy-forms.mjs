// The submissions the photo benchmark sends for each photo, built from its truth: the form as the document says,
// the same with another valid number (one digit changed, check character recomputed), and with one character of the
// holder name changed.
import { orgCode, residentId, uscc } from '../scripts/generate-fixtures-docs.mjs';
import { checkOrgCode, checkPassport, checkResidentId, checkUscc } from '../dist/node.js';

/** A holder for documents that print none (a blank back): the form still names someone. */
const FALLBACK = { name: '王小明', number: '110101199003071233' };

const TYPES = {
  'resident-id': ['resident-id', 'individual'], 'business-license': ['business-license', 'organization'],
  'uscc-certificate': ['uscc-certificate', 'organization'], 'org-code-certificate': ['org-code-certificate', 'organization'],
  passport: ['passport', 'individual'],
};

/** Truth of a third-party case (a cases.json of file, kind, side, number and name) in the generator's truth shape; nothing is expected. */
export function caseTruth(c) {
  const [certificateType, holderType] = TYPES[c.kind] ?? ['resident-id', 'individual'];
  return {
    id: c.file, file: c.file, document: c.kind, kind: c.kind, side: c.side ?? null, number: c.number ?? null, name: c.name ?? null,
    certificateType, holderType, acceptable: c.registrarWouldAcceptImage === 'yes', defects: [], expect: null,
    legible: Boolean(c.number), bytes: undefined,
  };
}

const bump = (d) => String((Number(d) + 1) % 10);

/** Another number of the same kind that passes its checksum: one digit changed, the check character recomputed. */
export function changedNumber(number, certificateType) {
  if (certificateType === 'passport') return number.slice(0, -1) + bump(number.slice(-1));
  if (/^\d{17}[\dX]$/.test(number)) return residentId(number.slice(0, 14) + bump(number[14]) + number.slice(15, 17));
  if (/^[0-9A-Z]{18}$/.test(number)) {
    const org = number.slice(8, 16);
    const i = [...org].findIndex((c) => /\d/.test(c));
    return uscc(number.slice(0, 8) + orgCode(org.slice(0, i) + bump(org[i]) + org.slice(i + 1)));
  }
  if (/^[0-9A-Z]{8}[0-9X]$/.test(number)) return orgCode(number.slice(0, 7) + bump(number[7]));
  return number.slice(0, -1) + bump(number.slice(-1));
}

const CHECKS = { 'resident-id': checkResidentId, 'business-license': checkUscc, 'uscc-certificate': checkUscc, 'org-code-certificate': checkOrgCode, passport: checkPassport };
/** Whether the library itself takes `number` as valid (so a mismatch finding is about the image, not the number). */
export function validNumber(number, certificateType) {
  return CHECKS[certificateType]?.(number).valid === true;
}

const OTHERS = '华林海伟云达峰静';
/** The holder name with one character changed (the last of a person's name, the third of an organisation's). */
export function changedName(name) {
  const i = name.length <= 4 ? name.length - 1 : 2;
  const other = [...OTHERS].find((c) => c !== name[i] && !name.includes(c));
  return name.slice(0, i) + other + name.slice(i + 1);
}

/** The three submissions for a photo: as the document says, another valid number, another name. */
export function forms(t) {
  const number = t.number ?? FALLBACK.number, name = t.name ?? FALLBACK.name;
  const form = (n, h) => ({ holder: { type: t.holderType, name: h }, certificate: { type: t.certificateType, number: n }, files: [{ path: t.file }] });
  return { same: form(number, name), number: form(changedNumber(number, t.certificateType), name), name: form(number, changedName(name)) };
}
