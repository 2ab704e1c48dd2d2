/** Folding ranges: every multi-line entry of the outline (sections, sub-headings, tables, 表二 blocks). */
import type { FoldingRange } from 'vscode-languageserver';
import type { LineIndex, ReportDocument } from '../core/index.js';
import { outline, type OutlineNode } from './symbols.js';

/** The folding ranges of a parsed report; each ends on its last non-blank line. */
export function foldingRanges(document: ReportDocument, index: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (node: OutlineNode, isTitle: boolean) => {
    const trimmed = document.text.slice(node.span.start, node.span.end).trimEnd();
    const startLine = index.lineAt(node.span.start);
    const endLine = index.lineAt(node.span.start + Math.max(0, trimmed.length - 1));
    if (!isTitle && endLine > startLine) ranges.push({ startLine, endLine });
    for (const child of node.children) visit(child, false);
  };
  const roots = outline(document, index);
  for (const root of roots) visit(root, document.title !== null && roots.length === 1);
  return ranges;
}
