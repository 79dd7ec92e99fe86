// Builds the image files of the fixtures/submissions/image-* cases from fixtures/images, small (re-encoded near the
// 55 KB floor where the case allows it) so that the fixture set stays within its size budget. The submission.json and
// expected.json files are written by hand; this script only (re)creates the images. Run: node test/image/make-submission-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMG = path.join(ROOT, 'fixtures/images');
const SUB = path.join(ROOT, 'fixtures/submissions');
const MIN = 56_320 + 4_000; // a little over the 55 KB floor

const write = (dir, name, bytes) => {
  mkdirSync(path.join(SUB, dir), { recursive: true });
  writeFileSync(path.join(SUB, dir, name), bytes);
  console.log(`${dir}/${name}: ${bytes.length} bytes`);
};

/** The lowest JPEG quality (of a few) that keeps the file over `min` bytes. */
async function jpegOver(input, width, min = MIN) {
  for (let q = 30; q <= 95; q += 1) {
    const out = await sharp(input).resize(width).jpeg({ quality: q, mozjpeg: true }).toBuffer();
    if (out.length >= min) return out;
  }
  throw new Error(`cannot reach ${min} bytes for ${input}`);
}

/**
 * An 8-bit palette BMP, RLE8-compressed (sharp cannot read BMP at all; src/image/bmp-pixels.ts does), so that it stays under Aliyun's
 * 1 MB (a 24-bit BMP of this size is 2.9 MB). Fixed 4×5×4 colour cube without dithering, for long runs and a small file
 * (a libimagequant palette gives a truer picture but 650 KB, over the fixture budget for two copies); the paper becomes
 * pure white, and the print keeps its contrast, so the exposure rule still does not call it washed out.
 */
async function rle8Bmp(input, width) {
  const { data, info } = await sharp(input).resize(width).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [nr, ng, nb] = [4, 5, 4];
  const q = (v, n) => Math.min(n - 1, Math.round((v / 255) * (n - 1)));
  const idx = new Uint8Array(info.width * info.height);
  for (let i = 0, p = 0; i < idx.length; i++, p += 3) idx[i] = (q(data[p], nr) * ng + q(data[p + 1], ng)) * nb + q(data[p + 2], nb);
  const palette = Buffer.alloc(256 * 4);
  for (let r = 0; r < nr; r++) for (let g = 0; g < ng; g++) for (let b = 0; b < nb; b++) {
    const k = ((r * ng + g) * nb + b) * 4; // B, G, R, 0
    palette[k] = Math.round((b * 255) / (nb - 1)); palette[k + 1] = Math.round((g * 255) / (ng - 1)); palette[k + 2] = Math.round((r * 255) / (nr - 1));
  }
  const rows = [];
  for (let y = info.height - 1; y >= 0; y--) { // bottom-up
    const row = idx.subarray(y * info.width, (y + 1) * info.width);
    const out = [];
    for (let x = 0; x < row.length;) {
      let run = 1;
      while (x + run < row.length && run < 255 && row[x + run] === row[x]) run++;
      out.push(run, row[x]);
      x += run;
    }
    out.push(0, 0); // end of line
    rows.push(...out);
  }
  rows.push(0, 1); // end of bitmap
  const pixels = Buffer.from(rows);
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + palette.length + pixels.length, 2);
  header.writeUInt32LE(54 + palette.length, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(info.width, 18);
  header.writeInt32LE(info.height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(8, 28);
  header.writeUInt32LE(1, 30); // BI_RLE8
  header.writeUInt32LE(pixels.length, 34);
  header.writeInt32LE(11811, 38); header.writeInt32LE(11811, 42); // 300 dpi
  header.writeUInt32LE(256, 46);
  return Buffer.concat([header, palette, pixels]);
}

/** The first encoding (of increasing quality) that is over `min` bytes. */
async function smallestOver(encode, min = MIN) {
  for (let q = 30; q <= 95; q += 1) {
    const out = await encode(q);
    if (out.length >= min) return out;
  }
  throw new Error(`cannot reach ${min} bytes`);
}

/**
 * Frames of the ID front at `width` px, alternately as photographed and mirrored (the frames must differ, or the GIF
 * encoder merges them into one), stacked for sharp's multi-page input.
 */
async function frames(input, width, count) {
  const { data, info } = await sharp(input).resize(width).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const mirrored = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } }).flop().raw().toBuffer();
  const pages = Array.from({ length: count }, (_, i) => (i % 2 ? mirrored : data));
  return sharp(Buffer.concat(pages), { raw: { width: info.width, height: info.height * count, channels: 4, pageHeight: info.height } });
}

const endOfJpeg = (b) => { for (let i = b.length - 2; i > 0; i--) if (b[i] === 0xff && b[i + 1] === 0xd9) return i + 2; return -1; };

