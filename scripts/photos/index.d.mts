// Types of the photo generator (scripts/photos/index.mjs), for the tests and benchmarks written in TypeScript.
export type PhotoDocument = 'id-front' | 'id-back' | 'business-license' | 'business-license-portrait' | 'uscc-certificate' |
  'org-code-certificate' | 'passport' | 'driving-licence' | 'social-security-card' | 'household-register' | 'blank-back';
export type PhotoBackground = 'white-table' | 'light-table' | 'wood' | 'cloth' | 'scanner-bed' | 'dark-table';
export type Point = [number, number];
export type Quad = [Point, Point, Point, Point];
/** A defect id, or { id, ...options }: area ('number' | 'name' | 'text' | 'whole'), style ('logo' | 'finger' | 'sticky-note' | 'shape'), text. */
export type DefectSpec = string | { id: string; area?: string; style?: string; text?: string; colour?: string; opacity?: number; sigma?: number };

export interface PhotoSpec {
  id: string;
  document: PhotoDocument;
  background?: PhotoBackground;
  /** The document fills the frame: a flat scan, rounded card corners showing over the scanner's white. */
  fill?: boolean;
  tilt?: number;
  perspective?: number;
  shadow?: number;
  /** A mild highlight away from the text (0..0.35); the glare defect puts a strong one over the text. */
  glare?: number;
  noise?: number;
  defocus?: number;
  vignette?: number;
  jpegQuality?: number;
  megapixels?: number;
  rotate?: 0 | 90 | 180 | 270;
  defects?: DefectSpec[];
  seed?: number;
  holder?: { name?: string; number?: string };
  format?: 'jpeg' | 'png';
  /** cut-edge: the picture sides the document runs off, and by how much of its size. */
  cutSides?: ('left' | 'right' | 'top' | 'bottom')[];
  cutBy?: number;
  /** low-document-resolution: the document's width in pixels. */
  documentWidth?: number;
  documentFraction?: number;
  keystone?: 'top' | 'bottom' | 'left' | 'right';
  /** two-sides: the other document on the sheet (default id-back). */
  second?: PhotoDocument;
  sourceMegapixels?: number;
  upscaleWidth?: number;
}

export interface PhotoTruth {
  id: string;
  document: PhotoDocument;
  /** The DocumentKind OCR should report ('unknown' for a blank back). */
  kind: string;
  side: 'portrait' | 'emblem' | null;
  number: string | null;
  name: string | null;
  /** The form that submits this picture. */
  certificateType: string;
  holderType: 'individual' | 'organization';
  acceptable: boolean;
  defects: string[];
  expect: { rule: string; code: string }[];
  legible: boolean;
  /** The main document's corners in picture order (tl nearest the picture's top-left, clockwise), stored pixels. */
  quad: Quad | null;
  quads: Quad[];
  rotation: 0 | 90 | 180 | 270;
  width: number;
  height: number;
  bytes: number;
  /** Set by writePhotoSet. */
  file?: string;
}

export interface Photo { buffer: Buffer; width: number; height: number; truth: PhotoTruth }

export function renderPhoto(spec: PhotoSpec): Promise<Photo>;
export function defectIds(spec: PhotoSpec): string[];
export const PHOTO_SET: PhotoSpec[];
export function writePhotoSet(dir: string, specs?: PhotoSpec[], options?: { concurrency?: number; onPhoto?: (truth: PhotoTruth) => void }): Promise<PhotoTruth[]>;
export const DEFECT_FINDINGS: Record<string, [string, string]>;
export const BACKGROUNDS: PhotoBackground[];
export const DOCUMENTS: Record<PhotoDocument, { width: number; height: number; card: boolean; kind: string; side?: string; certificate: string; holder: string; areas: Record<string, [number, number, number, number]> }>;
export const HOLDERS: Record<string, { name: string; number: string }[]>;
