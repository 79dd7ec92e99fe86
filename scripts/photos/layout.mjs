// Where the documents go in the picture: the picture's size from its megapixels, and each document's corner quad
// (tl,tr,br,bl in the document's own orientation) after tilt, perspective and the framing defects.
const rad = (deg) => (deg * Math.PI) / 180;

/** Picture size: 4:3 (3:4 for a portrait document), or the document's own aspect plus a scanner margin when it fills. */
export function pictureSize(megapixels, aspect, fill) {
  const a = fill ? aspect * (1 + 0.03) / (1 + 0.03 * aspect) : aspect >= 1 ? 4 / 3 : 3 / 4;
  const px = megapixels * 1e6;
  const W = Math.round(Math.sqrt(px * a)), H = Math.round(px / Math.sqrt(px * a));
  return { W, H };
}

/** A w×h rectangle centred at (cx,cy), turned by `tilt` degrees, with a keystone of `perspective` (0..1) on side `side`. */
export function placeQuad(cx, cy, w, h, tilt, perspective, side = 'top') {
  const k = perspective * 0.14;
  let pts = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]];
  // Keystone: the far side looks shorter.
  const shrink = { top: [0, 1], bottom: [3, 2], left: [0, 3], right: [1, 2] }[side];
  pts = pts.map(([x, y], i) => {
    if (!shrink.includes(i)) return [x, y];
    return side === 'top' || side === 'bottom' ? [x * (1 - 2 * k), y] : [x, y * (1 - 2 * k)];
  });
  const c = Math.cos(rad(tilt)), s = Math.sin(rad(tilt));
  return pts.map(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c]);
}

const bounds = (q) => ({ x0: Math.min(...q.map((p) => p[0])), x1: Math.max(...q.map((p) => p[0])), y0: Math.min(...q.map((p) => p[1])), y1: Math.max(...q.map((p) => p[1])) });

/** Scales `quad` about its centre until it keeps `margin` px from every picture edge. */
export function keepInside(quad, W, H, margin) {
  const b = bounds(quad), cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
  const f = Math.min(1, (W / 2 - margin) / ((b.x1 - b.x0) / 2), (H / 2 - margin) / ((b.y1 - b.y0) / 2));
  const moved = quad.map(([x, y]) => [cx + (x - cx) * f, cy + (y - cy) * f]);
  const m = bounds(moved);
  const sx = m.x0 < margin ? margin - m.x0 : m.x1 > W - margin ? W - margin - m.x1 : 0;
  const sy = m.y0 < margin ? margin - m.y0 : m.y1 > H - margin ? H - margin - m.y1 : 0;
  return moved.map(([x, y]) => [x + sx, y + sy]);
}

/** Moves `quad` so it runs `by` (a fraction of its size) off each of `sides` of the picture. */
export function runOff(quad, W, H, sides, by) {
  const b = bounds(quad), bw = b.x1 - b.x0, bh = b.y1 - b.y0;
  let dx = 0, dy = 0;
  if (sides.includes('left')) dx = -b.x0 - bw * by;
  if (sides.includes('right')) dx = W - b.x1 + bw * by;
  if (sides.includes('top')) dy = -b.y0 - bh * by;
  if (sides.includes('bottom')) dy = H - b.y1 + bh * by;
  return quad.map(([x, y]) => [x + dx, y + dy]);
}

/** The quad after the stored pixels are turned `deg` clockwise (a W×H picture). */
export function rotateQuad(quad, W, H, deg) {
  const f = { 0: ([x, y]) => [x, y], 90: ([x, y]) => [H - y, x], 180: ([x, y]) => [W - x, H - y], 270: ([x, y]) => [y, W - x] }[deg];
  return quad.map(f);
}

/** Corners in picture order: tl (nearest the picture's top-left) then clockwise, whatever the document's rotation. */
export function pictureOrder(quad) {
  const cx = quad.reduce((s, p) => s + p[0], 0) / 4, cy = quad.reduce((s, p) => s + p[1], 0) / 4;
  const sorted = [...quad].sort((a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx));
  const start = sorted.reduce((best, p, i) => (p[0] + p[1] < sorted[best][0] + sorted[best][1] ? i : best), 0);
  return [0, 1, 2, 3].map((i) => sorted[(start + i) % 4].map((v) => Math.round(v * 10) / 10));
}
