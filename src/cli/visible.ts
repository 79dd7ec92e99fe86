/**
 * Text from manifests and file names, made safe to print: characters that would drive the terminal (C0 and C1 controls:
 * ESC sequences clear the screen or retitle the window), reorder what is shown (bidirectional controls such as U+202E),
 * break a line (U+2028, U+2029), or cannot be encoded (lone surrogates, the noncharacters XML forbids) are written as
 * `\u{1b}`, so a reader sees that they are there.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/gu;

export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
