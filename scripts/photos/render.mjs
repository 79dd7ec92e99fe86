// renderPhoto(spec): one of the project's certificates photographed by a simulated phone or scanner, with its truth.
import sharp from 'sharp';
import { rng } from '../prng.mjs';
import { background } from './backgrounds.mjs';
import { castShadows, expose, homography, applyH, warpOnto } from './camera.mjs';
import { DEFECT_FINDINGS, dateStampSvg, damageDocument, defectId, defectOptions } from './defects.mjs';
import { DOCUMENTS, tintDocument } from './documents.mjs';
import { keepInside, pictureOrder, pictureSize, placeQuad, rotateQuad, runOff } from './layout.mjs';

const DEFAULTS = {
  fill: false, tilt: 0, perspective: 0, shadow: 0.5, glare: 0, noise: 4, defocus: 0,
  jpegQuality: 88, megapixels: 3, rotate: 0, seed: 1, holder: {},
};
const DOCUMENT_DEFECTS = new Set(['watermark', 'covered', 'smeared', 'mosaic', 'text-blurred']);
const WRONG_KIND = new Set(['driving-licence', 'social-security-card', 'household-register']);
/** Defects that leave the number or the name unreadable (wherever they are placed over them). */
const ILLEGIBLE = new Set(['blurred', 'text-blurred', 'upscaled', 'no-document', 'blank-back', 'low-document-resolution']);
const OVER_TEXT = new Set(['number', 'name']);

const rawOf = (W, H) => ({ raw: { width: W, height: H, channels: 3 } });

/** The defect ids a spec carries, including those its document and rotation imply. */
export function defectIds(spec) {
  const ids = (spec.defects ?? []).map(defectId);
  const add = (id) => { if (!ids.includes(id)) ids.push(id); };
  if (WRONG_KIND.has(spec.document)) add('wrong-kind');
  if (spec.document === 'blank-back') add('blank-back');
  if (spec.rotate === 90 || spec.rotate === 270) add('rotated-90');
  if (spec.rotate === 180) add('rotated-180');
  return ids;
}

