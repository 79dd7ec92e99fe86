/** Wording of configuration mistakes: the value given, where it is, and the valid spelling closest to it. */
import type * as z from 'zod/mini';
import { escapeInvisible } from '../text/invisible.js';
import { didYouMean } from './suggest.js';

/** Array.isArray, which throws on a revoked Proxy: that one is then no array (ownData reports it). */
export function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A user string for a message: invisible characters written out, at most 60 characters. */
export function show(s: string): string {
  const escaped = escapeInvisible(s);
  return escaped.length > 60 ? `${escaped.slice(0, 60)}…` : escaped;
}

/** A value for a message: a quoted string, a typed number or boolean, or its kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `"${show(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (isArray(value)) return 'an array';
  return typeof value === 'bigint' ? 'a bigint' : `a ${typeof value}`;
}

/** Own keys of `given` that the object schema does not declare, each with a close spelling when there is one. */
export function unknownKeys(schema: z.ZodMiniType, given: Record<string, unknown>): string[] {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def?.shape;
  if (!shape) return [];
  const known = Object.keys(shape);
  return Object.keys(given)
    .filter((key) => !Object.hasOwn(shape, key))
    .map((key) => `"${show(key)}"${didYouMean(key, known)}`);
}

/** The issues of a failed parse, one per line, each naming its key, the value given and a close valid one. */
export function explainIssues(error: z.core.$ZodError, given: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      const at = path === '' ? '' : `${path}: `;
      const value = valueAt(given, issue.path);
      if (issue.code === 'invalid_value') {
        const values = issue.values.map(String);
        return `${at}${describe(value)} is not one of ${values.map((v) => `"${v}"`).join(', ')}${didYouMean(value, values)}`;
      }
      if (issue.code === 'invalid_type') return `${at}expected ${issue.expected}, got ${describe(value)}`;
      if (issue.code === 'unrecognized_keys') return `${at}unknown keys ${issue.keys.map((k) => `"${show(k)}"`).join(', ')}`;
      if (issue.code === 'too_small' || issue.code === 'too_big') {
        return `${at}${describe(value)} is ${issue.code === 'too_small' ? 'below the minimum' : 'above the maximum'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
      }
      return `${at}${issue.message === 'Invalid input' ? `${describe(value)} is not valid` : issue.message}`;
    })
    .join('; ');
}

function valueAt(given: unknown, path: readonly PropertyKey[]): unknown {
  let value = given;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    value = descriptor && 'value' in descriptor ? descriptor.value : undefined;
  }
  return value;
}
