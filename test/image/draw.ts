/** Pictures of documents drawn in the test: a background, a document warped onto any quad, printed-looking content. */
import { quadToSquare } from '../../src/image/rectify.js';
import type { Quad, RgbaImage } from '../../src/image/types.js';

export type Rgb = [number, number, number];
export type Paint = (x: number, y: number) => Rgb;

/** Deterministic pseudo-random numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function canvas(width: number, height: number, paint: Paint): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const [r, g, b] = paint(x, y);
    const p = (y * width + x) * 4;
    data[p] = r; data[p + 1] = g; data[p + 2] = b; data[p + 3] = 255;
  }
  return { width, height, data };
}

export const solid = (c: Rgb): Paint => () => c;
/** Wood-like: brown stripes along x with grain noise. */
export const wood: Paint = (x, y) => {
  const t = Math.sin(y * 0.35 + Math.sin(x * 0.02) * 3) * 18 + Math.sin(y * 1.7) * 6;
  return [130 + t, 85 + t * 0.7, 50 + t * 0.4];
};
/** Uniform random noise in every channel. */
export function noisePaint(seed: number): Paint {
  const r = rng(seed);
  return () => [r() * 255, r() * 255, r() * 255];
}

/**
 * The content of an ID-card-like document at (u, v) in [0,1]²: a pale card with text lines on the left, a portrait on
 * the right and a long number line at the bottom; `marker` paints its top-left corner red.
 */
export function idCard(u: number, v: number, marker = false): Rgb {
  if (marker && u < 0.12 && v < 0.15) return [220, 30, 30];
  const portrait = u > 0.64 && u < 0.92 && v > 0.14 && v < 0.7;
  if (portrait) return v < 0.42 && Math.hypot(u - 0.78, v - 0.32) > 0.09 ? [205, 210, 215] : [95, 100, 110];
  const lines = [0.14, 0.26, 0.38, 0.5, 0.6];
  for (const [i, l] of lines.entries()) {
    const end = [0.3, 0.45, 0.5, 0.58, 0.4][i]!;
    if (v > l && v < l + 0.055 && u > 0.08 && u < end && Math.sin(u * 180) > -0.3) return [40, 40, 45];
  }
  if (v > 0.8 && v < 0.87 && u > 0.1 && u < 0.9 && Math.sin(u * 220) > -0.4) return [20, 20, 25];
  return [238, 240, 236];
}

/** A certificate with a printed double border frame, a title and text lines, on cream paper. */
export function certificate(u: number, v: number): Rgb {
  const border = (a: number) => Math.abs(u - a) < 0.006 || Math.abs(u - (1 - a)) < 0.006 || Math.abs(v - a) < 0.008 || Math.abs(v - (1 - a)) < 0.008;
  if ((border(0.04) && u > 0.035 && u < 0.965 && v > 0.03 && v < 0.97) || (border(0.055) && u > 0.05 && u < 0.95 && v > 0.045 && v < 0.955)) return [150, 110, 50];
  if (v > 0.14 && v < 0.22 && u > 0.38 && u < 0.62 && Math.sin(u * 120) > -0.2) return [190, 30, 30];
  for (let l = 0.32; l < 0.8; l += 0.08) if (v > l && v < l + 0.035 && u > 0.12 && u < 0.85 && Math.sin(u * 260 + l * 40) > 0) return [35, 35, 40];
  if (Math.hypot((u - 0.78) * 1.4, v - 0.82) < 0.08 && Math.hypot((u - 0.78) * 1.4, v - 0.82) > 0.07) return [200, 40, 40];
  return [240, 234, 220];
}

/**
 * Draws `content` warped onto `quad` (2×2 supersampled), with rounded corners of `radius` (a fraction of the short
 * side); pixels outside stay as they were.
 */
export function drawDocument(img: RgbaImage, quad: Quad, content: (u: number, v: number) => Rgb, radius = 0.04, aspect = 1.586): void {
  const inv = quadToSquare(quad);
  const xs = quad.map((p) => p[0]), ys = quad.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs))), x1 = Math.min(img.width, Math.ceil(Math.max(...xs)) + 1);
  const y0 = Math.max(0, Math.floor(Math.min(...ys))), y1 = Math.min(img.height, Math.ceil(Math.max(...ys)) + 1);
  const ru = radius / aspect, rv = radius;
  const inside = (u: number, v: number) => {
    if (u < 0 || u > 1 || v < 0 || v > 1) return false;
    const cu = Math.min(u, 1 - u), cv = Math.min(v, 1 - v);
    if (cu >= ru || cv >= rv) return true;
    return ((ru - cu) / ru) ** 2 + ((rv - cv) / rv) ** 2 <= 1;
  };
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    let r = 0, g = 0, b = 0, n = 0;
    for (const [dx, dy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]] as const) {
      const [u, v] = inv(x + dx, y + dy);
      if (!inside(u, v)) continue;
      const c = content(u, v);
      r += c[0]; g += c[1]; b += c[2]; n++;
    }
    if (n === 0) continue;
    const p = (y * img.width + x) * 4;
    const k = n / 4;
    img.data[p] = img.data[p]! * (1 - k) + r / 4;
    img.data[p + 1] = img.data[p + 1]! * (1 - k) + g / 4;
    img.data[p + 2] = img.data[p + 2]! * (1 - k) + b / 4;
  }
}

/** A quad of the given centre, size and tilt (degrees), with perspective `p` (the top side shorter by that share). */
export function tiltedQuad(cx: number, cy: number, w: number, h: number, tiltDeg = 0, p = 0): Quad {
  const t = (tiltDeg * Math.PI) / 180;
  const pts: Array<[number, number]> = [[-w / 2 * (1 - p), -h / 2], [w / 2 * (1 - p), -h / 2], [w / 2, h / 2], [-w / 2, h / 2]];
  return pts.map(([x, y]) => [cx + x * Math.cos(t) - y * Math.sin(t), cy + x * Math.sin(t) + y * Math.cos(t)]) as Quad;
}

/** Mean RGB over a box of the image. */
export function meanRgb(img: RgbaImage, x0: number, y0: number, x1: number, y1: number): Rgb {
  let r = 0, g = 0, b = 0, n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const p = (y * img.width + x) * 4;
    r += img.data[p]!; g += img.data[p + 1]!; b += img.data[p + 2]!; n++;
  }
  return [r / n, g / n, b / n];
}

/** The picture as JPEG bytes (quality 90), through sharp. */
export async function jpeg(img: RgbaImage): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  return new Uint8Array(await sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), { raw: { width: img.width, height: img.height, channels: 4 } }).jpeg({ quality: 90 }).toBuffer());
}

/** Pictures of documents the rule tests share, drawn at phone-thumbnail size. */
export const scenes = {
  /** An ID card on a wood desk, slightly tilted. */
  cardOnWood: (content = idCard) => { const c = canvas(900, 650, wood); drawDocument(c, tiltedQuad(450, 325, 600, 378, 4), content); return c; },
  /** Front and back side by side on a dark table. */
  twoCards: () => {
    const c = canvas(900, 600, solid([60, 62, 70]));
    drawDocument(c, tiltedQuad(225, 300, 380, 240, 2), idCard);
    drawDocument(c, tiltedQuad(675, 300, 380, 240, -2), (u, v) => idCard(u, v, true));
    return c;
  },
  /** A card on a white table, tilted with some perspective. */
  cardOnWhite: () => { const c = canvas(900, 650, solid([245, 245, 245])); drawDocument(c, tiltedQuad(450, 325, 600, 378, 8, 0.1), idCard); return c; },
  noise: () => canvas(800, 600, noisePaint(7)),
};
