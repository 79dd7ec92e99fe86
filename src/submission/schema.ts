/**
 * The submission manifest. These zod schemas are the single source of truth: the TypeScript types, the runtime
 * validation (see parse.ts) and the shipped JSON Schema all come from here.
 */
import * as z from 'zod/mini';
import { parseIsoDate } from '../dates/plain-date.js';
import { certificateTypeIds, organizationKindIds } from './certificate-types.js';

/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((s) => parseIsoDate(s) !== null, 'not a real calendar date'),
);

/** Field schemas, kept as plain records so that parse.ts can validate field by field. */
export const holderFields = {
  type: z.enum(['individual', 'organization']),
  name: z.string(),
  nameEn: z.string(),
  /** CN, HK, MO, TW or another ISO 3166 alpha-2 code. */
  region: z.string().check(z.regex(/^[A-Z]{2}$/)),
  organizationKind: z.enum(organizationKindIds),
};
export const certificateFields = {
  type: z.enum(certificateTypeIds),
  number: z.string(),
  issuedOn: IsoDate,
  /** As printed: a date, or long-term (长期 on ID cards and licences). */
  expiresOn: z.union([IsoDate, z.enum(['long-term', '长期', '长期有效'])]),
  /**
   * The holder confirms the number is copied exactly from the document although it fails its check character (some
   * genuine credit codes issued in Xiamen before 2016 do): the checksum finding becomes a warning.
   */
  numberConfirmed: z.boolean(),
};
export const contactFields = {
  name: z.string(),
  phone: z.string(),
  email: z.string(),
};
export const FileRefSchema = z.union([
  z.object({ path: z.string().check(z.minLength(1)) }),
  z.object({ name: z.string().check(z.minLength(1)), data: z.custom<Uint8Array | Blob>(isBinary) }),
]);

function isBinary(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

export const submissionFields = {
  holder: z.partial(z.object(holderFields)),
  certificate: z.partial(z.object(certificateFields)),
  contact: z.partial(z.object(contactFields)),
  domain: z.string(),
  files: z.array(FileRefSchema),
};

/** Every part is optional: a half-filled form validates, and the rules that need an absent part are skipped. */
export const SubmissionSchema = z.partial(z.object(submissionFields));

export type Submission = z.infer<typeof SubmissionSchema>;
export type Holder = NonNullable<Submission['holder']>;
export type Certificate = NonNullable<Submission['certificate']>;
export type FileRef = z.infer<typeof FileRefSchema>;
