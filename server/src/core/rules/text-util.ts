/** Small text helpers for building fixes. */

/** The line break the text uses most ("\r\n" when it has any, else "\n"). */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  const end = n < 0 ? text.length : n;
  return text[end - 1] === '\r' ? end - 1 : end;
}
