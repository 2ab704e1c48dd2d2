/**
 * The engine's data model: what the parser reads from a report ({@link ReportDocument}) and what the
 * rules say about it ({@link Finding}). Everything is immutable data; offsets are UTF-16 {@link Span}s.
 */
import type { Span, TextEdit } from './text/span.js';

export type { Span, TextEdit } from './text/span.js';

/** The official format versions the engine knows (SPEC §1). */
export type TemplateId = '2019' | '2021';

/** What a report was detected as. */
export type DetectedTemplate = TemplateId | 'pre-2019' | 'unknown';

/** A finding's severity. */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages the product speaks. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** The six canonical sections, by number (一 … 六). */
export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

/** How a heading's ordinal is written. */
export type OrdinalStyle =
  | 'cn-dun' // 一、
  | 'cn-paren' // （一） or (一)
  | 'num-dun' // 1、
  | 'num-dot' // 1.
  | 'num-paren'; // （1） or (1)

/** The ordinal in front of a heading. */
export interface Ordinal {
  readonly value: number;
  readonly style: OrdinalStyle;
  readonly span: Span;
  /** True when written with half-width parentheses, e.g. "(一)". */
  readonly halfWidth: boolean;
}

/** A heading line: a section heading or a sub-heading. */
export interface Heading {
  /** The whole line's content, markup included (without the line break). */
  readonly span: Span;
  /** The title text after the ordinal, markup excluded. */
  readonly titleSpan: Span;
  readonly title: string;
  readonly ordinal: Ordinal;
  /** Number of leading `#` (0 for a plain-text heading). */
  readonly markdownLevel: number;
  /** Spans of emphasis markup (`**`, `__`) inside the heading. */
  readonly markup: readonly Span[];
}

/** One of the six sections, matched by its title (fuzzily), not by its markup. */
export interface Section {
  /** Which canonical section the title matches. */
  readonly number: SectionNumber;
  readonly heading: Heading;
  /** The canonical title, e.g. "总体情况". */
  readonly canonicalTitle: string;
  /** True when the title is an accepted variant or a near-miss typo of the canonical title. */
  readonly titleDiffers: boolean;
  /** From the heading's start to the next section's start (or the end of the text). */
  readonly span: Span;
  readonly subHeadings: readonly Heading[];
}

/** The three statistical tables. */
export type TableKind = 'table2' | 'table3' | 'table4';

/**
 * How a cell reads. `blank` = empty, "/", "-", "—", "&nbsp;"; `invalid` = text that is no number; `ambiguous` =
 * a value whose column is unknown (its row holds more values than columns, and they do not add up): kept out
 * of every sum.
 */
export type CellState = 'number' | 'blank' | 'invalid' | 'ambiguous';

/** Something noted about a cell's text beside its value. */
export type CellNote = 'unit' | 'annotation' | 'thousands' | 'fullwidth' | 'split';

/** One value cell of a table. */
export interface Cell {
  readonly columnId: string;
  /** The cell's text; for an empty cell, an empty span where it stands. */
  readonly span: Span;
  readonly raw: string;
  readonly state: CellState;
  /** The number read, only when `state` is `number`. */
  readonly value: number | null;
  readonly notes: readonly CellNote[];
}

/** A template row found in a table. `cells` follows the template's column order; a missing cell is absent. */
export interface TableRow {
  readonly id: string;
  /** The label as written (whitespace collapsed). */
  readonly label: string;
  readonly labelSpan: Span;
  readonly cells: readonly (Cell | undefined)[];
}

/** A label occurrence (row, column or block label) matched to its template label. */
export interface LabelMatch {
  readonly span: Span;
  readonly found: string;
  readonly expected: string;
  readonly kind: 'row' | 'column' | 'block';
}

/** A statistical table as read. */
export interface Table {
  readonly kind: TableKind;
  readonly span: Span;
  /** Rows found, in document order. */
  readonly rows: readonly TableRow[];
  /** Labels that differ from the template (typos, truncation), for the label check. */
  readonly labels: readonly LabelMatch[];
}

/** Where a year was read. */
export interface YearEvidence {
  readonly source: 'title' | 'period' | 'signature';
  readonly year: number;
  readonly span: Span;
}

/** A label that only one template version uses, as found in the text. */
export interface VersionEvidence {
  readonly version: TemplateId;
  readonly span: Span;
  readonly label: string;
}

/**
 * Something the parser could not read, with where: digits glued together that split no unique way, values that
 * belong to no row, more values than a row has cells. (Unreadable cell text is a cell with state `invalid`.)
 */
export interface ParseIssue {
  readonly code: 'ambiguous-digits' | 'orphan-row' | 'extra-cells';
  readonly span: Span;
  readonly message: Message;
  readonly table?: TableKind;
}

/** The report title line(s). */
export interface Title {
  readonly span: Span;
  readonly text: string;
  /** The body that publishes the report, when the title names one. */
  readonly agency: string | null;
}

/** Everything the parser read from a report. */
export interface ReportDocument {
  readonly text: string;
  readonly title: Title | null;
  /** The report year, the most frequent of the evidence (title first on ties). */
  readonly year: number | null;
  readonly yearEvidence: readonly YearEvidence[];
  /** The template the report is written in (from its labels, or forced by options). */
  readonly template: DetectedTemplate;
  readonly versionEvidence: readonly VersionEvidence[];
  readonly sections: readonly Section[];
  /** Top-level headings ("一、…") that match no section title, outside tables. */
  readonly strayHeadings: readonly Heading[];
  readonly tables: readonly Table[];
  readonly issues: readonly ParseIssue[];
}

/** A set of edits that resolves a finding. Only `safe` fixes are applied by fix-all and `--fix`. */
export interface Fix {
  readonly title: Message;
  readonly edits: readonly TextEdit[];
  readonly safe: boolean;
}

/** Another place that explains a finding (e.g. a cell that a total sums). */
export interface Related {
  readonly span: Span;
  readonly message: Message;
}

/** One problem found in a report. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: Message;
  readonly related: readonly Related[];
  readonly fixes: readonly Fix[];
}

/** What a rule's severity can be set to. */
export type RuleSetting = Severity | 'off';

/** Options of {@link lint}. */
export interface LintOptions {
  /** Force the template version instead of detecting it. */
  readonly template?: TemplateId | 'auto';
  /** Per-rule severity overrides, or `off`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** The same body's report of the year before, for the `cross-year` checks (ignored when it is not). */
  readonly previous?: ReportDocument;
}

/** What {@link lint} returns. */
export interface LintResult {
  readonly document: ReportDocument;
  readonly findings: readonly Finding[];
}
