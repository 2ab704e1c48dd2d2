/** Logical lines: physical lines, further split at HTML block tags (rows, paragraphs, line breaks). */

/** A logical line: `text` is `source.slice(start, end)`, without its line break. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BLOCK_TAG =
  /<\/?(?:tr|p|div|table|tbody|thead|tfoot|h[1-6]|li|ul|ol|section|article)\b[^>]*>|<br\s*\/?>/gi;

/** Splits `source` into logical lines, in order. Lines inside HTML are cut at block tags, which are dropped. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const physical = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = physical.exec(source)) !== null) {
    const whole = match[0];
    if (whole.length === 0) break;
    const start = match.index;
    const content = whole.replace(/[\r\n]+$/, '');
    pushLogical(lines, content, start);
    if (physical.lastIndex >= source.length) break;
  }
  return lines;
}

function pushLogical(lines: Line[], content: string, start: number): void {
  if (!content.includes('<')) {
    lines.push({ start, end: start + content.length, text: content });
    return;
  }
  let pos = 0;
  for (const tag of content.matchAll(BLOCK_TAG)) {
    const at = tag.index ?? 0;
    if (at > pos) lines.push({ start: start + pos, end: start + at, text: content.slice(pos, at) });
    pos = at + tag[0].length;
  }
  if (pos < content.length || pos === 0) {
    lines.push({ start: start + pos, end: start + content.length, text: content.slice(pos) });
  }
}

/** True for an empty line or one of white space only. */
export function isBlankLine(text: string): boolean {
  return /^[\s\u00a0\u3000]*$/.test(text);
}

/** True for a page footer or header such as "- 1 -", "— 4 —", "第 3 页". */
export function isPageMarker(text: string): boolean {
  return /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/.test(
    text,
  );
}

/** True for a Markdown table separator row ("|---|:--:|" or tab-separated dashes). */
export function isSeparatorRow(text: string): boolean {
  return /^[\s|:\-—]*-{3,}[\s|:\-—]*$/.test(text);
}
