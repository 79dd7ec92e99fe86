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
  const [ma, mb, mc, md, me, mf, mg, mh] = squareToQuadMatrix(quad);
  const { width: sw, height: sh, data } = img;
  const maxX = sw - 1, maxY = sh - 1;
  const rowStep = sw * 4;
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    // The homography's numerators and denominator are linear in u along a row: step them instead of recomputing.
    const du = 1 / width;
    let nx = ma * (0.5 * du) + mb * v + mc, ny = md * (0.5 * du) + me * v + mf, dw = mg * (0.5 * du) + mh * v + 1;
    const sx1 = ma * du, sy1 = md * du, sw1 = mg * du;
    for (let x = 0, o = y * width * 4; x < width; x++, o += 4, nx += sx1, ny += sy1, dw += sw1) {
      let fx = nx / dw - 0.5, fy = ny / dw - 0.5;
      fx = fx < 0 ? 0 : fx > maxX ? maxX : fx;
      fy = fy < 0 ? 0 : fy > maxY ? maxY : fy;
      let ix = fx | 0, iy = fy | 0;
      if (ix >= maxX) ix = Math.max(0, maxX - 1);
      if (iy >= maxY) iy = Math.max(0, maxY - 1);
      const tx = maxX === 0 ? 0 : fx - ix, ty = maxY === 0 ? 0 : fy - iy;
      const p00 = (iy * sw + ix) * 4;
      const p10 = maxX === 0 ? p00 : p00 + 4;
      const p01 = maxY === 0 ? p00 : p00 + rowStep;
      const p11 = maxY === 0 ? p10 : p10 + rowStep;
      const w00 = (1 - tx) * (1 - ty), w10 = tx * (1 - ty), w01 = (1 - tx) * ty, w11 = tx * ty;
      out[o] = data[p00]! * w00 + data[p10]! * w10 + data[p01]! * w01 + data[p11]! * w11 + 0.5;
      out[o + 1] = data[p00 + 1]! * w00 + data[p10 + 1]! * w10 + data[p01 + 1]! * w01 + data[p11 + 1]! * w11 + 0.5;
      out[o + 2] = data[p00 + 2]! * w00 + data[p10 + 2]! * w10 + data[p01 + 2]! * w01 + data[p11 + 2]! * w11 + 0.5;
      out[o + 3] = data[p00 + 3]! * w00 + data[p10 + 3]! * w10 + data[p01 + 3]! * w01 + data[p11 + 3]! * w11 + 0.5;
    }
  }
  return { width, height, data: out };
}
