// The former OCR input, kept only so bench/ocr.bench.mjs can show what it cost: an uncompressed 24-bit BMP of the
// thumbnail. tesseract.js spreads every BMP into a plain object and re-encodes it with bmp-js inside the worker.
export function encodeBmp(image) {
  const { width, height, data } = image;
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + rowBytes * height);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(-height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(rowBytes * height, 34);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0, i = y * width * 4, o = 54 + y * rowBytes; x < width; x += 1, i += 4, o += 3) {
      out[o] = data[i + 2];
      out[o + 1] = data[i + 1];
      out[o + 2] = data[i];
    }
  }
  return out;
}
