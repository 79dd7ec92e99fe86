/**
 * Where the document is in the picture: its quadrilateral, whether it fills the frame, which sides the picture's edge
 * cuts (only on positive evidence), how many documents there are and how the content is turned. Runs on a working
 * copy of at most 320 px (document-edges), so a 1000 px thumbnail costs a few milliseconds.
 */
import { edgeField, edgeThresholds, type EdgeField } from './document-edges.js';
import { borderedSides, edgeEvidence } from './document-evidence.js';
import { edgePoints, frameLines, houghLines } from './document-lines.js';
import { LineSupport, quadCandidates, type QuadCandidate } from './document-quad.js';
import { contentRotation } from './document-rotation.js';
import { structureIn } from './document-structure.js';
import { rectify } from './rectify.js';
import type { Box, Point, Quad, RgbaImage, Rotation, Side } from './types.js';

export interface DocumentLocation {
  /** Whether something document-like was found; when not, quad and box are the whole picture. */
  found: boolean;
  /** Confidence of this verdict (of `found` as given, either way), 0-1. */
  confidence: number;
  quad: Quad;
  box: Box;
  /** The document takes (nearly) the whole picture: a flat scan. */
  fillsFrame: boolean;
  /** Sides of the picture that cut the document: its content or its border runs into them. */
  cutSides: Side[];
  /** The document fills the frame and was cropped inside its border: no card corner shows, content runs off the edges. */
  borderCropped: boolean;
  /** Documents found: 2 when both sides are on one sheet. */
  count: number;
  /** Rotation of the content in the stored pixels, clockwise; 0 unless known with confidence. */
  rotation: Rotation;
  /** Confidence of `rotation`, 0-1. */
  rotationConfidence: number;
  /**
   * Found by four backed edges, card- or page-shaped, with nothing printed around it: a whole document however small
   * it is in the picture (not its portrait or an inner frame).
   */
  alone: boolean;
}

/** A side is cut when at least this share of its edge strip holds content crossing into the edge. */
const CONTENT_CUT = 0.02;
/** A quad side this well backed by edges is a real document edge. */
const REAL_SIDE = 0.6;
/** Share of edge pixels outside a quad above which its surroundings are print (text runs 0.05-0.15, a desk under 0.01). */
const AROUND_PRINT = 0.03;

export function boxQuad(b: Box): Quad {
  return [[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]];
}

function wholePicture(img: RgbaImage, found: boolean, confidence: number): DocumentLocation {
  const box = { x0: 0, y0: 0, x1: img.width, y1: img.height };
  return { found, confidence, quad: boxQuad(box), box, fillsFrame: true, cutSides: [], borderCropped: false, count: found ? 1 : 0, rotation: 0, rotationConfidence: 0, alone: false };
}

export function findDocument(img: RgbaImage): DocumentLocation {
  // Too small to tell anything: say nothing (found, no evidence either way).
  if (img.width < 24 || img.height < 24) return wholePicture(img, true, 0);
  const f = edgeField(img);
  const d = locate(img, f);
  if (!d.fillsFrame || d.borderCropped || d.cutSides.length > 0 || d.count > 1) return d;
  // Nothing found but the picture: a document a few working px across (far off on a large desk) has edges too short
  // to find. Where the print is confined to a small part of the picture, look again there at full thumbnail scale.
  const at = printBox(f, edgeThresholds(f).content);
  if (!at) return d;
  const crop = cropImage(img, at);
  if (crop.width < 24 || crop.height < 24) return d;
  const near = locate(crop, edgeField(crop));
  if (!near.found || !near.alone || near.fillsFrame || near.cutSides.length > 0) return d;
  const quad = near.quad.map(([x, y]) => [x + at.x0, y + at.y0]) as Quad;
  return { ...near, quad, box: quadBox(quad, img) };
}

/**
 * The box (thumbnail px) around the print, with as much again of margin, when the print takes under a twelfth of the
 * picture: 2nd to 98th percentile of the content edges' positions each way.
 */
