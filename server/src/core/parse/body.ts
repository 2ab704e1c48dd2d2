/**
 * The body of a report, read in one pass over its lines: the sections (by their headings), their sub-headings,
 * stray headings, and the three tables, whose lines are handed to the table builders.
 */
import type {
  Heading,
  OrdinalStyle,
  ParseIssue,
  Section,
  SectionNumber,
  Span,
  Table,
  TableKind,
  TableRow,
  VersionEvidence,
} from '../model.js';
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { Template } from '../templates/schema.js';
import {
  continuedSection,
  mayBeSectionHeading,
  readBareSectionHeading,
  readHeading,
  readLooseSectionHeading,
  matchSection,
} from './headings.js';
import { fieldKind } from './cell.js';
import { splitFields, type Field } from './fields.js';
import { isPageMarker, isRunningHeader, isSeparatorRow, LineReader, type Line } from './lines.js';
import { tableAnchor, wrappedAnchor, isBordered, WRAPPED_ROW_LINES } from './table-anchors.js';
import {
  createTableBuilder,
  table2LabelsBefore,
  table4FromOrphan,
  type BuiltTable,
  type TableBuilder,
} from './tables.js';
import { contentStart, isWhiteSpace } from '../text/chars.js';
import { lastOf } from '../text/last.js';

/** What {@link readBody} finds. */
export interface Body {
  sections: Section[];
  stray: Heading[];
  tables: Table[];
  issues: ParseIssue[];
  evidence: VersionEvidence[];
  /** The headings before any section that name sections in order, by how they are numbered. */
  numberings: NumberingTally;
}

/**
 * How a report numbers its sections when no "一、" heading opens one: as its headings' ordinals ("（一）" "1." "1、"
 * "（1）"), or not at all ('none': a section's title alone on its line).
 */
export type SectionNumbering = OrdinalStyle | 'none';

/** Per numbering, a count of headings each numbered as the section its title names, in order. */
export class NumberingTally {
  private readonly runs = new Map<SectionNumbering, { count: number; last: number }>();

  /** Counts a heading numbered `numbering` that opens section `number`, if it comes after the last one counted. */
  add(numbering: SectionNumbering, number: number): void {
    const run = this.runs.get(numbering);
    if (!run) this.runs.set(numbering, { count: 1, last: number });
    else if (number > run.last) {
      run.count++;
      run.last = number;
    }
  }

  /** The numbering of the most such headings, when at least two, else null. */
  chosen(): SectionNumbering | null {
    let best: SectionNumbering | null = null;
    let most = 1;
    for (const [numbering, { count }] of this.runs) {
      if (count > most) {
        best = numbering;
        most = count;
      }
    }
    return best;
  }
}

interface OpenSection {
  number: Section['number'];
  heading: Heading;
  canonicalTitle: string;
  titleDiffers: boolean;
  subHeadings: Heading[];
}

/**
 * Reads a report's body in one pass over its lines (read one at a time: a long document's lines are never all
 * held at once). `numbering`: a heading so numbered ("（二）", "2.", or a title alone) opens a section too, when
 * its title names that section and it comes after the sections opened so far.
 */
export function readBody(
  text: string,
  active: Template,
  other: Template,
  numbering: SectionNumbering | null,
): Body {
  return new BodyReader(text, active, other, numbering).read();
}

class BodyReader {
  private readonly out: Body = {
    sections: [],
    stray: [],
    tables: [],
    issues: [],
    evidence: [],
    numberings: new NumberingTally(),
  };
  private readonly open: OpenSection[] = [];
  private readonly built: BuiltTable[] = [];
  private table: TableBuilder | null = null;
  private lastEnd = 0;
  /** The highest section opened so far. */
  private lastOpened = 0;
  /** After a line that opens a list of attachments ("附件：1.…"), until a line that is no item of it. */
  private attachments = false;
  /** The bordered lines since the last rule line: one table row, whose cells may wrap over them (null: none). */
  private wrapped: Line[] | null = null;
  /** A section heading whose title stopped short of its canonical title: the rest may be the next line. */
  private cutTitle: { readonly section: OpenSection; readonly rest: string } | null = null;

  constructor(
    private readonly text: string,
    private readonly active: Template,
    private readonly other: Template,
    private readonly numbering: SectionNumbering | null,
  ) {}

