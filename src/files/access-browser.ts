/** The browser FileAccess: files come as `{ name, data }` (Blob/File or bytes); decoding through createImageBitmap when available. */
import { browserDecoder } from '../image/decode-browser.js';
import type { FileAccess } from './access.js';

export function browserFileAccess(): FileAccess {
  const canDecode = typeof createImageBitmap === 'function' && typeof OffscreenCanvas !== 'undefined';
  return canDecode ? { decoder: browserDecoder() } : {};
}
