/**
 * The holder name line read again on its own (pure, browser-safe): inside a whole page Tesseract reads a short name
 * next to its grey label poorly (a quote glued to it, a character lost), and a single line is read better. The line is
 * found from the page's word boxes: the first whose text starts with a name label (姓名, 名称, ...).
 */
import type { RgbaImage } from '../image/types.js';
import { NAME_LABELS } from './name.js';
import { squash } from './text.js';
import type { OcrPage, OcrRectangle } from './types.js';

/**
 * The rectangle of the value of the first name-labelled line of `pages`, from the first word after the label to the
 * line's end, with a margin; null when no line starts with a name label or the value is not separate from it.
 */
export function nameLine(pages: readonly OcrPage[], image: RgbaImage): OcrRectangle | null {
  for (const page of pages) {
    for (const line of page.lines) {
      const compact = squash(line.text);
      const label = NAME_LABELS.find((l) => {
        const at = compact.indexOf(l);
        return at >= 0 && at <= 2;
      });
      if (!label) continue;
      // The words up to the end of the label; the value starts with the next one.
      let seen = '';
      let first = -1;
      for (let i = 0; i < line.words.length; i += 1) {
        seen += squash(line.words[i]!.text);
        if (seen.includes(label)) {
          first = i + 1;
          break;
        }
      }
      if (first < 0 || first >= line.words.length) continue;
      const words = line.words.slice(first);
      const y0 = Math.min(line.bbox.y0, ...words.map((w) => w.bbox.y0));
      const y1 = Math.max(line.bbox.y1, ...words.map((w) => w.bbox.y1));
      const h = Math.max(8, y1 - y0);
      const left = Math.max(0, Math.floor(words[0]!.bbox.x0 - 0.3 * h));
      const top = Math.max(0, Math.floor(y0 - 0.3 * h));
      const right = Math.min(image.width, Math.ceil(Math.max(...words.map((w) => w.bbox.x1)) + 0.6 * h));
      const bottom = Math.min(image.height, Math.ceil(y1 + 0.3 * h));
      if (right - left < h || bottom - top < 8) continue;
      return { left, top, width: right - left, height: bottom - top };
    }
  }
  return null;
}