  read(): Body {
    const lines = new LineReader(this.text);
    for (let line = lines.next(); line; line = lines.next()) {
      this.lastEnd = line.end;
      this.readLine(line);
    }
    this.closeTable();
    this.closeSections();
    collectTables(this.built, this.active, this.out);
    this.addHeaderlessTable4();
    return this.out;
  }

  private readLine(line: Line): void {
    const start = contentStart(line.text);
    if (this.cutTitle && this.endsCutTitle(line, start)) return;
    if (!this.trackRow(line, start)) return;
    // Only a "一、" heading (or one numbered as `numbering`) can open a section; other headings are read once no
    // table takes the line.
    let heading = this.numbering || mayBeSectionHeading(line.text, start) ? readHeading(line) : undefined;
    if (this.readSectionHeading(line, heading)) return;
    if (this.tableTakes(line)) return;
    if (heading === undefined) heading = readHeading(line);
    this.readOtherHeading(line, start, heading);
  }

  /**
   * Keeps the lines of a bordered row wrapped over several lines (see {@link wrappedAnchor}); false for a line
   * with nothing more to read: blank, a page marker, or a rule line.
   */
  private trackRow(line: Line, start: number): boolean {
    // Only an open table hears of page breaks (most lines are read with none open).
    const pageBreak = this.table !== null && start > 0 && hasFormFeed(line.text, start);
    if (start === line.text.length || isPageMarker(line.text, start)) {
      this.wrapped = null;
      this.table?.addGap(line, pageBreak || start < line.text.length);
      return false;
    }
    if (pageBreak) this.table?.addGap(line, true); // a page that starts with this line ("\f3", "\f某某局…")
    if (isSeparatorRow(line.text, start)) {
      this.wrapped = [];
      return false;
    }
    if (this.wrapped && this.wrapped.length < WRAPPED_ROW_LINES && isBordered(line.text, start)) {
      this.wrapped.push(line);
    } else this.wrapped = null;
    return true;
  }

  /**
   * True when the line is a section's heading (it opens the section) or a heading numbered as the sections are
   * (a sub-heading, or a stray heading). `heading`: the line read as a heading (null: none; undefined: not
   * read). A loose ordinal ("二." "第二部分") opens a section only with a section's title, and is never a stray
   * heading.
   */
  private readSectionHeading(line: Line, heading: Heading | null | undefined): boolean {
    const { numbering } = this;
    let opening = heading === null ? readLooseSectionHeading(line) : heading;
    const bare = opening === null && numbering === 'none';
    if (bare) opening = readBareSectionHeading(line);
    const numbered: SectionNumbering | undefined = bare ? 'none' : opening?.ordinal.style;
    const standard = numbered === 'cn-dun';
    if (
      !opening ||
      !(standard || (numbered === numbering && !this.attachments)) ||
      isRowLike(line, opening)
    ) {
      return false;
    }
    const match = matchSection(opening.title);
    // The open section's heading again, marked as continued after a page break: the section (its table) goes on.
    if (match && this.continuesSection(opening.title, match.number)) {
      this.table?.addGap(line, true);
      return true;
    }
    // Numbered otherwise, a section's heading carries its number and comes after those before it.
    if (match && (standard || (match.number === opening.ordinal.value && match.number > this.lastOpened))) {
      this.closeTable();
      this.open.push({
        number: match.number,
        heading: opening,
        canonicalTitle: match.canonical,
        titleDiffers: match.distance > 0,
        subHeadings: [],
      });
      this.lastOpened = Math.max(this.lastOpened, match.number);
      this.attachments = false;
      const rest = match.canonical.slice(opening.title.length);
      const section = lastOf(this.open);
      if (section && match.distance > 0 && rest !== '' && match.canonical.startsWith(opening.title)) {
        this.cutTitle = { section, rest };
      }
      return true;
    }
    // A heading numbered as the sections that continues them ("七、结语", "7.结语") is a stray section heading.
    if (
      heading &&
      opening === heading &&
      (standard || heading.ordinal.value > this.lastOpened) &&
      !this.table &&
      heading.title.length <= 40 &&
      !heading.title.includes('。')
    ) {
      // In a report whose sections are numbered otherwise, "一、" inside a section is a sub-heading.
      const section = standard && numbering ? lastOf(this.open) : undefined;
      if (section) section.subHeadings.push(heading);
      else this.out.stray.push(heading);
      return true;
    }
    return false;
  }

  /** True when `title`, which names section `number`, names the open section as continued ("…情况（续）"). */
  private continuesSection(title: string, number: SectionNumber): boolean {
    return number === lastOf(this.open)?.number && continuedSection(title) === number;
  }

