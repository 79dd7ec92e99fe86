/** Writes the JSON Schemas of the submission manifest, rule files and profiles (generated from the zod schemas). */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ProfileSchema, RuleFileSchema } from '../src/engine/schemas.js';
import { SubmissionSchema } from '../src/submission/schema.js';

const out = new URL('../dist/schema/', import.meta.url);
mkdirSync(out, { recursive: true });
const schemas = { submission: SubmissionSchema, rule: RuleFileSchema, profile: ProfileSchema };
for (const [name, schema] of Object.entries(schemas)) {
  // Binary file data (Uint8Array/Blob) can only be given from code; JSON manifests use paths.
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
  writeFileSync(new URL(`${name}.schema.json`, out), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`JSON Schemas written to ${out.pathname}`);
