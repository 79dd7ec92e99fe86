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
