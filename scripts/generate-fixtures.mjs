#!/usr/bin/env node
// Generates the synthetic certificate images in fixtures/images/ and their manifest.json.
// Usage: node scripts/generate-fixtures.mjs   (installs a CJK font with apt-get when none is present)
// Deterministic: a seeded PRNG drives every texture, so re-running gives the same pixels for the same sharp version.
import { mkdirSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import bmp from 'bmp-js';
import * as docs from './generate-fixtures-docs.mjs';
import { ensureCjkFont } from './cjk-font.mjs';
import { clamp, rng } from './prng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'fixtures/images');

/** Wood-like desk: brown base, grain stripes, per-pixel noise. */
function desk(w, h, seed) {
  const r = rng(seed);
  const buf = Buffer.alloc(w * h * 3);
  const phase = r() * 10;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const grain = Math.sin(y / 9 + Math.sin(x / 140 + phase) * 3) * 14 + Math.sin(y / 2.7) * 4;
      const n = (r() - 0.5) * 18;
      const i = (y * w + x) * 3;
      buf[i] = clamp(128 + grain + n);
      buf[i + 1] = clamp(92 + grain * 0.8 + n);
      buf[i + 2] = clamp(60 + grain * 0.5 + n);
    }
  }
  return buf;
}

/** Adds sensor/paper noise and a soft light fall-off to raw RGB pixels. */
function addNoise(raw, w, h, amount, seed) {
  const r = rng(seed);
  const out = Buffer.alloc(raw.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = x / w - 0.5, dy = y / h - 0.5;
      const vignette = 1 - 0.12 * (dx * dx + dy * dy) * 2;
      const i = (y * w + x) * 3;
      const n = (r() + r() - 1) * amount;
      out[i] = clamp(raw[i] * vignette + n);
      out[i + 1] = clamp(raw[i + 1] * vignette + n);
      out[i + 2] = clamp(raw[i + 2] * vignette + n * 1.1);
    }
  }
  return out;
}

/** A document photographed on a desk: the document rendered from SVG, composed on the desk with a margin and a shadow. */
async function photograph(doc, { margin = 0.09, seed = 1, noise = 7 } = {}) {
  const mx = Math.round(doc.width * margin), my = Math.round(doc.height * margin);
  const w = doc.width + 2 * mx, h = doc.height + 2 * my;
  const card = await sharp(Buffer.from(doc.svg)).flatten({ background: '#ffffff' }).png().toBuffer();
  const shadow = await sharp({ create: { width: doc.width, height: doc.height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.45 } } })
    .png().toBuffer();
  const composed = await sharp(desk(w, h, seed), { raw: { width: w, height: h, channels: 3 } })
    .composite([
      { input: await sharp(shadow).blur(12).toBuffer(), left: mx + 14, top: my + 16 },
      { input: card, left: mx, top: my },
    ])
    .removeAlpha().raw().toBuffer();
  return { raw: addNoise(composed, w, h, noise, seed + 7), width: w, height: h };
}

/** A flatbed scan: the document fills the frame, paper texture only. */
async function scan(doc, seed = 3) {
  const raw = await sharp(Buffer.from(doc.svg)).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer();
  return { raw: addNoise(raw, doc.width, doc.height, 6, seed), width: doc.width, height: doc.height };
}

const img = (p) => sharp(p.raw, { raw: { width: p.width, height: p.height, channels: 3 } });

// ---------- minimal binary builders ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** PNG whose header claims 60000×60000 with only a few rows of real data: a decompression bomb's header. */
function bombPng(side = 60000) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0); ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; ihdr[9] = 0; // 8-bit greyscale
  const rows = Buffer.alloc((side + 1) * 64); // 64 zero rows (filter byte + pixels)
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}
/** A one-entry ZIP archive (stored), for polyglot files. */
function zipWith(name, content) {
  const data = Buffer.from(content);
  const fname = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(10, 4); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(fname.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fname.length, 28);
  const cdOffset = local.length + fname.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fname.length, 12); end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fname, data, central, fname, end]);
}
/** An ISO-BMFF file with an 'ftypheic' box and an ispe property, as an iPhone HEIC starts; the rest is filler. */
function heicHeader(width = 4032, height = 3024, total = 180_000) {
  const box = (type, payload) => { const b = Buffer.alloc(8); b.writeUInt32BE(8 + payload.length); b.write(type, 4, 'ascii'); return Buffer.concat([b, payload]); };
  const ftyp = box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'binary'));
  const ispePayload = Buffer.alloc(12); ispePayload.writeUInt32BE(width, 4); ispePayload.writeUInt32BE(height, 8);
  const meta = box('meta', Buffer.concat([Buffer.alloc(4), box('iprp', box('ipco', box('ispe', ispePayload)))]));
  const r = rng(99);
  const filler = Buffer.alloc(total - ftyp.length - meta.length - 8);
  for (let i = 0; i < filler.length; i++) filler[i] = (r() * 256) | 0;
  return Buffer.concat([ftyp, meta, box('mdat', filler)]);
}

