/** All quality metrics of a decoded thumbnail, in one pass over the same pixels in Node and in the browser. */
import { measureColour, type ColourMetrics } from './colour.js';
import { exposureFromHistogram, type ExposureMetrics } from './exposure.js';
import { inset, luminanceInBox } from './luminance.js';
import { findDocument, type DocumentLocation } from './document.js';
import { findDocumentRegion, type DocumentRegion } from './region.js';
import { measureSharpness, type SharpnessMetrics } from './sharpness.js';
import type { RgbaImage } from './types.js';

export interface QualityMetrics {
  width: number;
  height: number;
  region: DocumentRegion;
  /** The document's quadrilateral, completeness, count and content rotation. */
  document: DocumentLocation;
  colour: ColourMetrics;
  sharpness: SharpnessMetrics;
  exposure: ExposureMetrics;
}

export function analyseImage(img: RgbaImage): QualityMetrics {
  if (img.data.length < img.width * img.height * 4) throw new RangeError('RGBA data shorter than width × height × 4');
  const region = findDocumentRegion(img);
  const document = findDocument(img);
  // Over the document, not the desk: its box when it was found with confidence and is large enough to be the whole
  // document rather than a part of it (its portrait), else the colour region.
  const b = document.box;
  const whole = document.found && document.confidence >= 0.6 && (b.x1 - b.x0) * (b.y1 - b.y0) >= 0.2 * img.width * img.height;
  const inner = inset(whole ? b : region.box, 0.04);
  // Luma once, over the document only, with its histogram in the same pass: sharpness and exposure share it.
  const { lum, hist, total } = luminanceInBox(img, inner);
  return {
    width: img.width,
    height: img.height,
    region,
    document,
    colour: measureColour(img, inner),
    sharpness: measureSharpness(lum, img.width, inner),
    exposure: exposureFromHistogram(hist, total),
  };
}
