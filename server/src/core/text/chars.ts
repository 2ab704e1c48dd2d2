/** Character classes by UTF-16 code unit, for loops that would otherwise run a regex per character. */

/** True for the characters JavaScript's `\s` matches (which include U+00A0 and U+3000). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for an ASCII digit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for a full-width digit ０–９. */
export function isFullwidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

/** The offset of a text's first character that is not white space (the text's length when there is none). */
export function contentStart(text: string): number {
  // `trimStart` drops exactly the characters of `isWhiteSpace`, in native code: faster than a loop on the long
  // runs of spaces that indent table cells in text copied from web pages.
  return text.length - text.trimStart().length;
}

/** A test for the characters of `chars` (all in the BMP) by code unit, as a table lookup. */
export function charTest(chars: string): (code: number) => boolean {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return (code) => table[code] === 1;
}

/**
 * Where the run of characters passing `test` that ends `text` starts (`text.length` when there is none). A loop
 * from the end: a pattern such as /\d+$/ retries at every character of a long run that ends elsewhere.
 */
export function trailingRunStart(text: string, test: (code: number) => boolean): number {
  let i = text.length;
  while (i > 0 && test(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `s` with the characters a regular expression treats specially escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
