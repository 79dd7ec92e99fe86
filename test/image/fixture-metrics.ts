/** Loads fixtures/images/manifest.json and computes facts for each image (shared by the image and file tests). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileFacts } from '../../src/files/facts.js';
import { fromPath } from '../../src/files/source-node.js';
import { nodeDecoder } from '../../src/image/decode-node.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/images');

export interface FixtureEntry {
  file: string;
  bytes: number;
  kind: string | null;
  name: string | null;
  number: string | null;
  variant: string;
  defects: string[];
  format: string | null;
  ocr?: boolean;
}

export const manifest: { images: FixtureEntry[] } = JSON.parse(readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8'));

export function factsFor(file: string): FileFacts {
  return new FileFacts(fromPath(path.join(FIXTURES, file)), { decoder: nodeDecoder() });
}