  /**
   * True when the line is the rest of the section title that the line before stopped short of (PDF text wraps a
   * long heading: "四、政府信息公开行政复议、行政诉讼情" / "况"): the heading then spans both lines, its title whole.
   */
  private endsCutTitle(line: Line, start: number): boolean {
    const cut = this.cutTitle;
    this.cutTitle = null;
    if (!cut || line.text.trim() !== cut.rest) return false;
    const { section, rest } = cut;
    const { heading } = section;
    const end = line.start + start + rest.length;
    section.heading = {
      ...heading,
      span: { start: heading.span.start, end },
      titleSpan: { start: heading.titleSpan.start, end },
      title: heading.title + rest,
    };
    section.titleDiffers = false;
    return true;
  }

  /** True when a table takes the line: the table open, or one the line's anchor opens (closing the open one). */
  private tableTakes(line: Line): boolean {
    const { wrapped } = this;
    const rowAnchor = wrapped && wrapped.length > 1 ? wrappedAnchor(wrapped) : null;
    const anchor = tableAnchor(line.text) ?? rowAnchor;
    if (anchor && anchor !== this.table?.kind) {
      const before = this.table ? [] : this.linesBefore(anchor, anchor === rowAnchor, line);
      this.closeTable();
      this.table = createTableBuilder(anchor, this.active, this.other);
      this.attachments = false;
      for (const above of before) this.table.addLine(above);
    }
    if (!this.table) return false;
    // A running page header of PDF text inside a table is skipped: its year is no value.
    if (isRunningHeader(line.text)) {
      this.table.addGap(line, true);
      return true;
    }
    if (this.table.addLine(line) || !isProse(line)) return true;
    this.closeTable();
    return false;
  }

  /**
   * The lines before `line` that are the table's, which `anchor` opens when no table is open: a table whose
   * anchor a wrapped row holds (`wrappedRow`) starts at the row's first line; 表二 at its first column's labels
   * given before it (see {@link table2LabelsBefore}), in the open section.
   */
  private linesBefore(anchor: TableKind, wrappedRow: boolean, line: Line): readonly Line[] {
    if (wrappedRow) return (this.wrapped ?? []).slice(0, -1);
    if (anchor !== 'table2') return [];
    const from = lastOf(this.open)?.heading.span.end ?? 0;
    return table2LabelsBefore(this.text, line.start, from, this.active, this.other);
  }

  /** A heading that opens no section: a section's sub-heading, or evidence of how the sections are numbered. */
  private readOtherHeading(line: Line, start: number, heading: Heading | null): void {
    const { numbering } = this;
    // The items of a list of attachments ("附件：" "1.…" "2.…") are no sub-headings.
    if (this.attachments && heading && heading.ordinal.style !== 'cn-dun') return;
    this.attachments = heading === null && opensAttachments(line.text, start);
    if (!heading) {
      if (!numbering && this.open.length === 0) countBareSection(line, this.out.numberings);
      return;
    }
    if (heading.ordinal.style === 'cn-dun') return;
    const section = lastOf(this.open);
    if (section) section.subHeadings.push(heading);
    else if (!numbering) {
      const number = matchSection(heading.title)?.number;
      if (number === heading.ordinal.value) this.out.numberings.add(heading.ordinal.style, number);
    }
  }

  private closeTable(): void {
    if (this.table) this.built.push(this.table.finish());
    this.table = null;
  }

  /** Each section runs to the next one's heading, the last one to the last line. */
  private closeSections(): void {
    const { open } = this;
    for (let i = 0; i < open.length; i++) {
      const s = open[i];
      if (!s) continue;
      const end = open[i + 1]?.heading.span.start ?? this.lastEnd;
      // Spelled out: in Node 20 `{ ...s, span }` (a spread followed by a property) takes a slow path.
      const { number, heading, canonicalTitle, titleDiffers, subHeadings } = s;
      const span = { start: heading.span.start, end };
      this.out.sections.push({ number, heading, canonicalTitle, titleDiffers, subHeadings, span });
    }
  }

  /** 表四 read from section 四's values when no 表四 with values was read (see {@link headerlessTable4}). */
  private addHeaderlessTable4(): void {
    const { out } = this;
    if (out.tables.some((t) => t.kind === 'table4' && t.rows.length > 0)) return;
    const section = out.sections.find((s) => s.number === 4);
    const table4 = section ? headerlessTable4(this.text, section.span, this.active) : null;
    if (table4) {
      out.tables = out.tables.filter((t) => t.kind !== 'table4'); // a header without its values
      out.tables.push(table4);
      out.tables.sort((a, b) => a.span.start - b.span.start);
    }
  }
}

