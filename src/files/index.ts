export { fromBlob, fromBytes, counting, readAll, type FileSource, type CountingSource } from './source.js';
export { sniffType, extensionOf, EXTENSION_FORMAT, FORMAT_LABEL, SNIFF_BYTES, type SniffedType, type ImageFormat, type ContentKind } from './sniff.js';
export { parseImageHeader, exifOrientation, type ImageHeader } from './header.js';
export { inspectTrailer, type TrailerFact, type AppendedKind } from './trailer.js';
export { FileFacts, DEFAULT_FACT_OPTIONS, type FileFactsOptions, type AccessFact, type ThumbnailFact } from './facts.js';
export { ByteReader } from './byte-reader.js';
