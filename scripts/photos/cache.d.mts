import type { PhotoTruth } from './index.mjs';
export const DEFAULT_CACHE: string;
export function generatorVersion(): string;
export function ensurePhotoSet(dir?: string, options?: { log?: (line: string) => void }): Promise<{ dir: string; truth: (PhotoTruth & { file: string })[]; version: string }>;
