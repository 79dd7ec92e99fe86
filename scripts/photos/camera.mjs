// The simulated camera: places rendered documents (RGBA) on a surface through a perspective warp, casts their soft
// shadows, and adds the light fall-off, specular highlights and sensor noise of a phone photo, over raw RGB pixels.
import sharp from 'sharp';
import { clamp, rng } from '../prng.mjs';

/** The homography taking the rectangle (0,0)-(w,h) to `quad` (tl,tr,br,bl), as a row-major 3×3 array. */
export function homography(w, h, quad) {
  const src = [[0, 0], [w, 0], [w, h], [0, h]];
  const A = [], b = [];
  for (let i = 0; i < 4; i++) {
    const [u, v] = src[i], [x, y] = quad[i];
    A.push([u, v, 1, 0, 0, 0, -u * x, -v * x]); b.push(x);
    A.push([0, 0, 0, u, v, 1, -u * y, -v * y]); b.push(y);
  }
  return [...solve(A, b), 1];
}

function solve(A, b) {
  const n = b.length, M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}

export function invert3(m) {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A, -(b * i - c * h), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * h - b * g), a * e - b * d].map((v) => v / det);
}

export const applyH = (m, u, v) => {
  const z = m[6] * u + m[7] * v + m[8];
  return [(m[0] * u + m[1] * v + m[2]) / z, (m[3] * u + m[4] * v + m[5]) / z];
};

/**
 * Draws `doc` (raw RGBA, dw×dh) onto `canvas` (raw RGB, W×H) so that its corners land on `quad`. Inverse mapping with
 * bilinear sampling; samples outside the document count as transparent, which antialiases the edges.
 */
export function warpOnto(canvas, W, H, doc, dw, dh, quad) {
  const inv = invert3(homography(dw, dh, quad));
  const xs = quad.map((p) => p[0]), ys = quad.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - 1), x1 = Math.min(W - 1, Math.ceil(Math.max(...xs)) + 1);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - 1), y1 = Math.min(H - 1, Math.ceil(Math.max(...ys)) + 1);
  const [a, b, c, d, e, f, g, h, k] = inv;
  const px = new Float64Array(4);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const z = g * x + h * y + k;
      const u = (a * x + b * y + c) / z - 0.5, v = (d * x + e * y + f) / z - 0.5;
      if (u < -1 || v < -1 || u > dw || v > dh) continue;
      const iu = Math.floor(u), iv = Math.floor(v), fu = u - iu, fv = v - iv;
      px[0] = px[1] = px[2] = px[3] = 0;
      let alpha = 0;
      for (let t = 0; t < 4; t++) {
        const su = iu + (t & 1), sv = iv + (t >> 1);
        if (su < 0 || sv < 0 || su >= dw || sv >= dh) continue;
        const wgt = (t & 1 ? fu : 1 - fu) * (t >> 1 ? fv : 1 - fv);
        const j = (sv * dw + su) * 4, al = (doc[j + 3] / 255) * wgt;
        px[0] += doc[j] * al; px[1] += doc[j + 1] * al; px[2] += doc[j + 2] * al;
        alpha += al;
      }
      if (alpha <= 0) continue;
      const i = (y * W + x) * 3;
      canvas[i] = clamp(px[0] + canvas[i] * (1 - alpha));
      canvas[i + 1] = clamp(px[1] + canvas[i + 1] * (1 - alpha));
      canvas[i + 2] = clamp(px[2] + canvas[i + 2] * (1 - alpha));
    }
  }
}