function printBox(f: EdgeField, threshold: number): Box | null {
  const xs: number[] = [], ys: number[] = [];
  for (let y = 1; y < f.height - 1; y++) for (let x = 1; x < f.width - 1; x++) {
    if (f.mag[y * f.width + x]! >= threshold) { xs.push(x); ys.push(y); }
  }
  if (xs.length < 40) return null;
  xs.sort((a, b) => a - b); ys.sort((a, b) => a - b);
  const q = (v: number[], p: number) => v[Math.floor((v.length - 1) * p)]!;
  const x0 = q(xs, 0.02), x1 = q(xs, 0.98), y0 = q(ys, 0.02), y1 = q(ys, 0.98);
  if ((x1 - x0) * (y1 - y0) > f.width * f.height / 12) return null;
  const mx = (x1 - x0 + 4) * 0.6, my = (y1 - y0 + 4) * 0.6, s = f.scale;
  const W = Math.round(f.width / s), H = Math.round(f.height / s);
  return { x0: clamp(Math.floor((x0 - mx) / s), 0, W), y0: clamp(Math.floor((y0 - my) / s), 0, H), x1: clamp(Math.ceil((x1 + mx) / s), 0, W), y1: clamp(Math.ceil((y1 + my) / s), 0, H) };
}

function cropImage(img: RgbaImage, b: Box): RgbaImage {
  const x1 = Math.min(b.x1, img.width), y1 = Math.min(b.y1, img.height), w = Math.max(0, x1 - b.x0), h = Math.max(0, y1 - b.y0);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) data.set(img.data.subarray(((b.y0 + y) * img.width + b.x0) * 4, ((b.y0 + y) * img.width + b.x0 + w) * 4), y * w * 4);
  return { width: w, height: h, data };
}

