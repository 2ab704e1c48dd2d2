/**
 * Every conversion between the engine's UTF-16 offsets and LSP positions lives here.
 * The engine's {@link LineIndex} uses the same line breaks (`\n`, `\r\n`, `\r`) and the same
 * code units as LSP's default position encoding, so a conversion never changes a character count.
 */
import type { Position, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { LineIndex, Span, TextEdit } from '../core/index.js';

/** The LSP range of a span. */
export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

/** The offset of an LSP position (clamped to the text). */
export function toOffset(index: LineIndex, position: Position): number {
  return index.offsetAt(position);
}

/** The span of an LSP range. */
export function toSpan(index: LineIndex, range: Range): Span {
  return { start: toOffset(index, range.start), end: toOffset(index, range.end) };
}

/** An engine edit as an LSP text edit. */
export function toLspEdit(index: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: toRange(index, edit), newText: edit.newText };
}

/** The zero-based line of an offset. */
export function lineOf(index: LineIndex, offset: number): number {
  return index.lineAt(offset);
}