/**
 * 表四 without its header (lost in a copy or a PDF): in section 四 (`span`), the first run of lines that hold values
 * only, when it holds exactly 表四's fifteen.
 */
function headerlessTable4(text: string, span: Span, active: Template): Table | null {
  const values: Field[] = [];
  const lines = new LineReader(text, span.start, span.end);
  for (let line = lines.next(); line; line = lines.next()) {
    if (contentStart(line.text) === line.text.length) continue;
    const fields = splitFields(line).filter((f) => f.text !== '');
    const onlyValues = fields.length > 0 && fields.every((f) => fieldKind(f.text) === 'number');
    if (onlyValues) values.push(...fields);
    else if (values.length > 0) break;
  }
  return table4FromOrphan(values, active);
}

/**
 * The tables read, their issues and their version evidence, into `out`. A 表二 or 表三 of which no row was read is
 * kept only when values were read under its anchor (they are reported as belonging to no row) and no other table
 * of its kind has rows: the table is there but unreadable (rows missing, not the table), e.g. PDF text that lists
 * a table's columns one after another. A line of prose that merely names an anchor reads no values.
 */
function collectTables(parts: readonly BuiltTable[], active: Template, out: Body): void {
  const built = joinParts(parts, active).map(withoutEmptyTwins);
  const withRows = new Set(built.filter((b) => b.table.rows.length > 0).map((b) => b.table.kind));
  const hasTable4 = withRows.has('table4');
  let rescued = false;
  for (const b of built) {
    const { kind } = b.table;
    // 表四's header alone (its values lost) still makes a 表四, where none has values.
    const emptyTable4 = kind === 'table4' && b.table.rows.length === 0 && !withRows.has(kind);
    if (b.table.rows.length > 0 || emptyTable4) out.tables.push(b.table);
    if (emptyTable4) withRows.add(kind); // one is enough
    out.issues.push(...b.issues);
    out.evidence.push(...b.evidence);
    let unread = 0;
    for (const orphan of b.orphans) {
      const table4 =
        !hasTable4 && !rescued && b.table.kind === 'table3' ? table4FromOrphan(orphan, active) : null;
      if (table4) {
        out.tables.push(table4);
        rescued = true;
        continue;
      }
      const first = orphan[0];
      const last = lastOf(orphan);
      if (!first || !last) continue;
      unread++;
      out.issues.push({
        code: 'orphan-row',
        span: { start: first.start, end: last.end },
        table: b.table.kind,
        message: {
          zh: `这 ${orphan.length} 个数值不属于${TABLE_SHORT_NAME[b.table.kind].zh}的任何一行（表头或行名缺失？）`,
          en: `these ${orphan.length} values belong to no row of ${TABLE_SHORT_NAME[b.table.kind].en} (header or row label lost?)`,
        },
      });
    }
    if (b.table.rows.length === 0 && unread > 0 && !withRows.has(kind)) {
      out.tables.push(b.table);
      withRows.add(kind); // one unreadable table of a kind is enough
    }
  }
  out.tables.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The tables built, a table cut in two joined again: a part of 表二 or 表三 that goes on where the one before it
 * (of the same kind, with no other table between them) stopped — each row of it after theirs in the template's
 * order — is the rest of that table (something that is no row, a footnote or a heading, stood between them). Each
 * row keeps its own values; two tables of one kind that both hold a row (a report pasted twice, one of another
 * year) stay two.
 */
function joinParts(built: readonly BuiltTable[], active: Template): BuiltTable[] {
  const joined: BuiltTable[] = [];
  for (const part of built) {
    const before = lastOf(joined);
    if (before && continuesTable(before.table, part.table, active)) {
      joined[joined.length - 1] = joinTwo(before, part);
    } else joined.push(part);
  }
  return joined;
}

/**
 * True when table `next` holds rows of `table`'s kind (表二 or 表三) that all come after `table`'s in the template.
 * Rows without a cell's text are left out: an empty row of a name does not stand for the row (see
 * {@link withoutEmptyTwins}).
 */
function continuesTable(table: Table, next: Table, active: Template): boolean {
  if (table.kind !== next.kind || table.kind === 'table4') return false;
  const order = rowOrder(active, table.kind);
  let last = -1;
  for (const row of table.rows) if (!isEmptyRow(row)) last = Math.max(last, order.get(row.id) ?? Infinity);
  let first = Infinity;
  for (const row of next.rows) if (!isEmptyRow(row)) first = Math.min(first, order.get(row.id) ?? -1);
  return last >= 0 && first !== Infinity && last < first;
}

/**
 * The built table without its empty rows (no cell's text: a label without values, a header word read as one) of
 * a name that a row with text also has: the rules read a table's first row of a name, and an empty one must not
 * hide the row that holds the values.
 */
function withoutEmptyTwins(built: BuiltTable): BuiltTable {
  const { rows } = built.table;
  const empty = rows.filter(isEmptyRow);
  if (empty.length === 0) return built; // most tables
  const filled = new Set(rows.filter((row) => !empty.includes(row)).map((row) => row.id));
  const kept = rows.filter((row) => !(empty.includes(row) && filled.has(row.id)));
  return kept.length === rows.length ? built : { ...built, table: { ...built.table, rows: kept } };
}

/** True for a row none of whose cells holds any text (its values lost, or none written). */
function isEmptyRow(row: TableRow): boolean {
  return row.cells.every((cell) => cell === undefined || cell.raw === '');
}

/** Two parts of one table as one: rows, labels, issues, evidence and orphans in order. */
function joinTwo(a: BuiltTable, b: BuiltTable): BuiltTable {
  return {
    table: {
      kind: a.table.kind,
      span: { start: a.table.span.start, end: b.table.span.end },
      rows: [...a.table.rows, ...b.table.rows],
      labels: [...a.table.labels, ...b.table.labels],
    },
    issues: [...a.issues, ...b.issues],
    evidence: [...a.evidence, ...b.evidence],
    orphans: [...a.orphans, ...b.orphans],
  };
}

/** The place of each row of 表二 and of 表三 in a template, by row id. */
type RowOrder = Readonly<Record<'table2' | 'table3', ReadonlyMap<string, number>>>;
const ROW_ORDER = new WeakMap<Template, RowOrder>();

/** The place of each row of 表二 or 表三 in `template`, by row id, built once per template. */
function rowOrder(template: Template, kind: 'table2' | 'table3'): ReadonlyMap<string, number> {
  let order = ROW_ORDER.get(template);
  if (!order) {
    const places = (rows: readonly { id: string }[]) => new Map(rows.map((r, i) => [r.id, i]));
    order = {
      table2: places(template.table2.blocks.flatMap((b) => b.rows)),
      table3: places(template.table3.rows),
    };
    ROW_ORDER.set(template, order);
  }
  return order[kind];
}

/** A line that opens a list of attachments, which may start on it: "附件：" "附表：" "附件1：". */
const ATTACHMENTS = /^附\s*[件表][\s\d０-９一二三四五六七八九十]*[：:]/;
/** True when the line's content, from `start`, opens a list of attachments. */
function opensAttachments(text: string, start: number): boolean {
  return text.charCodeAt(start) === 0x9644 && ATTACHMENTS.test(text.slice(start, start + 16)); // 附
}

/** Counts a line before any section that holds a section's title alone (see {@link readBareSectionHeading}). */
function countBareSection(line: Line, numberings: NumberingTally): void {
  const heading = readBareSectionHeading(line);
  if (heading && !isRowLike(line, heading)) numberings.add('none', heading.ordinal.value);
}

/** A line whose "heading" is really a table row: values or cell separators (HTML cell tags too) follow the label. */
function isRowLike(line: Line, heading: Heading): boolean {
  const after = line.text.slice(heading.titleSpan.start - line.start);
  return /[\t|]|<\/?t[dh]\b/i.test(after) || /\s[-\d][\d,.]*\s*$/.test(after);
}

/**
 * True when a form feed (a page break of PDF text) opens the line, before its content at `start`: pdftotext
 * writes it first on a page's first line, before any indentation (looking through long indentation for one
 * cost more than the rest of the line's reading).
 */
function hasFormFeed(text: string, start: number): boolean {
  return text.charCodeAt(0) === 0x0c || (start > 1 && text.charCodeAt(start - 1) === 0x0c);
}

/** A line of running text (not a short table fragment). */
function isProse(line: Line): boolean {
  let visible = 0;
  for (let i = 0; i < line.text.length && visible <= 50; i++)
    if (!isWhiteSpace(line.text.charCodeAt(i))) visible++;
  return visible > 50;
}