// ---------- generation ----------
const entries = [];
const KB = 1024;
function record(file, buf, meta) {
  writeFileSync(path.join(OUT, file), buf);
  const defects = [...meta.defects];
  // Byte-size defects follow from the bytes: note them so tests know every reason an image may be flagged.
  if (meta.kind && buf.length > 0 && !defects.includes('heic')) {
    if (buf.length < 55 * KB && !defects.includes('too-small-bytes')) defects.push('too-small-bytes');
    if (buf.length > 5 * KB * KB && !defects.includes('too-large-bytes')) defects.push('too-large-bytes');
    else if (buf.length > KB * KB) defects.push('size-over-1mb');
  }
  entries.push({ file, bytes: buf.length, ...meta, defects });
}
const jpeg = (s, q = 88) => s.jpeg({ quality: q, mozjpeg: false, chromaSubsampling: '4:2:0' }).toBuffer();

async function main() {
  ensureCjkFont();
  // Every generated image is written anew; README.md (written by hand) stays.
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name !== 'README.md') rmSync(path.join(OUT, name), { recursive: true, force: true });

  const sources = [
    ['id-front', docs.idFront(1400, 882)],
    ['id-back', docs.idBack(1400, 882)],
    ['business-license', docs.businessLicense(2000, 1414)],
    ['uscc-certificate', docs.usccCertificate(2000, 1414)],
    ['org-code-certificate', docs.orgCodeCertificate(2000, 1414)],
    ['passport', docs.passportPage(1750, 1232)],
  ];
  const base = (doc) => ({ kind: doc.kind, name: doc.name, number: doc.number });

  // Clean photos of every document: the passing set.
  const photos = {};
  let seed = 10;
  for (const [id, doc] of sources) {
    const p = await photograph(doc, { seed: seed++ });
    photos[id] = { p, doc };
    record(`${id}.jpg`, await jpeg(img(p)), { ...base(doc), variant: 'clean', defects: [] });
  }
  // Clean extras: flatbed scan filling the frame, warm white balance (still colour), EXIF-rotated.
  const lic = sources[2][1];
  record('business-license-scan.jpg', await jpeg(img(await scan(lic))), { ...base(lic), variant: 'scan', defects: [] });
  {
    // A license printing its former registration number (注册号) under the credit code: scanned, then shrunk to
    // 1000 px to keep it small (about 120 KB); its frame is then about 980 px across, under the recommended 1000 px.
    const doc = docs.businessLicense(2000, 1414, docs.ORGS.licenseWithRegistration);
    record('business-license-registration-number.jpg', await jpeg(img(await scan(doc, 5)).resize(1000)),
      { ...base(doc), registrationNumber: docs.ORGS.licenseWithRegistration.registrationNumber, variant: 'scan-registration-number', defects: ['low-resolution'] });
  }
  const idf = photos['id-front'];
  record('id-front-warm.jpg', await jpeg(img(idf.p).recomb([[1.08, 0, 0], [0, 0.97, 0], [0, 0, 0.78]])),
    { ...base(idf.doc), variant: 'warm-cast', defects: [] });
  record('id-front-exif-rotated.jpg', await jpeg(img(idf.p).rotate(-90).withMetadata({ orientation: 6 })),
    { ...base(idf.doc), variant: 'exif-orientation-6', defects: ['exif-rotated'] });

  // Format variants of the ID front.
  record('id-front.png', await img(idf.p).png({ compressionLevel: 9, effort: 10 }).toBuffer(), { ...base(idf.doc), variant: 'png', defects: [] });
  record('id-front.webp', await img(idf.p).webp({ quality: 85 }).toBuffer(), { ...base(idf.doc), variant: 'webp', defects: [] });
  record('id-front.tif', await img(idf.p).tiff({ compression: 'jpeg', quality: 85 }).toBuffer(), { ...base(idf.doc), variant: 'tiff', defects: [] });
  {
    const small = await img(idf.p).resize(1100).raw().toBuffer({ resolveWithObject: true });
    const abgr = Buffer.alloc(small.info.width * small.info.height * 4);
    for (let i = 0, j = 0; j < small.data.length; i += 4, j += 3) {
      abgr[i] = 0; abgr[i + 1] = small.data[j + 2]; abgr[i + 2] = small.data[j + 1]; abgr[i + 3] = small.data[j];
    }
    // 1100 px keeps the 24-bit BMP near 2 MB; the card is then about 930 px across, under the recommended 1000 px.
    record('id-front.bmp', bmp.encode({ data: abgr, width: small.info.width, height: small.info.height }).data,
      { ...base(idf.doc), variant: 'bmp', defects: ['low-resolution'] });
  }
  record('id-front-renamed-png.jpg', await img(idf.p).resize(1100).png({ compressionLevel: 9 }).toBuffer(),
    { ...base(idf.doc), variant: 'renamed', defects: ['renamed-extension', 'low-resolution'] });
  record('id-front.heic', heicHeader(), { ...base(idf.doc), variant: 'heic-header', defects: ['heic'] });

  // Quality defects, one per image, on the ID front and the business license.
  for (const id of ['id-front', 'business-license']) {
    const { p, doc } = photos[id];
    const b = base(doc);
    const scale = p.width / 1600;
    record(`${id}-blurred.jpg`, await jpeg(img(p).blur(5 * scale)), { ...b, variant: 'blurred', defects: ['blur'] });
    const len = Math.round(31 * scale) | 1;
    record(`${id}-motion.jpg`, await jpeg(img(p).convolve({ width: len, height: 3, kernel: [...new Array(len).fill(0), ...new Array(len).fill(1), ...new Array(len).fill(0)] })),
      { ...b, variant: 'motion-blurred', defects: ['motion-blur'] });
    record(`${id}-greyscale.jpg`, await jpeg(img(p).greyscale()), { ...b, variant: 'greyscale', defects: ['greyscale'] });
    record(`${id}-sepia.jpg`, await jpeg(img(p).greyscale().toColourspace('srgb').recomb([[0.393 * 2.1, 0, 0], [0, 0.349 * 2.1, 0], [0, 0, 0.272 * 2.1]])),
      { ...b, variant: 'sepia', defects: ['greyscale'] });
    const cutW = Math.round(p.width * 0.8);
    record(`${id}-cropped.jpg`, await jpeg(img(p).extract({ left: p.width - cutW, top: 0, width: cutW, height: p.height })),
      { ...b, variant: 'cropped', defects: ['cut-edge'] });
    record(`${id}-dark.jpg`, await jpeg(img(p).linear(0.22, 0)), { ...b, variant: 'dark', defects: ['dark'] });
    record(`${id}-overexposed.jpg`, await jpeg(img(p).linear(2.4, 40)), { ...b, variant: 'overexposed', defects: ['overexposed'] });
  }
  {
    const { p, doc } = photos['id-front'];
    record('id-front-tiny.jpg', await jpeg(img(p).resize(480), 97), { ...base(doc), variant: 'tiny', defects: ['low-resolution'] });
    record('id-front-small-bytes.jpg', await jpeg(img(p).resize(1000).blur(0.6), 40),
      { ...base(doc), variant: 'small-bytes', defects: ['too-small-bytes', 'low-resolution'] });
  }
  {
    const { doc } = photos['business-license'];
    const big = await photograph(docs.businessLicense(3600, 2545), { seed: 77, noise: 24 });
    // Just over the 5 MiB limit, and no bigger: the committed fixtures must stay under 30 MB.
    let oversized = await jpeg(img(big), 92);
    for (let q = 93; oversized.length <= 5 * 1024 * 1024 && q <= 100; q++) oversized = await jpeg(img(big), q);
    record('business-license-oversized.jpg', oversized, { ...base(doc), variant: 'oversized', defects: ['too-large-bytes'] });
  }
  // Broken and hostile files.
  {
    const { p, doc } = photos['id-front'];
    const j = await jpeg(img(p));
    const pg = await img(p).resize(1100).png().toBuffer();
    record('id-front-truncated.jpg', j.subarray(0, Math.floor(j.length * 0.6)), { ...base(doc), variant: 'truncated', defects: ['truncated'] });
    record('id-front-truncated.png', pg.subarray(0, Math.floor(pg.length * 0.6)), { ...base(doc), variant: 'truncated', defects: ['truncated'] });
    record('id-front-polyglot-zip.jpg', Buffer.concat([j, zipWith('payload.html', '<html><script>alert(1)</script></html>')]),
      { ...base(doc), variant: 'polyglot-zip', defects: ['polyglot'] });
    record('id-front-polyglot-html.jpg', Buffer.concat([j, Buffer.from('<html><body><script>fetch("/x")</script></body></html>')]),
      { ...base(doc), variant: 'polyglot-html', defects: ['polyglot'] });
  }
  record('bomb.png', bombPng(), { kind: null, name: null, number: null, variant: 'bomb', defects: ['bomb'] });
  record('zero-byte.jpg', Buffer.alloc(0), { kind: null, name: null, number: null, variant: 'zero-byte', defects: ['empty'] });
  // Animated GIF and multi-page TIFF from two frames of the ID front, at 900 px (the card about 760 px across).
  {
    const { p, doc } = photos['id-front'];
    const frame = await img(p).resize(900).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const { width, height } = frame.info;
    // Frames must differ, or the GIF encoder merges them into one.
    const second = await sharp(frame.data, { raw: { width: frame.info.width, height: frame.info.height, channels: 4 } }).flop().raw().toBuffer();
    const two = Buffer.concat([frame.data, second]);
    const raw = { raw: { width, height: height * 2, channels: 4, pageHeight: height } };
    record('id-front-animated.gif', await sharp(two, raw).gif({ loop: 0, delay: [500, 500] }).toBuffer(),
      { ...base(doc), variant: 'animated-gif', defects: ['animated', 'low-resolution'] });
    record('id-front-multipage.tif', await sharp(two, raw).tiff({ compression: 'jpeg', quality: 80 }).toBuffer(),
      { ...base(doc), variant: 'multi-page-tiff', defects: ['multi-page', 'low-resolution'] });
  }
  // Non-images under image names.
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n' + ' '.repeat(60000));
  record('scan.pdf', pdf, { kind: null, name: null, number: null, variant: 'pdf', defects: ['not-an-image'] });
  record('license-pdf-renamed.jpg', pdf, { kind: null, name: null, number: null, variant: 'pdf-renamed', defects: ['not-an-image'] });
  record('license.svg', Buffer.from(docs.businessLicense(2000, 1414).svg), { kind: null, name: null, number: null, variant: 'svg', defects: ['not-an-image'] });
  record('page.jpg', Buffer.from('<!DOCTYPE html><html><body>not an image</body></html>\n'), { kind: null, name: null, number: null, variant: 'html', defects: ['not-an-image'] });
  record('notes.jpg', Buffer.from('营业执照 统一社会信用代码 91350100M000100Y43\n'), { kind: null, name: null, number: null, variant: 'text', defects: ['not-an-image'] });
  record('archive.jpg', zipWith('id.jpg', 'x'.repeat(100)), { kind: null, name: null, number: null, variant: 'zip', defects: ['not-an-image'] });

  // OCR-oriented variants (quality still acceptable; harder to read).
  for (const id of ['id-front', 'business-license', 'passport']) {
    const { p, doc } = photos[id];
    const b = base(doc);
    record(`${id}-ocr-noisy.jpg`, await jpeg(sharp(addNoise(p.raw, p.width, p.height, 22, 5), { raw: { width: p.width, height: p.height, channels: 3 } })),
      { ...b, variant: 'ocr-noisy', defects: [], ocr: true });
    record(`${id}-ocr-rotated.jpg`, await jpeg(img(p).rotate(2, { background: '#7a5a3c' })), { ...b, variant: 'ocr-rotated-2deg', defects: [], ocr: true });
    record(`${id}-ocr-artefacts.jpg`, await jpeg(img(p), 12), { ...b, variant: 'ocr-jpeg-q12', defects: [], ocr: true });
    record(`${id}-ocr-800px.jpg`, await jpeg(img(p).resize(800), 95), { ...b, variant: 'ocr-800px', defects: ['low-resolution'], ocr: true });
  }

  const manifest = {
    description: 'Synthetic certificate images generated by scripts/generate-fixtures.mjs. defects lists what is wrong on purpose; [] = clean.',
    images: entries.map((e) => ({ ...e, format: formatOf(e.file, e.variant) })),
  };
  writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const total = readdirSync(OUT).reduce((s, f) => s + statSync(path.join(OUT, f)).size, 0);
  console.log(`${entries.length} images, ${(total / 1048576).toFixed(1)} MB in ${path.relative(ROOT, OUT)}`);
  for (const e of entries) console.log(`${e.file.padEnd(40)} ${String(Math.round(e.bytes / 1024)).padStart(6)} KB  ${e.defects.join(',')}`);
}

function formatOf(file, variant) {
  const byVariant = { renamed: 'png', 'heic-header': 'heic', bomb: 'png', 'zero-byte': null, 'pdf-renamed': 'pdf', html: 'html', text: 'text', zip: 'zip', pdf: 'pdf', svg: 'svg' };
  if (variant in byVariant) return byVariant[variant];
  const ext = path.extname(file).slice(1);
  return { jpg: 'jpeg', tif: 'tiff' }[ext] ?? ext;
}

main().catch((e) => { console.error(e); process.exit(1); });