/** The picture before rotation and encoding: raw RGB, its size and the quads of its documents. */
async function compose(spec) {
  let s = spec;
  const r = rng(s.seed * 7919 + 17);
  const ids = defectIds(s);
  const has = (id) => ids.includes(id);
  const doc = DOCUMENTS[s.document];
  const aspect = doc.width / doc.height;
  const fill = s.fill || has('border-cropped');
  // A scanner lights the page evenly; a phone's lens darkens the corners.
  s = { ...s, vignette: s.vignette ?? (fill ? 0 : 0.15) };
  const twoSides = has('two-sides');
  const { W, H } = twoSides ? pictureSize(s.megapixels, 0.75, false) : pictureSize(s.megapixels, aspect, fill);
  const canvas = await background(s.background ?? (fill ? 'scanner-bed' : 'white-table'), W, H, s.seed);
  if (has('no-document')) {
    expose(canvas, W, H, { noise: s.noise, vignette: s.vignette, seed: s.seed });
    return { canvas, W, H, placed: [], textInside: false };
  }
  // The documents and where they go.
  const sides = s.cutSides ?? [['left'], ['right'], ['bottom'], ['right', 'bottom'], ['left', 'top']][Math.floor(r() * 5)];
  const keystone = s.keystone ?? ['top', 'bottom', 'left', 'right'][Math.floor(r() * 4)];
  const jitter = () => (r() - 0.5) * 0.06;
  const items = twoSides ? [s.document, s.second ?? 'id-back'] : [s.document];
  const placed = items.map((name, k) => {
    const d = DOCUMENTS[name];
    const a = d.width / d.height;
    let dw;
    if (has('border-cropped')) dw = W * 1.09;
    else if (fill) dw = W / 1.03;
    else if (has('low-document-resolution')) dw = s.documentWidth ?? 420;
    else if (twoSides) dw = W * 0.62;
    else dw = Math.min(W * (s.documentFraction ?? 0.62 + r() * 0.2), H * 0.85 * a);
    const cx = W * (0.5 + (fill ? 0 : jitter())), cy = twoSides ? H * (k === 0 ? 0.27 : 0.73) : H * (0.5 + (fill ? 0 : jitter()));
    let quad = placeQuad(cx, cy, dw, dw / a, fill ? s.tilt * 0.1 : s.tilt, fill ? 0 : s.perspective, keystone);
    if (has('cut-edge')) quad = runOff(quad, W, H, sides, s.cutBy ?? 0.12);
    else if (!fill) quad = keepInside(quad, W, H, Math.min(W, H) * 0.03);
    return { name, d, quad };
  });
  // Render each document at the size it takes in the picture, damaged as the spec says, and place it.
  const docDefects = (s.defects ?? []).filter((x) => DOCUMENT_DEFECTS.has(defectId(x)));
  const rendered = [];
  for (const p of placed) {
    const q = p.quad;
    const len = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    const rw = Math.max(16, Math.round(Math.max(len(q[0], q[1]), len(q[3], q[2]), len(q[0], q[3]) * (p.d.width / p.d.height))));
    const rh = Math.max(10, Math.round(rw * p.d.height / p.d.width));
    const holder = { ...p.d.defaults, ...(p.name === s.document ? s.holder : {}) };
    const svg = p.d.render(rw, rh, holder, { noSeal: has('seal-missing'), noEmblem: has('emblem-missing') });
    const raw = tintDocument(await damageDocument(Buffer.from(svg), rw, rh, p.name === s.document ? docDefects : [], p.d.areas), rw, rh, p.d.tint);
    rendered.push({ raw, rw, rh, quad: q });
  }
  const quads = placed.map((p) => p.quad);
  if (!fill && s.shadow > 0) {
    const u = Math.min(W, H);
    await castShadows(canvas, W, H, quads, { dx: u * 0.012 * s.shadow, dy: u * 0.02 * s.shadow, softness: u * 0.02, strength: 0.35 + 0.3 * s.shadow });
  }
  for (const d of rendered) warpOnto(canvas, W, H, d.raw, d.rw, d.rh, d.quad);
  // Light: a mild highlight where the spec asks, a strong one over the text for the glare defect.
  const main = placed[0], Hm = homography(1, 1, main.quad);
  const at = (area) => applyH(Hm, (area[0] + area[2]) / 2, (area[1] + area[3]) / 2);
  const dwMain = Math.hypot(main.quad[1][0] - main.quad[0][0], main.quad[1][1] - main.quad[0][1]);
  const glares = [];
  if (s.glare > 0) {
    const [gx, gy] = applyH(Hm, 0.75 + r() * 0.15, 0.15 + r() * 0.2);
    glares.push({ cx: gx, cy: gy, rx: dwMain * 0.14, ry: dwMain * 0.08, angle: r() * 3, strength: Math.min(0.35, s.glare) });
  }
  const glare = (s.defects ?? []).find((x) => defectId(x) === 'glare');
  if (glare) {
    const area = main.d.areas[defectOptions(glare).area ?? 'number'] ?? main.d.areas.text;
    const [gx, gy] = at(area);
    glares.push({ cx: gx, cy: gy, rx: dwMain * 0.2, ry: dwMain * 0.085, angle: (r() - 0.5) * 0.6, strength: 0.98 });
  }
  let pixels = canvas;
  const sigma = has('blurred') ? Math.max(3, dwMain / 200) : s.defocus;
  if (sigma > 0.3) pixels = await sharp(canvas, rawOf(W, H)).blur(sigma).raw().toBuffer();
  expose(pixels, W, H, { vignette: s.vignette, glares, noise: s.noise, seed: s.seed + 1 });
  if (has('date-stamp')) {
    pixels = await sharp(pixels, rawOf(W, H)).composite([{ input: Buffer.from(dateStampSvg(W, H, defectOptions((s.defects ?? []).find((x) => defectId(x) === 'date-stamp')).text)) }]).removeAlpha().raw().toBuffer();
  }
  // Whether the number and the name lie wholly inside the picture (a cut edge may run through them).
  const within = (area) => [[area[0], area[1]], [area[2], area[1]], [area[2], area[3]], [area[0], area[3]]]
    .every(([u, v]) => { const [x, y] = applyH(Hm, u, v); return x >= 0 && y >= 0 && x <= W && y <= H; });
  const textInside = ['number', 'name'].every((k) => !main.d.areas[k] || within(main.d.areas[k]));
  return { canvas: pixels, W, H, placed, textInside };
}

