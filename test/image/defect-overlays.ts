/**
 * Defects painted over the clean fixture documents with sharp, for the defect-rule tests: a tiled watermark, a
 * camera's date stamp, a specular highlight, a finger, a sticky note, a smudge, a mosaic, an enlarged small picture,
 * blurred print, a seal or emblem painted out. Deterministic; each returns a JPEG.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { FIXTURES } from './fixture-metrics.js';

export interface Rect { left: number; top: number; width: number; height: number }

const jpeg = (s: sharp.Sharp, quality = 90) => s.jpeg({ quality }).toBuffer().then((b) => new Uint8Array(b));
export const fixture = (file: string) => readFileSync(path.join(FIXTURES, file));

async function size(buf: Buffer | Uint8Array): Promise<{ width: number; height: number }> {
  const m = await sharp(buf).metadata();
  return { width: m.width!, height: m.height! };
}

async function overlay(file: string, svg: (w: number, h: number) => string, exposure = 1): Promise<Uint8Array> {
  const src = exposure === 1 ? fixture(file) : await sharp(fixture(file)).linear(exposure, 0).png().toBuffer();
  const { width, height } = await size(src);
  return jpeg(sharp(src).composite([{ input: Buffer.from(svg(width, height)), left: 0, top: 0 }]));
}

/** The picture as a phone photo exposes it: paper at `exposure` of white, not the scan's near white. */
export function photographed(file: string, exposure = 0.82): Promise<Uint8Array> {
  return jpeg(sharp(fixture(file)).linear(exposure, 0));
}

/** "仅供…使用" tiled over the whole picture at -30°, grey at the given opacity. */
export function watermark(file: string, opacity = 0.35, text = '仅供域名实名认证使用'): Promise<Uint8Array> {
  return overlay(file, (w, h) => {
    const fs = Math.round(w / 28);
    const rows: string[] = [];
    for (let y = -h; y < 2 * h; y += fs * 4) for (let x = -w; x < 2 * w; x += fs * 12) rows.push(`<text x="${x}" y="${y}">${text}</text>`);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><g transform="rotate(-30 ${w / 2} ${h / 2})" font-family="WenQuanYi Zen Hei, sans-serif" font-size="${fs}" fill="#606060" fill-opacity="${opacity}">${rows.join('')}</g></svg>`;
  });
}

/** A camera's date stamp, orange digits in the bottom-right corner of the picture. */
export function dateStamp(file: string, colour = '#ff9a1f', text = "2024 05 12"): Promise<Uint8Array> {
  return overlay(file, (w, h) => {
    const fs = Math.round(h / 22);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><text x="${w - fs * 0.6}" y="${h - fs * 0.8}" text-anchor="end" font-family="DejaVu Sans Mono, monospace" font-weight="bold" font-size="${fs}" fill="${colour}">${text}</text></svg>`;
  });
}

/** A white highlight with a soft falloff, centred at (fx, fy) of the picture, radius r of its width, on a photo. */
export function glare(file: string, fx = 0.4, fy = 0.45, r = 0.09, exposure = 0.82): Promise<Uint8Array> {
  return overlay(file, (w, h) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><radialGradient id="g">` +
    `<stop offset="0" stop-color="#fff" stop-opacity="1"/><stop offset="0.55" stop-color="#fff" stop-opacity="1"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>` +
    `<circle cx="${w * fx}" cy="${h * fy}" r="${w * r}" fill="url(#g)"/></svg>`, exposure);
}

/** A skin-coloured fingertip reaching over the document from the bottom edge of the picture. */
export function finger(file: string, fx = 0.3): Promise<Uint8Array> {
  return overlay(file, (w, h) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="s" x1="0" x2="1">` +
    `<stop offset="0" stop-color="#d9a184"/><stop offset="0.5" stop-color="#e8b598"/><stop offset="1" stop-color="#d39a7c"/></linearGradient></defs>` +
    `<rect x="${w * fx}" y="${h * 0.62}" width="${w * 0.1}" height="${h * 0.5}" rx="${w * 0.05}" fill="url(#s)"/></svg>`);
}

/** A yellow sticky note over part of the document. */
export function stickyNote(file: string, fx = 0.35, fy = 0.35, fw = 0.2): Promise<Uint8Array> {
  return overlay(file, (w, h) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect x="${w * fx}" y="${h * fy}" width="${w * fw}" height="${w * fw}" fill="#f7e463"/></svg>`);
}

/** A patch of the picture painted over with one flat colour (a seal or emblem removed: the paper's colour). */
export function paintOver(file: string, rect: Rect, colour: string): Promise<Uint8Array> {
  return overlay(file, (w, h) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><ellipse cx="${(rect.left + rect.width / 2) * w}" cy="${(rect.top + rect.height / 2) * h}" rx="${(rect.width / 2) * w}" ry="${(rect.height / 2) * h}" fill="${colour}"/></svg>`);
}

async function processRegion(file: string, rect: Rect, fn: (s: sharp.Sharp, w: number, h: number) => sharp.Sharp | Promise<Buffer>): Promise<Uint8Array> {
  const src = fixture(file);
  const { width, height } = await size(src);
  const r = { left: Math.round(rect.left * width), top: Math.round(rect.top * height), width: Math.round(rect.width * width), height: Math.round(rect.height * height) };
  const out = fn(sharp(src).extract(r), r.width, r.height);
  const patch = out instanceof Promise ? await out : await out.png().toBuffer();
  return jpeg(sharp(src).composite([{ input: patch, left: r.left, top: r.top }]));
}

/** A smudge: one part of the document blurred (Gaussian sigma in source pixels). */
export function smear(file: string, rect: Rect, sigma = 6): Promise<Uint8Array> {
  return processRegion(file, rect, (s) => s.blur(sigma));
}

/** Pixelated blocks (`block` source pixels) over part of the picture: shrink, then enlarge with nearest neighbour. */
export function mosaic(file: string, rect: Rect, block = 14): Promise<Uint8Array> {
  return processRegion(file, rect, async (s, w, h) => {
    const small = await s.resize(Math.max(1, Math.round(w / block)), Math.max(1, Math.round(h / block)), { kernel: 'cubic' }).png().toBuffer();
    return sharp(small).resize(w, h, { kernel: 'nearest' }).png().toBuffer();
  });
}

/** The picture shrunk to `side` px wide, then enlarged back to its own size (or `to`). */
export async function upscaled(file: string, side = 420, to?: number): Promise<Uint8Array> {
  const src = fixture(file);
  const { width } = await size(src);
  const small = await sharp(src).resize(side).png().toBuffer();
  return jpeg(sharp(small).resize(to ?? width));
}

/** The whole picture blurred (Gaussian sigma in source pixels). */
export function blurred(file: string, sigma: number): Promise<Uint8Array> {
  return jpeg(sharp(fixture(file)).blur(sigma));
}
