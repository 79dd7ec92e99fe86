/**
 * Lenient, field-by-field parsing of a submission: every field that validates is kept, every one that does not becomes
 * an issue, so one bad field never hides the checks on the others. The input is never modified, and only its own data
 * properties are read: a getter or a Proxy trap that throws becomes an issue, never an exception.
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
/** Stands for a property that could not be read as data (a getter, or a Proxy that throws). */
const UNREADABLE = Symbol('unreadable');

type Fields = Map<string, unknown>;

export interface ParsedSubmission {
  submission: Submission;
  issues: ShapeIssue[];
  /** For each entry of `submission.files`, its index in the `files` given (entries that did not parse are left out). */
  filePositions: number[];
}

export function parseSubmission(raw: unknown): ParsedSubmission {
  const issues: ShapeIssue[] = [];
  const filePositions: number[] = [];
  const submission: Record<string, unknown> = {};
  const top = isPlainObject(raw) ? ownFields(raw) : null;
  if (!top) {
    issues.push({ code: 'not-object', field: '', data: { actual: describe(raw) } });
    return { submission: {}, issues, filePositions };
  }
  for (const key of top.keys()) {
    if (!TOP_LEVEL.has(key)) issues.push({ code: 'unknown-field', field: key, data: { field: key } });
  }
  for (const [part, schemas] of Object.entries(PARTS)) {
    const given = top.get(part);
    const fields = given !== undefined && isPlainObject(given) ? ownFields(given) : null;
    for (const name of REQUIRED[part] ?? []) {
      if (fields?.get(name) === undefined) issues.push({ code: 'missing', field: `${part}.${name}`, data: { field: `${part}.${name}` } });
    }
    if (given === undefined) continue;
    if (!fields) {
      issues.push({ code: 'wrong-type', field: part, data: { field: part, expected: 'object', actual: describe(given) } });
      continue;
    }
    const parsed: Record<string, unknown> = {};
    for (const [name, value] of fields) {
      // Own keys only: `toString` or `__proto__` is an unknown field, never a schema found on Object.prototype.
      const schema = Object.hasOwn(schemas, name) ? (schemas as Record<string, z.ZodMiniType>)[name] : undefined;
      const path = `${part}.${name}`;
      if (!schema) issues.push({ code: 'unknown-field', field: path, data: { field: path } });
      else if (value !== undefined) parseField(schema, path, value, parsed, name, issues);
    }
    submission[part] = parsed;
  }
  const domain = top.get('domain');
  if (domain !== undefined) {
    if (typeof domain === 'string') submission.domain = domain;
    else issues.push({ code: 'wrong-type', field: 'domain', data: { field: 'domain', expected: 'string', actual: describe(domain) } });
  }
  const files = top.get('files');
  if (files !== undefined) {
    const entries = Array.isArray(files) ? ownFields(files) : null;
    if (!entries) {
      const actual = describe(files) === 'array' ? 'unreadable array' : describe(files);
      issues.push({ code: 'wrong-type', field: 'files', data: { field: 'files', expected: 'array', actual } });
    } else {
      const parsed: unknown[] = [];
      for (const [index, entry] of entries) {
        const kept: Record<string, unknown> = {};
        parseField(FileRefSchema, `files.${index}`, entry, kept, 'ref', issues);
        if ('ref' in kept) {
          parsed.push(kept.ref);
          filePositions.push(Number(index));
        }
      }
      submission.files = parsed;
    }
  }
  return { submission: submission as Submission, issues, filePositions };
}

function parseField(schema: z.ZodMiniType, path: string, value: unknown, into: Record<string, unknown>, key: string, issues: ShapeIssue[]): void {
  if (value === UNREADABLE) {
    issues.push({ code: 'wrong-type', field: path, data: { field: path, expected: 'data', actual: 'unreadable property' } });
    return;
  }
  let result: ReturnType<typeof z.safeParse>;
  try {
    result = z.safeParse(schema, value);
  } catch {
    // A value whose own getters throw while the schema reads them.
    issues.push({ code: 'invalid-value', field: path, data: { field: path, value: describe(value) } });
    return;
  }
  if (result.success) into[key] = result.data;
  else issues.push(issueFrom(path, value, result.error));
}

/** The own enumerable data properties of an object, by name; null when even listing them throws. */
function ownFields(value: object): Fields | null {
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return null;
  }
  const fields: Fields = new Map();
  for (const key of keys) {
    try {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      fields.set(key, descriptor && 'value' in descriptor ? descriptor.value : UNREADABLE);
    } catch {
      fields.set(key, UNREADABLE);
    }
  }
  return fields;
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
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
  } catch {
    return false; // a revoked Proxy throws even on Array.isArray
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    return 'object';
  }
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
