// Surfaces a document lies on, as raw RGB at the picture's size. Smooth parts (light fall-off, wood grain, blotches)
// are computed on a grid a quarter of the size and enlarged by sharp; fine texture (cloth weave) comes from per-row and
// per-column tables, so a 12 MP surface costs one cheap pass.
import sharp from 'sharp';
import { clamp, rng } from '../prng.mjs';

export const BACKGROUNDS = ['white-table', 'light-table', 'wood', 'cloth', 'scanner-bed', 'dark-table'];

const pick = (r, xs) => xs[Math.floor(r() * xs.length) % xs.length];

/** Base colour, low-frequency variation (amplitude per channel) and fine texture of each surface. */
function look(name, r) {
  switch (name) {
    case 'white-table': return { base: pick(r, [[242, 242, 240], [246, 245, 243], [236, 238, 240]]), blotch: 6, grain: 0, weave: 0 };
    case 'light-table': return { base: pick(r, [[214, 210, 200], [222, 216, 202], [205, 207, 208], [226, 220, 208]]), blotch: 8, grain: 0, weave: 0 };
    case 'wood': return { base: pick(r, [[150, 104, 66], [176, 128, 82], [120, 80, 50], [196, 154, 108], [226, 204, 172]]), blotch: 10, grain: 18, weave: 0 };
    case 'cloth': return { base: pick(r, [[60, 78, 110], [118, 52, 58], [92, 110, 84], [150, 140, 128]]), blotch: 12, grain: 0, weave: 16 };
    case 'scanner-bed': return { base: [251, 251, 250], blotch: 1.5, grain: 0, weave: 0, light: 0.01 };
    case 'dark-table': return { base: pick(r, [[38, 38, 42], [46, 42, 38], [30, 34, 36]]), blotch: 6, grain: 0, weave: 0 };
    default: throw new Error(`unknown background: ${name}`);
  }
}

/** Raw RGB (3 channels) of `name` at w×h. */
export async function background(name, w, h, seed) {
  const r = rng(seed);
  const { base, blotch, grain, weave, light: slope = 0.12 } = look(name, r);
  const sw = Math.max(8, Math.ceil(w / 4)), sh = Math.max(8, Math.ceil(h / 4));
  const small = Buffer.alloc(sw * sh * 3);
  const [p1, p2, p3] = [r() * 6.28, r() * 6.28, r() * 6.28];
  const [gx, gy] = [(r() - 0.5) * slope, (r() - 0.5) * slope]; // light gradient across the surface
  const f = 4 / Math.max(w, h);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const X = x / sw, Y = y / sh;
      const light = 1 + gx * (X - 0.5) * 2 + gy * (Y - 0.5) * 2;
      // Blotches: a few incommensurate waves, so no stripe pattern shows.
      const b = blotch * (0.6 * Math.sin(x * f * 5.3 + p1) * Math.sin(y * f * 3.7 + p2) + 0.3 * Math.sin(x * f * 13.1 - y * f * 8.9 + p3)
        + 0.25 * Math.sin(y * f * 19.7 + Math.sin(x * f * 4.1) * 2));
      // Wood grain: lines along the board, bent and of varying strength.
      const g = grain ? grain * Math.sin(y * f * 150 + Math.sin(x * f * 6 + p1) * 5 + Math.sin(y * f * 17 + p2) * 3) * (0.55 + 0.45 * Math.sin(y * f * 23 + p3)) : 0;
      const i = (y * sw + x) * 3;
      small[i] = clamp((base[0] + b + g) * light);
      small[i + 1] = clamp((base[1] + b + g * 0.8) * light);
      small[i + 2] = clamp((base[2] + b + g * 0.55) * light);
    }
  }
  const out = await sharp(small, { raw: { width: sw, height: sh, channels: 3 } }).resize(w, h, { kernel: 'linear' }).raw().toBuffer();
  if (weave) {
    // A woven cloth: threads a few pixels wide, horizontal and vertical, their brightness varying along the thread.
    const period = Math.max(3, Math.round(Math.max(w, h) / 700));
    const col = new Float32Array(w), row = new Float32Array(h);
    for (let x = 0; x < w; x++) col[x] = Math.sin((x / period) * Math.PI) ** 2 * weave * (0.7 + 0.6 * r()) - weave / 2;
    for (let y = 0; y < h; y++) row[y] = Math.sin((y / period) * Math.PI) ** 2 * weave * (0.7 + 0.6 * r()) - weave / 2;
    for (let y = 0, i = 0; y < h; y++) {
      const ry = row[y];
      for (let x = 0; x < w; x++, i += 3) {
        const d = (x + y) & 1 ? col[x] : ry;
        out[i] = clamp(out[i] + d); out[i + 1] = clamp(out[i + 1] + d); out[i + 2] = clamp(out[i + 2] + d);
      }
    }
  }
  return out;
}
