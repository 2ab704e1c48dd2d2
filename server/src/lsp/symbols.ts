/**
 * The report's outline (SPEC §9): title → the six sections as found → sub-headings (nested by ordinal
 * style) and the tables (表二 with its blocks, 表三, 表四) as children of their section. A missing
 * section is not invented; `required-section` reports it.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
  TABLE_SHORT_NAME,
  TEMPLATES,
  type Heading,
  type LineIndex,
  type ReportDocument,
  type Section,
  type Span,
  type Table,
} from '../core/index.js';
import { toRange } from './convert.js';

/** One outline entry, with offsets; {@link documentSymbols} turns it into an LSP symbol. */
export interface OutlineNode {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** Everything the entry covers. */
  readonly span: Span;
  /** The part to reveal: the heading or the table's first line. */
  readonly selection: Span;
  readonly children: readonly OutlineNode[];
}

interface Draft {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selection: Span;
  children: Draft[];
}

/** The outline of a parsed report, children inside their parents and siblings not overlapping. */
export function outline(document: ReportDocument, index: LineIndex): OutlineNode[] {
  const text = document.text;
  const sections = document.sections.map((section) => sectionDraft(section, text));
  const loose: Draft[] = [];
  for (const table of document.tables) {
    const draft = tableDraft(table, document, index);
    const home = sections.find((s) => s.span.start <= table.span.start && table.span.start < s.span.end);
    (home ? home.children : loose).push(draft);
  }
  let roots = [...sections, ...loose];
  if (document.title) {
    const start = Math.min(document.title.span.start, ...roots.map((r) => r.span.start));
    roots = [
      {
        name: document.title.text,
        kind: SymbolKind.File,
        span: { start, end: text.length },
        selection: document.title.span,
        children: roots,
      },
    ];
  }
  return settle(roots, { start: 0, end: text.length });
}

/** The outline as LSP document symbols. */
export function documentSymbols(document: ReportDocument, index: LineIndex): DocumentSymbol[] {
  const convert = (node: OutlineNode): DocumentSymbol => ({
    name: node.name,
    ...(node.detail === undefined ? {} : { detail: node.detail }),
    kind: node.kind,
    range: toRange(index, node.span),
    selectionRange: toRange(index, node.selection),
    children: node.children.map(convert),
  });
  return outline(document, index).map(convert);
}

function headingName(heading: Heading, text: string): string {
  return text.slice(heading.ordinal.span.start, heading.ordinal.span.end) + heading.title;
}

function sectionDraft(section: Section, text: string): Draft {
  return {
    name: headingName(section.heading, text),
    ...(section.titleDiffers ? { detail: section.canonicalTitle } : {}),
    kind: SymbolKind.Module,
    span: section.span,
    selection: section.heading.span,
    children: nestSubHeadings(section.subHeadings, section.span.end, text),
  };
}

/** Nests sub-headings by ordinal style: a style seen first nests under the heading before it. */
function nestSubHeadings(headings: readonly Heading[], end: number, text: string): Draft[] {
  const roots: Draft[] = [];
  const stack: { style: string; draft: Draft }[] = [];
  for (const heading of headings) {
    const level = stack.findIndex((entry) => entry.style === heading.ordinal.style);
    if (level >= 0) stack.length = level;
    const draft: Draft = {
      name: headingName(heading, text),
      kind: SymbolKind.String,
      span: { start: heading.span.start, end },
      selection: heading.span,
      children: [],
    };
    (stack.at(-1)?.draft.children ?? roots).push(draft);
    stack.push({ style: heading.ordinal.style, draft });
  }
  return roots;
}

function tableDraft(table: Table, document: ReportDocument, index: LineIndex): Draft {
  return {
    name: TABLE_SHORT_NAME[table.kind].zh,
    kind: SymbolKind.Struct,
    span: table.span,
    selection: firstLine(table.span, index),
    children: table.kind === 'table2' ? table2Blocks(table, document) : [],
  };
}

/** The 表二 blocks of the active template that have rows in the table, from their label (or first row) on. */
function table2Blocks(table: Table, document: ReportDocument): Draft[] {
  if (document.template !== '2019' && document.template !== '2021') return [];
  const drafts: Draft[] = [];
  for (const block of TEMPLATES[document.template].table2.blocks) {
    const rows = table.rows.filter((row) => block.rows.some((r) => r.id === row.id));
    const first = rows[0];
    if (!first) continue;
    const label = table.labels.find((l) => l.kind === 'block' && l.expected === block.label);
    const selection = label?.span ?? first.labelSpan;
    drafts.push({
      name: block.label,
      kind: SymbolKind.Field,
      span: { start: selection.start, end: table.span.end },
      selection,
      children: [],
    });
  }
  return drafts;
}

function firstLine(span: Span, index: LineIndex): Span {
  return { start: span.start, end: Math.min(span.end, index.lineEnd(index.lineAt(span.start))) };
}

/** Sorts siblings, ends each where the next begins, keeps all inside the parent; recursively. */
function settle(drafts: readonly Draft[], parent: Span): OutlineNode[] {
  const sorted = [...drafts].sort((a, b) => a.span.start - b.span.start);
  return sorted.map((draft, i) => {
    const start = Math.max(draft.span.start, parent.start);
    const end = Math.max(
      start,
      Math.min(draft.span.end, parent.end, sorted[i + 1]?.span.start ?? parent.end),
    );
    const span = { start, end };
    const selection = {
      start: Math.min(Math.max(draft.selection.start, start), end),
      end: Math.min(Math.max(draft.selection.end, start), end),
    };
    return { ...draft, span, selection, children: settle(draft.children, span) };
  });
}
