/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into the document text.
 * Offsets match JavaScript string indices and LSP's default position encoding.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One replacement of `[start, end)` by `newText` (offsets as in {@link Span}). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Builds a span. */
export function span(start: number, end: number): Span {
  return { start, end };
}

/** The smallest span covering both arguments. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * Applies non-overlapping edits to `text`. Overlapping edits (after sorting by start) are skipped,
 * the earlier one winning, so the result is always well defined.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos || edit.end > text.length || edit.start > edit.end) continue;
    out += text.slice(pos, edit.start) + edit.newText;
    pos = edit.end;
  }
  return out + text.slice(pos);
}
