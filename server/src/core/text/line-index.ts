/** A zero-based line and UTF-16 character position, as in LSP. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Converts between offsets and line/character positions. Lines end at `\n`, `\r\n` or a lone `\r`.
 * Built once per text in linear time; each lookup is a binary search.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];

  constructor(readonly text: string) {
    const starts = [0];
    // The next \n and \r (-1: none left), found by indexOf rather than a test per character.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      const next = at === cr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1; // \r\n is one break
      starts.push(next);
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    this.lineStarts = starts;
  }

  /** Number of lines (an empty text has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The zero-based line holding `offset` (clamped to the text). */
  lineAt(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The position of `offset` (clamped to the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: o - (this.lineStarts[line] ?? 0) };
  }

  /** The offset of a position; characters past the line's end clamp to it. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line] ?? 0;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * Offset of the start of the line holding `offset` (after a "\n", "\r" or "\r\n"). Scans back over that line
 * only: `lastIndexOf` of a break the text lacks ("\r" in most texts) would scan to its start, on every call.
 */
export function lineStartAt(text: string, offset: number): number {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d) break;
    start--;
  }
  return start;
}
