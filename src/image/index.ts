export { analyseImage, type QualityMetrics } from './analyse.js';
export { measureColour, type ColourMetrics } from './colour.js';
export { measureSharpness, type SharpnessMetrics } from './sharpness.js';
export { measureExposure, type ExposureMetrics } from './exposure.js';
export { findDocumentRegion, type DocumentRegion } from './region.js';
export { luminance } from './luminance.js';
export type { ThumbnailDecoder, DecodeOptions } from './decoder.js';
export type { RgbaImage, Box, Side } from './types.js';
