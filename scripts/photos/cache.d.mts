import type { PhotoSpec, PhotoTruth } from './index.mjs';
export const DEFAULT_CACHE: string;
export function generatorVersion(specs?: PhotoSpec[]): string;
export function ensurePhotoSet(dir?: string, options?: { log?: (line: string) => void; specs?: PhotoSpec[] }): Promise<{ dir: string; truth: (PhotoTruth & { file: string })[]; version: string }>;