/** Darkens `canvas` under the documents' soft shadows: each quad moved by (dx,dy), blurred by `softness` px. */
export async function castShadows(canvas, W, H, quads, { dx, dy, softness, strength }) {
  if (strength <= 0) return;
  // The mask is drawn and blurred at a quarter of the size, then sampled bilinearly, only where a shadow can fall.
  const s = 4, sw = Math.ceil(W / s), sh = Math.ceil(H / s);
  const polys = quads.map((q) => `<polygon points="${q.map(([x, y]) => `${((x + dx) / s).toFixed(1)},${((y + dy) / s).toFixed(1)}`).join(' ')}" fill="#fff"/>`).join('');
  const mask = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${sw}" height="${sh}"><rect width="100%" height="100%" fill="#000"/>${polys}</svg>`))
    .greyscale().blur(Math.max(0.5, softness / s)).extractChannel(0).raw().toBuffer();
  const reach = softness * 3;
  const xs = quads.flat().map((p) => p[0] + dx), ys = quads.flat().map((p) => p[1] + dy);
  const x0 = Math.max(0, Math.floor(Math.min(...xs) - reach)), x1 = Math.min(W - 1, Math.ceil(Math.max(...xs) + reach));
  const y0 = Math.max(0, Math.floor(Math.min(...ys) - reach)), y1 = Math.min(H - 1, Math.ceil(Math.max(...ys) + reach));
  const k = strength / 255;
  for (let y = y0; y <= y1; y++) {
    const v = Math.min(sh - 1.001, Math.max(0, y / s - 0.5)), iv = Math.floor(v), fv = v - iv;
    const r0 = iv * sw, r1 = Math.min(sh - 1, iv + 1) * sw;
    for (let x = x0; x <= x1; x++) {
      const u = Math.min(sw - 1.001, Math.max(0, x / s - 0.5)), iu = Math.floor(u), fu = u - iu;
      const m = (mask[r0 + iu] * (1 - fu) + mask[r0 + iu + 1] * fu) * (1 - fv) + (mask[r1 + iu] * (1 - fu) + mask[r1 + iu + 1] * fu) * fv;
      if (m < 0.5) continue;
      const f = 1 - m * k, i = (y * W + x) * 3;
      canvas[i] *= f; canvas[i + 1] *= f; canvas[i + 2] *= f;
    }
  }
}

/**
 * The lens and sensor: light fall-off towards the corners (`vignette` 0..1), specular highlights (`glares`:
 * { cx, cy, rx, ry, angle, strength } in picture px: the colour goes to white), and luminance noise with a little chroma.
 */
export function expose(canvas, W, H, { vignette = 0, glares = [], noise = 0, seed = 1 }) {
  const r = rng(seed);
  // Noise values drawn once into a table, then picked per pixel by a xorshift: one cheap step per pixel.
  const table = new Float32Array(65536);
  for (let k = 0; k < table.length; k++) table[k] = (r() + r() - 1) * noise;
  let state = (seed * 2654435761) >>> 0 || 1;
  const gl = glares.map((g) => ({ ...g, cos: Math.cos(g.angle ?? 0), sin: Math.sin(g.angle ?? 0) }));
  const cx = W / 2, cy = H / 2, rr = cx * cx + cy * cy;
  for (let y = 0, i = 0; y < H; y++) {
    const dy2 = (y - cy) * (y - cy);
    for (let x = 0; x < W; x++, i += 3) {
      const v = 1 - vignette * (((x - cx) * (x - cx) + dy2) / rr);
      let R = canvas[i] * v, G = canvas[i + 1] * v, B = canvas[i + 2] * v;
      for (const g of gl) {
        const ux = x - g.cx, uy = y - g.cy;
        const a = (ux * g.cos + uy * g.sin) / g.rx, b = (uy * g.cos - ux * g.sin) / g.ry;
        const d = a * a + b * b;
        if (d < 4) {
          // A clipped core (the sensor saturates) with a soft halo.
          const s = g.strength * Math.min(1, 1.7 * Math.exp(-d * d * 0.8));
          R += (255 - R) * s; G += (255 - G) * s; B += (255 - B) * s;
        }
      }
      if (noise > 0) {
        state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
        const n = table[state & 0xffff], c = table[(state >>> 16) & 0xffff] * 0.3;
        R += n + c; G += n; B += n - c;
      }
      canvas[i] = R < 0 ? 0 : R > 255 ? 255 : R;
      canvas[i + 1] = G < 0 ? 0 : G > 255 ? 255 : G;
      canvas[i + 2] = B < 0 ? 0 : B > 255 ? 255 : B;
    }
  }
}