function locate(img: RgbaImage, f: EdgeField): DocumentLocation {
  const { edge: threshold, content: contentThreshold } = edgeThresholds(f);
  const lines = houghLines(f, edgePoints(f, threshold));
  const support = new LineSupport(f, threshold, [...lines, ...frameLines(f.width, f.height)]);
  const candidates = quadCandidates(f, support, 0.012);
  const best = outermost(f, candidates);
  const realSides = best ? best.support.filter((s, k) => !best.lines[k]!.frame && s >= REAL_SIDE).length : 0;
  const inner = { x0: 1, y0: 1, x1: f.width - 1, y1: f.height - 1 };
  const structure = structureIn(f, contentThreshold, best && realSides >= 3 ? workingBox(best.quad, f) : inner);
  if (!best || (realSides < 3 && structure.score < 0.5)) {
    // Neither document edges nor printed structure: noise, a bare desk, a photo of something else.
    return wholePicture(img, false, Math.min(1, 1 - structure.score) * (realSides >= 2 && best!.score >= 0.5 ? 0.6 : 1));
  }
  const pair = twoDocuments(f, candidates);
  let chosen = pair ? pair[0] : best;
  // A card scanned filling the frame has no edge inside the picture, only its rounded corners showing the scanner's
  // white: then the document is the whole picture, not the portrait or text block whose edges are crisp.
  const frame = candidates.find((c) => c.lines.every((l) => l.frame));
  if (!pair && frame && chosen !== frame && chosen.areaFraction < 0.6) {
    const ev = edgeEvidence(img, f, contentThreshold, frame);
    if (ev.rounded.filter(Boolean).length >= 3) chosen = frame;
  }
  // A quad with print all around it is a part of the document (its portrait, an inner frame): the document is the
  // larger quad around it with bare surroundings, or, when none is found, larger than the picture.
  // Some print around a whole quad, or a weakly backed side (a strip of the document beyond an inner line), is
  // explained by a candidate that the picture cuts: its sides run into the picture's edge, print runs off there and
  // nothing is printed around it.
  let partOf = false;
  const around = !pair && !chosen.lines.every((l) => l.frame) ? printAround(f, contentThreshold, chosen) : 'none';
  if (around === 'much') {
    const outer = isolatedAround(f, contentThreshold, support, candidates, chosen);
    if (outer) chosen = outer;
    else if (frame) { chosen = frame; partOf = true; }
  } else if (!pair && (around === 'some' || Math.min(...chosen.support) < 0.8)) {
    const cut = cutAround(f, contentThreshold, support, candidates, chosen);
    if (cut && edgeEvidence(img, f, contentThreshold, cut).onEdge.some((e) => e.content >= CONTENT_CUT)) chosen = cut;
  }
  const quad = chosen.quad.map(([x, y]) => [clamp(x / f.scale, 0, img.width), clamp(y / f.scale, 0, img.height)]) as Quad;
  const box = quadBox(quad, img);
  const ev = edgeEvidence(img, f, contentThreshold, chosen);
  const fillsFrame = ev.onEdge.length === 4 || chosen.areaFraction > 0.92;
  const cutSides: Side[] = [];
  let borderCropped = false;
  if (ev.onEdge.length === 4) {
    // A flat scan: whole when the card's rounded corners show; cropped when no corner shows and content runs off.
    const rounded = ev.rounded.filter(Boolean).length;
    const running = ev.onEdge.filter((e) => e.content >= CONTENT_CUT * 1.5);
    // (Content running off is not enough when no quad gave the frame: a full-bleed picture of a card runs off too.)
    if (rounded < 2 && running.length >= 2 && !partOf) { borderCropped = true; cutSides.push(...running.map((e) => e.side)); }
    else if (rounded === 0 && running.length <= 1) {
      // Print near every side but no document edge or printed frame along most of them: cropped inside the border.
      // (Pattern running off several sides with no frame at all is a full-bleed rendering, not a scan: left alone.)
      const printed = printedBands(f, contentThreshold), bordered = borderedSides(f, support);
      const open = printed.filter((side) => !bordered.includes(side));
      if (printed.length >= 3 && bordered.length <= 2 && open.length >= 2) { borderCropped = true; cutSides.push(...open); }
    }
  } else {
    for (const e of ev.onEdge) {
      const bothRounded = ev.rounded[e.k]! && ev.rounded[(e.k + 1) % 4]!;
      if (e.content >= CONTENT_CUT && !bothRounded) cutSides.push(e.side);
    }
  }
  // Edges alone do not make a document: wood grain or a noisy desk has straight lines too. Print inside, or a
  // complete card-shaped outline (a blank back), does.
  const printed = structureIn(f, contentThreshold, workingBox(chosen.quad, f)).score;
  const outline = chosen.lines.every((l) => !l.frame) && Math.min(...chosen.support) >= REAL_SIDE && chosen.aspectFit >= 0.5;
  if (printed < 0.3 && !outline) return wholePicture(img, false, round2(1 - printed));
  const meanReal = chosen.support.reduce((a, s) => a + s, 0) / 4;
  const confidence = realSides >= 3 ? Math.min(1, 0.4 + meanReal * 0.6) : 0.4 + 0.4 * structure.score;
  const rot = rotationOf(f, chosen, realSides);
  const alone = !pair && Math.min(...chosen.support) >= REAL_SIDE && chosen.lines.every((l) => !l.frame) && chosen.aspectFit >= 0.5 &&
    printAround(f, contentThreshold, chosen) === 'none';
  return { found: true, confidence: round2(confidence), quad, box, fillsFrame, cutSides, borderCropped, count: pair ? 2 : 1, rotation: rot.rotation, rotationConfidence: rot.confidence, alone };
}

