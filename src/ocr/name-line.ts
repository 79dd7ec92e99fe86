/**
 * The holder name line read again on its own (pure, browser-safe): inside a whole page Tesseract reads a short name
 * next to its grey label poorly (a quote glued to it, a character lost), and a single line is read better. The line is
 * found from the page's word boxes: the first whose text starts with a name label (姓名, 名称, ...).
 */
import type { RgbaImage } from '../image/types.js';
import { confidentLines } from './confident.js';
import { holderNameOnDocument, type DocumentFacts } from './extract.js';
import { labelsOf, nameReadings, nameValueReading, type NameReading } from './name.js';
import { squash } from './text.js';
import type { DetailSource, OcrEngine, OcrPage, OcrRectangle } from './types.js';

/**
 * Height of print the name line is read at when the file holds the pixels: a license's name comes out of the
 * thumbnail in 15-19 px characters, in which Tesseract loses strokes (MIN_SURE_HEIGHT).
 */
const NAME_PRINT = 40;

/**
 * Reads `rectangle` of `image` as one text line: from `detail` at up to NAME_PRINT when the image's own `print` is
 * smaller and the file holds more pixels, else from the image.
 */
async function readLine(engine: OcrEngine, image: RgbaImage, rectangle: OcrRectangle, print: number, detail?: DetailSource): Promise<OcrPage> {
  const params = { tessedit_pageseg_mode: '7' };
  const { left, top, width, height } = rectangle;
  const scale = NAME_PRINT / Math.max(1, print);
  if (detail && scale > 1.2) {
    const right = left + width, bottom = top + height;
    const crop = await detail([[left, top], [right, top], [right, bottom], [left, bottom]], Math.round(width * scale));
    // A file hardly larger than its thumbnail adds nothing.
    if (crop && crop.width >= 1.2 * width) return engine.recognize(crop, undefined, params);
  }
  return engine.recognize(image, rectangle, params);
}

/** Where a name value stands: its rectangle, with a margin, and the height of its print (pixels of the page read). */
export interface NameLine {
  rectangle: OcrRectangle;
  print: number;
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!;

/**
 * The value of the first name-labelled line of `pages`, from the first word after the label to the line's end, with a
 * margin; null when no line starts with a name label or the value is not separate from it. Its height is the words'
 * median top and bottom: a word box Tesseract merged with print above or below (a label overlapping the name's end)
 * would take in half the next line, which a single-line reading turns into noise.
 */
export function nameLine(pages: readonly OcrPage[], image: RgbaImage): NameLine | null {
  for (const page of pages) {
    for (const line of page.lines) {
      const compact = squash(line.text);
      const label = labelsOf(compact).find((l) => {
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
      const y0 = median(words.map((w) => w.bbox.y0));
      const y1 = median(words.map((w) => w.bbox.y1));
      const h = Math.max(8, y1 - y0);
      const left = Math.max(0, Math.floor(words[0]!.bbox.x0 - 0.3 * h));
      const top = Math.max(0, Math.floor(y0 - 0.3 * h));
      const right = Math.min(image.width, Math.ceil(Math.max(...words.map((w) => w.bbox.x1)) + 0.6 * h));
      const bottom = Math.min(image.height, Math.ceil(y1 + 0.3 * h));
      if (right - left < h || bottom - top < 8) continue;
      return { rectangle: { left, top, width: right - left, height: bottom - top }, print: y1 - y0 };
    }
  }
  return null;
}

/**
 * When the typed holder name is not exactly on the page, reads the name line again on its own (one text line; where
 * the page shows no name line, `fallback`, the place the layout puts the name; from `detail` when its print is small)
 * and puts that reading first among the name fields.
 */
export async function rereadNameLine(
  engine: OcrEngine,
  image: RgbaImage,
  pages: OcrPage[],
  facts: DocumentFacts,
  holderName: string | undefined,
  fallback?: OcrRectangle,
  detail?: DetailSource,
): Promise<{ facts: DocumentFacts; passes: number; pages: OcrPage[] }> {
  if (!holderName || holderName.trim() === '' || holderNameOnDocument(holderName, facts).status === 'match') {
    return { facts, passes: 0, pages: [] };
  }
  const line = nameLine(pages, image);
  const rectangle = line?.rectangle ?? (facts.names.length === 0 ? fallback : undefined);
  if (!rectangle) return { facts, passes: 0, pages: [] };
  // A layout band's print is not known: it is read as it is.
  const page = await readLine(engine, image, rectangle, line?.print ?? NAME_PRINT, detail);
  const lines = confidentLines([page]);
  // A crop after the label holds the value alone; a layout band may hold the label too.
  const labelled = nameReadings(lines);
  const readings = labelled.length > 0 ? labelled : lines.map(nameValueReading).filter((r): r is NameReading => r !== null);
  return { facts: readings.length > 0 ? { ...facts, names: [...readings, ...facts.names] } : facts, passes: 1, pages: [page] };
}
