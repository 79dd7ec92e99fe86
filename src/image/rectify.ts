/**
 * Perspective warp of a quadrilateral of the thumbnail onto an upright rectangle (bilinear sampling): the document as
 * if scanned flat. The quad's first corner becomes the output's top-left, so rolling the corners undoes a content
 * rotation (see `uprightQuad`).
 */
import type { Point, Quad, RgbaImage, Rotation } from './types.js';

const MAX_SIDE = 1000;

/** The warp from the unit square to the quad (Heckbert's closed form): (u, v) in [0,1]² → thumbnail pixel. */
export function squareToQuad(q: Quad): (u: number, v: number) => Point {
  const [a, b, c, d, e, f, g, h] = squareToQuadMatrix(q);
  return (u, v) => {
    const w = g * u + h * v + 1;
    return [(a * u + b * v + c) / w, (d * u + e * v + f) / w];
  };
}

/** The inverse warp: thumbnail pixel → (u, v), inside the quad when both are in [0, 1]. */
export function quadToSquare(q: Quad): (x: number, y: number) => Point {
  const [a, b, c, d, e, f, g, h] = squareToQuadMatrix(q);
  // Adjugate of [[a b c] [d e f] [g h 1]].
  const A = e - f * h, B = c * h - b, C = b * f - c * e;
  const D = f * g - d, E = a - c * g, F = c * d - a * f;
  const G = d * h - e * g, H = b * g - a * h, I = a * e - b * d;
  return (x, y) => {
    const w = G * x + H * y + I;
    return [(A * x + B * y + C) / w, (D * x + E * y + F) / w];
  };
}

function squareToQuadMatrix(q: Quad): [number, number, number, number, number, number, number, number] {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q;
  const dx3 = x0 - x1 + x2 - x3;
  const dy3 = y0 - y1 + y2 - y3;
  let g = 0, h = 0;
  if (Math.abs(dx3) > 1e-9 || Math.abs(dy3) > 1e-9) {
    const dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
    const den = dx1 * dy2 - dx2 * dy1;
    if (Math.abs(den) > 1e-9) {
      g = (dx3 * dy2 - dx2 * dy3) / den;
      h = (dx1 * dy3 - dx3 * dy1) / den;
    }
  }
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h];
}

const len = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/** Width and height of the upright document the quad shows (mean of opposite sides), in thumbnail pixels. */
export function quadSize(q: Quad): { width: number; height: number } {
  return { width: (len(q[0], q[1]) + len(q[3], q[2])) / 2, height: (len(q[0], q[3]) + len(q[1], q[2])) / 2 };
}

/** The corners rolled so that the content's top-left comes first (content turned `rotation` degrees clockwise). */
export function uprightQuad(q: Quad, rotation: Rotation): Quad {
  const k = rotation / 90;
  return [q[k % 4]!, q[(k + 1) % 4]!, q[(k + 2) % 4]!, q[(k + 3) % 4]!] as Quad;
}

/**
 * The quad warped to an upright rectangle `outWidth` wide (default: the quad's own width, at most 1000 px), its height
 * from the quad's proportions. Pixels the quad takes from outside the picture come out as the nearest edge pixel.
 */
export function rectify(img: RgbaImage, quad: Quad, outWidth?: number): RgbaImage {
  const size = quadSize(quad);
  const natural = Math.max(1, size.width);
  const width = Math.max(1, Math.round(Math.min(outWidth ?? natural, MAX_SIDE)));
  const height = Math.max(1, Math.round(Math.min((width * size.height) / natural, MAX_SIDE * 2)));
  const out = new Uint8ClampedArray(width * height * 4);
  const map = squareToQuad(quad);
  const { width: sw, height: sh, data } = img;
  const maxX = sw - 1, maxY = sh - 1;
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    for (let x = 0; x < width; x++) {
      let [sx, sy] = map((x + 0.5) / width, v);
      sx -= 0.5; sy -= 0.5;
      sx = sx < 0 ? 0 : sx > maxX ? maxX : sx;
      sy = sy < 0 ? 0 : sy > maxY ? maxY : sy;
      const ix = Math.max(0, Math.min(maxX - 1, sx | 0)), iy = Math.max(0, Math.min(maxY - 1, sy | 0));
      const fx = maxX === 0 ? 0 : sx - ix, fy = maxY === 0 ? 0 : sy - iy;
      const p00 = (iy * sw + ix) * 4;
      const p10 = maxX === 0 ? p00 : p00 + 4;
      const p01 = maxY === 0 ? p00 : p00 + sw * 4;
      const p11 = maxY === 0 ? p10 : p10 + sw * 4;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) {
        const top = data[p00 + c]! + (data[p10 + c]! - data[p00 + c]!) * fx;
        const bottom = data[p01 + c]! + (data[p11 + c]! - data[p01 + c]!) * fx;
        out[o + c] = top + (bottom - top) * fy + 0.5;
      }
    }
  }
  return { width, height, data: out };
}