/** Picture sides whose outer fifth holds print. */
function printedBands(f: EdgeField, threshold: number): Side[] {
  const { width: w, height: h } = f;
  const bw = Math.round(w * 0.2), bh = Math.round(h * 0.2);
  const bands: Record<Side, Box> = {
    top: { x0: 1, y0: 1, x1: w - 1, y1: bh }, bottom: { x0: 1, y0: h - bh, x1: w - 1, y1: h - 1 },
    left: { x0: 1, y0: 1, x1: bw, y1: h - 1 }, right: { x0: w - bw, y0: 1, x1: w - 1, y1: h - 1 },
  };
  return (Object.keys(bands) as Side[]).filter((side) => {
    const st = structureIn(f, threshold, bands[side]);
    return st.score >= 0.3 && st.density >= AROUND_PRINT;
  });
}

/**
 * Print in the picture outside the quad: 'much' (as much as a good share of that inside: the quad is the portrait or
 * an inner frame), 'some' (a strip beyond an inner line, a date stamp beside a whole document) or 'none'.
 */
function printAround(f: EdgeField, threshold: number, c: QuadCandidate): 'much' | 'some' | 'none' {
  // Leave out a margin around the quad: its own edges, shadow and rounded corners are not print around it.
  const m = Math.round(0.04 * Math.min(f.width, f.height)), b = workingBox(c.quad, f);
  const out = structureIn(f, threshold, { x0: 1, y0: 1, x1: f.width - 1, y1: f.height - 1 }, { x0: b.x0 - m, y0: b.y0 - m, x1: b.x1 + m, y1: b.y1 + m });
  if (out.score < 0.5 || out.density < AROUND_PRINT) return 'none';
  const inside = structureIn(f, threshold, b);
  const area = (x: Box) => (x.x1 - x.x0) * (x.y1 - x.y0);
  return out.density * (f.width * f.height - area(b)) >= 0.3 * inside.density * area(b) ? 'much' : 'some';
}

/** Whether a candidate is a document in its own right: three backed sides, print inside, none around it. */
const wholeAlone = (f: EdgeField, threshold: number, support: LineSupport, c: QuadCandidate) =>
  c.support.filter((s, k) => !c.lines[k]!.frame && s >= REAL_SIDE).length >= 3 && runsToFrame(support, c) &&
  printAround(f, threshold, c) === 'none' && structureIn(f, threshold, workingBox(c.quad, f)).score >= 0.3;

/** The best candidate holding `inner` that is a document in its own right: the document `inner` is part of. */
function isolatedAround(f: EdgeField, threshold: number, support: LineSupport, cands: QuadCandidate[], inner: QuadCandidate): QuadCandidate | undefined {
  return cands.slice(0, 300).find((c) => c !== inner && c.areaFraction > inner.areaFraction * 1.2 && c.score >= inner.score * 0.5 &&
    contains(c.quad, inner.quad) && wholeAlone(f, threshold, support, c));
}

/**
 * The best candidate on a picture side, covering most of `inner` and larger, that is a document in its own right:
 * `inner` took a line printed inside the document (or a part of it) for the side the picture cuts.
 */
function cutAround(f: EdgeField, threshold: number, support: LineSupport, cands: QuadCandidate[], inner: QuadCandidate): QuadCandidate | undefined {
  return cands.slice(0, 300).find((c) => c !== inner && c.lines.some((l) => l.frame) && c.areaFraction > inner.areaFraction &&
    c.score >= inner.score * 0.5 && overlap(c.quad, inner.quad) >= 0.8 && wholeAlone(f, threshold, support, c));
}

/**
 * Whether each real side meeting a picture side is backed up to it: a document the picture cuts has its edges run
 * into the cut, while lines extended from a whole document to the picture's edge cross bare desk.
 */
function runsToFrame(support: LineSupport, c: QuadCandidate): boolean {
  return c.lines.every((l, k) => {
    if (l.frame) return true;
    const i = support.lines.indexOf(l), p = c.quad[k]!, q = c.quad[(k + 1) % 4]!;
    const part = (a: Point, b: Point): Point => [a[0] + (b[0] - a[0]) * 0.25, a[1] + (b[1] - a[1]) * 0.25];
    return (!c.lines[(k + 3) % 4]!.frame || support.segment(i, p, part(p, q)) >= REAL_SIDE) &&
      (!c.lines[(k + 1) % 4]!.frame || support.segment(i, part(q, p), q) >= REAL_SIDE);
  });
}

