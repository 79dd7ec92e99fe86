declare module 'bmp-js' {
  interface BmpData {
    width: number;
    height: number;
    /** Pixels in A, B, G, R byte order. */
    data: Buffer;
  }
  export function decode(buffer: Buffer): BmpData;
  export function encode(img: { data: Buffer; width: number; height: number }, quality?: number): { data: Buffer; width: number; height: number };
  const bmp: { decode: typeof decode; encode: typeof encode };
  export default bmp;
}
