/**
 * Lenient, field-by-field parsing of a submission: every field that validates is kept, every one that does not becomes
 * an issue, so one bad field never hides the checks on the others. The input is never modified.
 */
import * as z from 'zod/mini';
import { certificateFields, contactFields, FileRefSchema, holderFields, type Submission } from './schema.js';

export interface ShapeIssue {
  code: 'not-object' | 'missing' | 'wrong-type' | 'invalid-value' | 'unknown-field';
  field: string;
  data: Record<string, string>;
}

const PARTS = { holder: holderFields, certificate: certificateFields, contact: contactFields } as const;
/** Fields without which a registrar cannot review anything; other parts and fields are optional. */
const REQUIRED: Record<string, readonly string[]> = { holder: ['type', 'name'], certificate: ['type', 'number'] };
const TOP_LEVEL = new Set(['holder', 'certificate', 'contact', 'domain', 'files', '$schema']);

export function parseSubmission(raw: unknown): { submission: Submission; issues: ShapeIssue[] } {
  const issues: ShapeIssue[] = [];
  const submission: Record<string, unknown> = {};
  if (!isPlainObject(raw)) {
    issues.push({ code: 'not-object', field: '', data: { actual: describe(raw) } });
    return { submission: {}, issues };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.has(key)) issues.push({ code: 'unknown-field', field: key, data: { field: key } });
  }
  for (const [part, fields] of Object.entries(PARTS)) {
    for (const name of REQUIRED[part] ?? []) {
      const value = isPlainObject(raw[part]) ? raw[part][name] : undefined;
      if (value === undefined) issues.push({ code: 'missing', field: `${part}.${name}`, data: { field: `${part}.${name}` } });
    }
    if (!(part in raw)) continue;
    const given = raw[part];
    if (!isPlainObject(given)) {
      issues.push({ code: 'wrong-type', field: part, data: { field: part, expected: 'object', actual: describe(given) } });
      continue;
    }
    const parsed: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(given)) {
      const schema = (fields as Record<string, z.ZodMiniType>)[name];
      const path = `${part}.${name}`;
      if (!schema) {
        issues.push({ code: 'unknown-field', field: path, data: { field: path } });
        continue;
      }
      if (value === undefined) continue;
      const result = z.safeParse(schema, value);
      if (result.success) parsed[name] = result.data;
      else issues.push(issueFrom(path, value, result.error));
    }
    submission[part] = parsed;
  }
  if ('domain' in raw) {
    if (typeof raw.domain === 'string') submission.domain = raw.domain;
    else issues.push({ code: 'wrong-type', field: 'domain', data: { field: 'domain', expected: 'string', actual: describe(raw.domain) } });
  }
  if ('files' in raw) {
    if (!Array.isArray(raw.files)) {
      issues.push({ code: 'wrong-type', field: 'files', data: { field: 'files', expected: 'array', actual: describe(raw.files) } });
    } else {
      const files: unknown[] = [];
      raw.files.forEach((entry: unknown, i: number) => {
        const result = z.safeParse(FileRefSchema, entry);
        if (result.success) files.push(result.data);
        else issues.push(issueFrom(`files.${i}`, entry, result.error));
      });
      submission.files = files;
    }
  }
  return { submission: submission as Submission, issues };
}

function issueFrom(field: string, value: unknown, error: z.core.$ZodError): ShapeIssue {
  const first = error.issues[0];
  if (first?.code === 'invalid_type' || (first?.code === 'invalid_union' && typeof value !== 'string' && !isPlainObject(value))) {
    const expected = first.code === 'invalid_type' ? String(first.expected) : 'string';
    return { code: 'wrong-type', field, data: { field, expected, actual: describe(value) } };
  }
  return { code: 'invalid-value', field, data: { field, value: preview(value) } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A short, printable rendering of a user value for messages (never the whole of a huge string). */
function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = describe(value);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
