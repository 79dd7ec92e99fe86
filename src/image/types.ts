/** A small decoded image: 8-bit RGBA, row-major. A canvas ImageData has exactly this shape. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** A rectangle in thumbnail pixels, [x0, x1) × [y0, y1). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

/** A point in thumbnail pixels, [x, y]. */
export type Point = [number, number];

/** Four corners in reading order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

/** Rotation of a document's content in the stored pixels, in degrees clockwise. */
export type Rotation = 0 | 90 | 180 | 270;