/** The truth of a spec: what the document is, what is wrong with it, what the library must report. */
function truthOf(s, placed, W, H, textInside) {
  const ids = defectIds(s);
  const doc = DOCUMENTS[s.document];
  const holder = { ...doc.defaults, ...s.holder };
  const expect = ids.map((id) => DEFECT_FINDINGS[id]).filter(Boolean).map(([rule, code]) => ({ rule, code }));
  if (ids.length === 0 && s.document === 'id-back') expect.push({ rule: 'certificate-image-text', code: 'id-card-emblem-side' });
  const overText = (s.defects ?? []).some((x) => ['glare', 'covered', 'smeared', 'mosaic'].includes(defectId(x)) &&
    (OVER_TEXT.has(defectOptions(x).area ?? (defectId(x) === 'smeared' ? 'name' : 'number')) || defectOptions(x).area === 'whole'));
  const unique = [...new Set(expect.map((e) => `${e.rule}:${e.code}`))].map((k) => ({ rule: k.split(':')[0], code: k.split(':')[1] }));
  const nothing = ids.includes('no-document');
  return {
    id: s.id, document: s.document, kind: nothing ? 'unknown' : doc.kind, side: nothing ? null : doc.side ?? null,
    number: nothing ? null : holder.number ?? null, name: nothing ? null : holder.name ?? null,
    certificateType: doc.certificate, holderType: doc.holder,
    acceptable: ids.length === 0, defects: ids, expect: unique,
    legible: holder.number != null && textInside && !ids.some((id) => ILLEGIBLE.has(id)) && !overText,
    quad: placed[0] ? pictureOrder(placed[0].quad) : null,
    quads: placed.map((p) => pictureOrder(p.quad)),
    rotation: s.rotate, width: W, height: H,
  };
}

/** Throws on a spec that cannot be rendered as asked, rather than rendering something else. */
function checkSpec(s) {
  if (!s.id) throw new Error('a photo spec needs an id');
  if (!DOCUMENTS[s.document]) throw new Error(`${s.id}: unknown document ${s.document}`);
  const unknown = defectIds(s).filter((id) => !DEFECT_FINDINGS[id]);
  if (unknown.length) throw new Error(`${s.id}: unknown defect ${unknown.join(', ')}`);
  if (![0, 90, 180, 270].includes(s.rotate)) throw new Error(`${s.id}: rotate must be 0, 90, 180 or 270, not ${s.rotate}`);
  if (!(s.megapixels >= 0.05 && s.megapixels <= 40)) throw new Error(`${s.id}: megapixels must be within 0.05-40, not ${s.megapixels}`);
}

/** Renders a spec: `{ buffer, width, height, truth }` (JPEG unless spec.format is 'png'). */
export async function renderPhoto(spec) {
  const s = { ...DEFAULTS, ...spec, holder: { ...(spec.holder ?? {}) } };
  checkSpec(s);
  const upscaled = defectIds(s).includes('upscaled');
  const { canvas, W, H, placed, textInside } = await compose(upscaled ? { ...s, megapixels: s.sourceMegapixels ?? 0.16, noise: 2 } : s);
  let img = sharp(canvas, rawOf(W, H));
  let w = W, h = H, quads = placed.map((p) => p.quad);
  if (upscaled) {
    // Enlarged from a small picture to pass the size minimum: smooth, no detail finer than the source pixels.
    w = s.upscaleWidth ?? 1600; h = Math.round((H * w) / W);
    const f = w / W;
    img = sharp(await img.resize(w, h, { kernel: 'lanczos3' }).raw().toBuffer(), rawOf(w, h));
    quads = quads.map((q) => q.map(([x, y]) => [x * f, y * f]));
  }
  if (s.rotate) {
    img = sharp(await img.rotate(s.rotate).raw().toBuffer(), rawOf(s.rotate % 180 ? h : w, s.rotate % 180 ? w : h));
    quads = quads.map((q) => rotateQuad(q, w, h, s.rotate));
    if (s.rotate % 180) [w, h] = [h, w];
  }
  const buffer = s.format === 'png' ? await img.png().toBuffer()
    : await img.jpeg({ quality: upscaled ? Math.max(s.jpegQuality, 92) : s.jpegQuality, chromaSubsampling: '4:2:0', mozjpeg: false }).toBuffer();
  const truth = truthOf(s, quads.map((quad) => ({ quad })), w, h, textInside);
  return { buffer, width: w, height: h, truth: { ...truth, bytes: buffer.length } };
}
