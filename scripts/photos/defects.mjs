// What goes wrong on a certificate picture, drawn on the rendered document (watermarks, covers, smudges, mosaic,
// blurred text) or on the finished picture (a camera's date stamp).
import sharp from 'sharp';
import { FONT, esc } from '../generate-fixtures-docs.mjs';

/** Truth: the rule and code each defect id must produce (see notes in contracts: one rule per defect class). */
export const DEFECT_FINDINGS = {
  'cut-edge': ['image-completeness', 'cut-edge'],
  'border-cropped': ['image-completeness', 'border-cropped'],
  'two-sides': ['image-completeness', 'two-documents'],
  'no-document': ['image-completeness', 'no-document'],
  'rotated-90': ['image-orientation', 'content-rotated'],
  'rotated-180': ['image-orientation', 'content-rotated'],
  'low-document-resolution': ['image-resolution', 'too-small'],
  watermark: ['image-overlay', 'watermark'],
  'date-stamp': ['image-overlay', 'date-stamp'],
  glare: ['image-glare', 'glare'],
  covered: ['image-obstruction', 'covered'],
  smeared: ['image-obstruction', 'smeared'],
  'seal-missing': ['image-seal', 'seal-missing'],
  'emblem-missing': ['image-seal', 'emblem-missing'],
  upscaled: ['image-detail', 'upscaled'],
  mosaic: ['image-detail', 'mosaic'],
  blurred: ['image-clarity', 'blurred'],
  'text-blurred': ['image-detail', 'text-blurred'],
  'wrong-kind': ['certificate-image-text', 'document-kind-mismatch'],
  'blank-back': ['certificate-image-text', 'blank-document'],
};

/** A defect given as 'id' or { id, ...options }. */
export const defectId = (d) => (typeof d === 'string' ? d : d.id);
export const defectOptions = (d) => (typeof d === 'string' ? {} : d);

/** An area [x0,y0,x1,y1] (fractions) in document pixels, clipped to the document. */
export function areaPx(area, w, h) {
  const left = Math.max(0, Math.round(area[0] * w)), top = Math.max(0, Math.round(area[1] * h));
  return { left, top, width: Math.min(w - left, Math.round((area[2] - area[0]) * w)), height: Math.min(h - top, Math.round((area[3] - area[1]) * h)) };
}

