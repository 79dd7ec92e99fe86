/**
 * What the browser test loads into the page: the browser entry itself, plus the thumbnail decoder and the metrics so a
 * disagreement with Node can be reported with numbers.
 */
export * from '../../src/index.js';
export { browserDecoder } from '../../src/image/decode-browser.js';
export { analyseImage } from '../../src/image/analyse.js';
export { fromBlob } from '../../src/files/source.js';