/**
 * The best quad, or a larger one around it that is nearly as good: a document holds quads of its own (the portrait,
 * a printed border, a table) whose crisp edges can outscore its paper edge on a pale table.
 */
function outermost(f: EdgeField, cands: QuadCandidate[]): QuadCandidate | undefined {
  let best = cands[0];
  if (!best) return undefined;
  for (let round = 0; round < 3; round++) {
    const inner: QuadCandidate = best;
    const outer = cands.slice(0, 300).find((c) =>
      c.areaFraction > inner.areaFraction * 1.5 && c.score >= inner.score * 0.6 && c.score >= 0.4 &&
      c.support.filter((s, k) => !c.lines[k]!.frame && s >= 0.45).length >= 3 && contains(c.quad, inner.quad) && samePaper(f, inner, c));
    if (!outer) break;
    best = outer;
  }
  return best;
}

/**
 * Whether `outer` is the paper `inner` is printed on: the same colour just around `inner` and just inside `outer`,
 * and that untextured (a paper margin). Wood grain or cloth around a card fails.
 */
function samePaper(f: EdgeField, inner: QuadCandidate, outer: QuadCandidate): boolean {
  const d = Math.max(2, Math.min(f.width, f.height) * 0.015);
  const around = ringColour(f, inner, d), inside = ringColour(f, outer, -d);
  return !!around && !!inside && colourDistance(around, inside) <= 28 && inside[3] <= 0.3;
}

/**
 * Median colour along the quad's sides (not those on the picture's edge), `offset` working px outward, and the share
 * of those points on texture (gradient over 24: paper margin has little, wood grain or cloth much).
 */
function ringColour(f: EdgeField, c: QuadCandidate, offset: number): [number, number, number, number] | null {
  const ch: [number[], number[], number[]] = [[], [], []];
  let textured = 0;
  for (let k = 0; k < 4; k++) {
    if (c.lines[k]!.frame) continue;
    const p = c.quad[k]!, q = c.quad[(k + 1) % 4]!;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len < 4) continue;
    const nx = (q[1] - p[1]) / len, ny = -(q[0] - p[0]) / len;
    for (let t = 0.1; t < 0.9; t += 0.02) {
      const x = Math.round(p[0] + (q[0] - p[0]) * t + nx * offset), y = Math.round(p[1] + (q[1] - p[1]) * t + ny * offset);
      if (x < 0 || y < 0 || x >= f.width || y >= f.height) continue;
      const o = (y * f.width + x) * 3;
      if (f.mag[y * f.width + x]! > 24) textured++;
      ch[0].push(f.rgb[o]!); ch[1].push(f.rgb[o + 1]!); ch[2].push(f.rgb[o + 2]!);
    }
  }
  if (ch[0].length < 10) return null;
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return [med(ch[0]), med(ch[1]), med(ch[2]), textured / ch[0].length];
}

const colourDistance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Whether every corner of q lies inside the convex quad p (1 px of slack). */
function contains(p: Quad, q: Quad): boolean {
  return q.every(([x, y]) => p.every((a, k) => {
    const b = p[(k + 1) % 4]!;
    return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) >= -1 * Math.hypot(b[0] - a[0], b[1] - a[1]);
  }));
}

/** The content rotation, read on the document rectified at working scale; reported only when confident. */
function rotationOf(f: EdgeField, c: QuadCandidate, realSides: number): { rotation: Rotation; confidence: number } {
  const work: RgbaImage = { width: f.width, height: f.height, data: new Uint8ClampedArray(f.width * f.height * 4) };
  for (let i = 0; i < f.width * f.height; i++) {
    work.data[i * 4] = f.rgb[i * 3]!; work.data[i * 4 + 1] = f.rgb[i * 3 + 1]!; work.data[i * 4 + 2] = f.rgb[i * 3 + 2]!; work.data[i * 4 + 3] = 255;
  }
  const doc = rectify(work, c.quad);
  const cardShaped = realSides >= 3 ? Math.abs(Math.log(Math.max(c.aspect, 1 / c.aspect) / 1.586)) < 0.12 : Math.abs(Math.log(Math.max(doc.width / doc.height, doc.height / doc.width) / 1.586)) < 0.12;
  const g = contentRotation(doc, cardShaped);
  return g.confidence >= 0.8 ? g : { rotation: 0, confidence: g.confidence };
}