// 1240 px across: the card (about 85 % of the photo) stays over the recommended 1000 px.
const W = 1240;
const clean = await jpegOver(path.join(IMG, 'id-front.jpg'), W);
write('image-clean-resident-id', 'license.jpg', clean);
write('image-greyscale', 'license.jpg', await jpegOver(path.join(IMG, 'id-front-greyscale.jpg'), W));
write('image-blurred', 'license.jpg', await jpegOver(path.join(IMG, 'id-front-blurred.jpg'), 1652));
write('image-cropped', 'license.jpg', await jpegOver(path.join(IMG, 'id-front-cropped.jpg'), 1322));
write('image-dark', 'license.jpg', await jpegOver(path.join(IMG, 'id-front-dark.jpg'), W));
// Under the 55 KB floor at the same pixel size: compressed hard (a messaging app's re-compression does this).
write('image-too-small-bytes', 'license.jpg', await sharp(path.join(IMG, 'id-front.jpg')).resize(W).jpeg({ quality: 30, mozjpeg: true }).toBuffer());
// A PNG saved under a .jpg name: palette PNG, to stay small.
write('image-png-renamed-jpg', 'license.jpg', await sharp(path.join(IMG, 'id-front.jpg')).resize(W).png({ palette: true, quality: 10, dither: 0, compressionLevel: 9 }).toBuffer());
// Truncated: the clean JPEG cut at 85 % (still over the 55 KB floor).
write('image-truncated-jpeg', 'license.jpg', clean.subarray(0, Math.max(MIN, Math.floor(clean.length * 0.85))));
// Polyglot: the clean JPEG with the ZIP that fixtures/images/id-front-polyglot-zip.jpg carries after its end marker.
const poly = readFileSync(path.join(IMG, 'id-front-polyglot-zip.jpg'));
write('image-polyglot-zip', 'license.jpg', Buffer.concat([clean, poly.subarray(endOfJpeg(poly))]));
const bmp = await rle8Bmp(path.join(IMG, 'id-front.jpg'), W);
write('image-bmp-aliyun', 'license.bmp', bmp);
write('image-bmp-strict', 'license.bmp', bmp);
// The card about 400 px across: under the 640 px minimum. fixtures/images/id-front-tiny.jpg as it is (57 KB).
write('image-low-resolution', 'license.jpg', readFileSync(path.join(IMG, 'id-front-tiny.jpg')));
// Stored on its side with EXIF orientation 6 (how a phone saves a photo taken in portrait), displayed 1240 px across.
write('image-exif-rotated', 'license.jpg', await smallestOver((q) => sharp(path.join(IMG, 'id-front.jpg')).resize(W).rotate(-90)
  .withMetadata({ orientation: 6 }).jpeg({ quality: q, mozjpeg: true }).toBuffer()));
// Animated GIF, 3 frames at 1240 px, 8 colours without dithering: about 60 KB (fixtures/images/id-front-animated.gif,
// 2 frames at 900 px in 256 colours, is 760 KB and 900 px is under the recommended resolution). 8 colours still
// measure as a colour photo.
write('image-animated-gif-tencent', 'license.gif', await (await frames(path.join(IMG, 'id-front.jpg'), W, 3))
  .gif({ loop: 0, delay: [500, 500, 500], colours: 8, dither: 0, effort: 10 }).toBuffer());
// Two-page TIFF (JPEG-compressed pages) at 1240 px.
write('image-multipage-tiff-tencent', 'license.tif', await smallestOver(async (q) => (await frames(path.join(IMG, 'id-front.jpg'), W, 2))
  .tiff({ compression: 'jpeg', quality: q }).toBuffer()));
// WebP: accepted by Tencent, not under strict (JPEG only). One file for both cases.
const webp = await smallestOver((q) => sharp(path.join(IMG, 'id-front.jpg')).resize(W).webp({ quality: q }).toBuffer());
write('image-webp-tencent', 'license.webp', webp);
write('image-webp-strict', 'license.webp', webp);
// Over 1 MiB: too large for strict and aliyun, fine for tencent (5 MB). Two copies of over 1 MB each do not fit in the
// fixture size budget (fixtures/ is capped at 30 MB and fixtures/images alone is 28.6 MB): only with --with-large.
if (!process.argv.includes('--with-large')) process.exit(0);
let large;
for (const q of [80, 84, 88, 90, 92, 94, 96]) { large = await sharp(path.join(IMG, 'business-license.jpg')).jpeg({ quality: q }).toBuffer(); if (large.length > 1_048_576 + 10_000) break; }
write('image-too-large-strict', 'license.jpg', large);
write('image-too-large-fine-tencent', 'license.jpg', large);