/** SVG overlays in document pixels (w×h) for the drawn defects. */
function overlaySvg(id, o, w, h, areas) {
  const wrap = (body) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`;
  if (id === 'watermark' && o.style === 'logo') {
    // A site's logo stamped over the middle of the document, semi-transparent, with its name.
    const r = Math.min(w, h) * 0.2, cx = w * 0.5, cy = h * 0.5;
    return wrap(`<g opacity="0.42"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#1e6fd9" stroke-width="${r * 0.12}"/>
      <text x="${cx}" y="${cy + r * 0.22}" font-family="${FONT}" font-size="${r * 0.7}" fill="#1e6fd9" text-anchor="middle" font-weight="bold">云</text>
      <text x="${cx}" y="${cy + r * 1.45}" font-family="${FONT}" font-size="${r * 0.34}" fill="#1e6fd9" text-anchor="middle">example.cn 专用</text></g>`);
  }
  if (id === 'watermark') {
    // 仅供域名实名认证使用, repeated diagonally over the whole document.
    const size = Math.round(h * 0.065), text = esc(o.text ?? '仅供域名实名认证使用');
    let rows = '';
    for (let y = -h; y < 2 * h; y += size * 3.2) {
      for (let x = -w; x < 2 * w; x += size * 12) rows += `<text x="${x.toFixed(0)}" y="${y.toFixed(0)}">${text}</text>`;
    }
    return wrap(`<g transform="rotate(-28 ${w / 2} ${h / 2})" font-family="${FONT}" font-size="${size}" fill="${o.colour ?? '#8a8a8a'}" opacity="${o.opacity ?? 0.38}">${rows}</g>`);
  }
  if (id === 'covered') {
    const a = areaPx(areas[o.area ?? 'number'] ?? areas.text, w, h);
    if (o.style === 'sticky-note') {
      const s = Math.max(a.height * 2.2, w * 0.16);
      return wrap(`<g transform="rotate(-6 ${a.left + a.width * 0.45} ${a.top + a.height / 2})"><rect x="${a.left + a.width * 0.3}" y="${a.top - s * 0.3}" width="${s * 1.2}" height="${s}" fill="#f7e463"/>
        <rect x="${a.left + a.width * 0.3}" y="${a.top - s * 0.3}" width="${s * 1.2}" height="${s * 0.12}" fill="#e9d24a"/></g>`);
    }
    if (o.style === 'shape') {
      // Something opaque lying over the document (a phone, a wallet): a dark rounded block across the area.
      return wrap(`<rect x="${a.left + a.width * 0.35}" y="${a.top - a.height * 1.2}" width="${w}" height="${a.height * 3.2}" rx="${a.height * 0.4}" fill="#2b2d31"/>`);
    }
    // A fingertip reaching in from the nearest edge of the document over the area.
    const fx = a.left + a.width * 0.55, fy = a.top + a.height * 0.5, rx = Math.max(a.height * 1.6, w * 0.07), ry = rx * 1.5;
    return wrap(`<defs><radialGradient id="f" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#f2c6a4"/><stop offset="1" stop-color="#c98d6b"/></radialGradient></defs>
      <ellipse cx="${fx}" cy="${fy}" rx="${rx}" ry="${ry}" fill="url(#f)"/><rect x="${fx - rx}" y="${fy}" width="${2 * rx}" height="${h}" fill="#d9a582"/>
      <ellipse cx="${fx}" cy="${fy - ry * 0.45}" rx="${rx * 0.55}" ry="${ry * 0.35}" fill="#f3d3bd" opacity="0.8"/>`);
  }
  return null;
}

/**
 * Applies the document-level defects to a rendered document (PNG or SVG buffer, w×h): returns raw RGBA.
 * Pixel defects (smeared, mosaic, text-blurred) work on regions of the raw pixels.
 */
export async function damageDocument(input, w, h, defects, areas) {
  const overlays = defects.map((d) => overlaySvg(defectId(d), defectOptions(d), w, h, areas)).filter(Boolean);
  let img = sharp(input).resize(w, h, { fit: 'fill' }).ensureAlpha();
  if (overlays.length) img = sharp(await img.png().toBuffer()).composite(overlays.map((s) => ({ input: Buffer.from(s) })));
  let raw = await img.raw().toBuffer();
  const raws = { raw: { width: w, height: h, channels: 4 } };
  const patch = async (a, fn) => {
    if (a.width < 2 || a.height < 2) return;
    const part = await fn(sharp(raw, raws).extract(a), a);
    raw = await sharp(raw, raws).composite([{ input: part, raw: { width: a.width, height: a.height, channels: 4 }, left: a.left, top: a.top }]).raw().toBuffer();
  };
  for (const d of defects) {
    const id = defectId(d), o = defectOptions(d);
    if (id === 'mosaic') {
      const a = o.area === 'whole' ? { left: 0, top: 0, width: w, height: h } : areaPx(areas.number ?? areas.text, w, h);
      // Each block takes the mean colour of its pixels (area-average shrink), then is enlarged without smoothing.
      const block = Math.max(4, Math.round(o.area === 'whole' ? w / 70 : a.height / 3));
      await patch(a, (s, p) => s.resize(Math.max(1, Math.round(p.width / block)), Math.max(1, Math.round(p.height / block)), { kernel: 'linear', fit: 'fill' }).raw().toBuffer()
        .then((small) => sharp(small, { raw: { width: Math.max(1, Math.round(p.width / block)), height: Math.max(1, Math.round(p.height / block)), channels: 4 } })
          .resize(p.width, p.height, { kernel: 'nearest', fit: 'fill' }).raw().toBuffer()));
    } else if (id === 'smeared') {
      // A thumb's smudge: a patch of the text blurred strongly and slightly washed out.
      const a = areaPx(areas[o.area ?? 'name'] ?? areas.text, w, h);
      const grow = Math.round(a.height * 0.6);
      const g = { left: Math.max(0, a.left - grow), top: Math.max(0, a.top - grow), width: 0, height: 0 };
      g.width = Math.min(w - g.left, a.width + 2 * grow); g.height = Math.min(h - g.top, a.height + 2 * grow);
      await patch(g, async (s, p) => feather(await s.blur(Math.max(2, a.height * 0.22)).linear(0.92, 16).raw().toBuffer(), p.width, p.height));
    } else if (id === 'text-blurred') {
      // Blurred at the scale of the characters, each text area on its own: the card outline and portrait stay sharp.
      const sigma = (o.sigma ?? 0.11) * h * 0.07;
      for (const key of ['text', 'number', 'name']) if (areas[key]) await patch(areaPx(areas[key], w, h), (s) => s.blur(Math.max(1.5, sigma)).raw().toBuffer());
    }
  }
  return raw;
}

/** Fades an RGBA patch out towards its edges (an elliptical mask), so a smudge has no rectangular outline. */
function feather(raw, w, h) {
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = (2 * x) / w - 1, dy = (2 * y) / h - 1, d = dx * dx + dy * dy;
      raw[(y * w + x) * 4 + 3] = Math.round(raw[(y * w + x) * 4 + 3] * Math.max(0, Math.min(1, (1 - d) * 2.2)));
    }
  }
  return raw;
}

/** A camera's date stamp: orange seven-segment digits, bottom right of a W×H picture, as an SVG overlay. */
export function dateStampSvg(W, H, text = '2026/11/30 14:35') {
  const ch = Math.round(Math.min(W, H) * 0.045), cw = ch * 0.55, th = ch * 0.13, gap = ch * 0.2;
  const SEG = { 0: 'abcdef', 1: 'bc', 2: 'abged', 3: 'abgcd', 4: 'fgbc', 5: 'afgcd', 6: 'afgedc', 7: 'abc', 8: 'abcdefg', 9: 'abcdfg' };
  const seg = (x, y, s) => {
    const m = ch / 2;
    const r = { a: [x, y, cw, th], d: [x, y + ch - th, cw, th], g: [x, y + m - th / 2, cw, th], f: [x, y, th, m], b: [x + cw - th, y, th, m], e: [x, y + m, th, m], c: [x + cw - th, y + m, th, m] }[s];
    return `<rect x="${r[0].toFixed(1)}" y="${r[1].toFixed(1)}" width="${r[2].toFixed(1)}" height="${r[3].toFixed(1)}" rx="${(th / 3).toFixed(1)}"/>`;
  };
  const total = [...text].reduce((s, c) => s + (c === ' ' ? cw : c === '/' || c === ':' ? cw * 0.6 : cw + gap), 0);
  let x = W - total - W * 0.04;
  const y = H - ch - H * 0.04;
  let body = '';
  for (const c of text) {
    if (SEG[c]) { for (const s of SEG[c]) body += seg(x, y, s); x += cw + gap; }
    else if (c === ':') { body += `<rect x="${x}" y="${y + ch * 0.25}" width="${th}" height="${th}"/><rect x="${x}" y="${y + ch * 0.7}" width="${th}" height="${th}"/>`; x += cw * 0.6; }
    else if (c === '/') { body += `<path d="M${x} ${y + ch} L${x + cw * 0.45} ${y}" stroke="#ff8a1c" stroke-width="${th}"/>`; x += cw * 0.6; }
    else x += cw;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><filter id="g"><feGaussianBlur stdDeviation="${(th * 0.6).toFixed(1)}"/></filter></defs>
    <g fill="#ff7a10" opacity="0.55" filter="url(#g)">${body}</g><g fill="#ffa233">${body}</g></svg>`;
}