/**
 * Two document-shaped quads side by side or stacked (front and back on one sheet): both with four backed edges, a
 * document's proportions, similar sizes, not overlapping.
 */
function twoDocuments(f: EdgeField, cands: QuadCandidate[]): [QuadCandidate, QuadCandidate] | null {
  // The best of each cluster of near-identical quads (the same card found through neighbouring lines).
  const good: QuadCandidate[] = [];
  for (const c of cands.slice(0, 120)) {
    if (c.lines.some((l) => l.frame) || Math.min(...c.support) < 0.7 || c.aspectFit < 0.5 || c.areaFraction < 0.08) continue;
    if (good.some((g) => overlap(g.quad, c.quad) > 0.5)) continue;
    good.push(c);
    if (good.length >= 8) break;
  }
  if (good.length < 2) return null;
  const containers = cands.slice(0, 300).filter((c) => Math.min(...c.support) >= 0.6);
  // Neither may be printed on a larger document (a card's portrait and text block are not two documents); a quad
  // around both is their envelope (the sheet, or their shared edges), not evidence against them.
  const nested = (q: QuadCandidate, other: QuadCandidate) => containers.some((c) =>
    c !== q && c.areaFraction > q.areaFraction * 1.3 && contains(c.quad, q.quad) && !contains(c.quad, other.quad) && samePaper(f, q, c));
  for (let i = 0; i < good.length; i++) for (let j = i + 1; j < good.length; j++) {
    const a = good[i]!, b = good[j]!;
    // Two sides of one card, or two pages of one kind: the same size and the same proportions.
    const ratio = a.areaFraction / b.areaFraction;
    if (ratio < 0.75 || ratio > 1.33 || Math.abs(Math.log(a.aspect / b.aspect)) > 0.12) continue;
    if (overlap(a.quad, b.quad) > 0.1 || nested(a, b) || nested(b, a)) continue;
    return a.score >= b.score ? [a, b] : [b, a];
  }
  return null;
}

/** Overlap of two quads' bounding boxes, as a share of the smaller one. */
function overlap(p: Quad, q: Quad): number {
  const bp = bounds(p), bq = bounds(q);
  const ix = Math.max(0, Math.min(bp.x1, bq.x1) - Math.max(bp.x0, bq.x0));
  const iy = Math.max(0, Math.min(bp.y1, bq.y1) - Math.max(bp.y0, bq.y0));
  const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);
  return (ix * iy) / Math.max(1e-6, Math.min(area(bp), area(bq)));
}

function bounds(q: Quad): Box {
  const xs = q.map((p) => p[0]), ys = q.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function workingBox(q: Quad, f: EdgeField): Box {
  const b = bounds(q);
  return { x0: clamp(Math.ceil(b.x0), 1, f.width - 1), y0: clamp(Math.ceil(b.y0), 1, f.height - 1), x1: clamp(Math.floor(b.x1), 1, f.width - 1), y1: clamp(Math.floor(b.y1), 1, f.height - 1) };
}

function quadBox(q: Quad, img: RgbaImage): Box {
  const b = bounds(q);
  return { x0: clamp(Math.floor(b.x0), 0, img.width), y0: clamp(Math.floor(b.y0), 0, img.height), x1: clamp(Math.ceil(b.x1), 0, img.width), y1: clamp(Math.ceil(b.y1), 0, img.height) };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round2 = (v: number) => Math.round(v * 100) / 100;

