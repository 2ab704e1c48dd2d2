/** Builders of the three tables: each takes the lines of its region and yields a {@link Table}. */
import type { Cell, LabelMatch, ParseIssue, Span, Table, TableKind, VersionEvidence } from '../model.js';
import type { Template } from '../templates/schema.js';
import { fieldKind, readCell } from './cell.js';
import { fieldMode, splitFields, type Field } from './fields.js';
import { mapText, normalize, sourceOffset, table2Labels, table3Labels } from './labels.js';
import { isPageMarker, type Line } from './lines.js';
import { RowAssembler } from './rows.js';
import { contentStart } from '../text/chars.js';
import { lastOf } from '../text/last.js';
import { lineStartAt } from '../text/line-index.js';

/** What a finished table builder yields. */
export interface BuiltTable {
  readonly table: Table;
  readonly issues: ParseIssue[];
  readonly evidence: VersionEvidence[];
  readonly orphans: Field[][];
}

/** Reads the lines of one table. */
export interface TableBuilder {
  readonly kind: TableKind;
  /** Takes a line; false when the line is not table content (the caller may then end the table). */
  addLine(line: Line): boolean;
  /**
   * Hears of a line with nothing to read among the table's lines: an empty one, or a page break (`pageBreak`: a
   * form feed, a page marker, a running header, the section's heading marked as continued).
   */
  addGap(line: Line, pageBreak: boolean): void;
  finish(): BuiltTable;
}

/**
 * A 表二 block label, normalised: "第二十条第（一）项", or written another way — without the second 第 or the 项,
 * or with the item's numeral unbracketed before 项 ("第二十条（一）项", "第二十条第一项"). Group 1 or 2: the numeral.
 */
const BLOCK_LABEL = /第二十条第?(?:（([一二三四五六七八九十])）项?|([一二三四五六七八九十])项)/;

/** True when a normalised line holds a 表二 block label (see {@link BLOCK_LABEL}): it opens 表二. */
export function hasBlock(norm: string): boolean {
  return BLOCK_LABEL.test(norm);
}

/** 表二's header cell over its row labels. */
const TABLE2_LABEL_HEADER = '信息内容';
/** The longest line read as a 表二 row label alone (其他对外管理服务事项, with room for spaces). */
const MAX_LABEL_LINE = 16;
/** How many lines before 表二's anchor are looked at, at most. */
const MAX_LABEL_RUN = 48;

/**
 * The lines right before 表二's anchor line (which starts at `anchorStart`), after `from`, that each hold one
 * of its row labels or 信息内容 alone, with empty lines among them; none unless a row label is among them. Raw
 * pdftotext gives a table in column order: 表二's first column (信息内容, 规章, 行政规范性文件, 信息内容, 行政许可 …)
 * before its block labels and values. Read first, its rows are there, and their values after the anchor are
 * paired with them only where which row each belongs to is known (see column-order.ts).
 */
export function table2LabelsBefore(
  text: string,
  anchorStart: number,
  from: number,
  active: Template,
  other: Template,
): Line[] {
  const labels = table2Labels(active, other);
  const run: Line[] = [];
  let labelled = false;
  for (
    let line = lineBefore(text, anchorStart);
    line && line.start >= from;
    line = lineBefore(text, line.start)
  ) {
    const start = contentStart(line.text);
    if (start === line.text.length) continue; // an empty line
    const content = line.text.slice(start).trimEnd();
    if (run.length >= MAX_LABEL_RUN || content.length > MAX_LABEL_LINE) break;
    const norm = normalize(content);
    const label = labels.some((l) => l.body === norm);
    if (!label && norm !== TABLE2_LABEL_HEADER) break;
    labelled ||= label;
    run.push(line);
  }
  return labelled ? run.reverse() : [];
}

/**
 * The physical line that ends right before the line starting at `start` (at a line break), or null at the
 * text's start or inside a physical line (a logical line cut from a long one).
 */
function lineBefore(text: string, start: number): Line | null {
  const lineBreak = text.charCodeAt(start - 1);
  if (start <= 0 || (lineBreak !== 0x0a && lineBreak !== 0x0d)) return null;
  const end = lineBreak === 0x0a && text.charCodeAt(start - 2) === 0x0d ? start - 2 : start - 1;
  const lineStart = lineStartAt(text, end);
  return { start: lineStart, end, text: text.slice(lineStart, end) };
}

/** What separates two cells of a line: a tab, a pipe, an HTML tag. */
const CELL_BOUNDARY = /[\t|｜<>]/;

/** Creates the builder of `kind` for the active template (and the other version, for mixed labels). */
export function createTableBuilder(kind: TableKind, active: Template, other: Template): TableBuilder {
  if (kind === 'table4') return new Table4Builder(active);
  return kind === 'table2' ? new Table2Builder(active, other) : new Table3Builder(active, other);
}

class Extent {
  start = -1;
  end = -1;
  include(line: Line): void {
    if (this.start < 0) this.start = line.start;
    this.end = line.end;
  }
  span(): Span {
    return { start: Math.max(0, this.start), end: Math.max(0, this.end) };
  }
}

class Table2Builder implements TableBuilder {
  readonly kind = 'table2';
  private readonly rows: RowAssembler;
  private readonly extent = new Extent();
  private readonly headerLabels: LabelMatch[] = [];
  private block: Template['table2']['blocks'][number] | undefined;
  /**
   * The block's header cells read so far, from its label on (PDF text may put the first line of a header wrapped
   * in its cells before 信息内容), checked once the header ends; null: not in a header.
   */
  private header: Field[] | null = null;
  /** Whether the block's 信息内容 was read: the header's lines are the table's. */
  private headed = false;

  constructor(
    private readonly active: Template,
    other: Template,
  ) {
    this.rows = new RowAssembler('table2', table2Labels(active, other));
  }

  addLine(line: Line): boolean {
    const mode = fieldMode(line.text);
    const all = splitFields(line, mode);
    // Without its blank cells; most lines are values: kept as they are.
    const fields = all.some((f) => f.text === '') ? all.filter((f) => f.text !== '') : all;
    // The block label holds 条 and the header 信 (normalising drops characters, never adds them).
    const block = line.text.includes('条') && this.readBlock(line, fields);
    const header = line.text.includes('信') ? fields.findIndex((f) => normalize(f.text) === '信息内容') : -1;
    if (header >= 0) {
      if (this.headed || !this.header) this.checkHeader();
      this.header ??= [];
      this.headed = true;
      this.readHeader(fields.slice(header + 1));
    }
    const taken = this.rows.addFields(all, mode, line.start);
    if (taken) this.checkHeader();
    else if (header < 0 && !block && this.header) this.readHeader(fields);
    const mine = taken || block || this.headed;
    if (mine) this.extent.include(line);
    return mine;
  }

  addGap(line: Line, pageBreak: boolean): void {
    this.rows.addGap(line, pageBreak);
  }

  /**
   * Reads the block label among a line's fields, if any: the block it opens (none when the template has no such
   * item), and a label match when it is written otherwise than the template. False when the line has no label.
   */
  private readBlock(line: Line, fields: readonly Field[]): boolean {
    const mapped = mapText(fields);
    const match = BLOCK_LABEL.exec(mapped.norm);
    if (!match) return false;
    this.checkHeader(); // the previous block's
    this.header = [];
    const canonical = `第二十条第（${match[1] ?? match[2] ?? ''}）项`;
    this.block = this.active.table2.blocks.find((b) => normalize(b.label) === canonical);
    if (!this.block || match[0] === canonical) return true;
    const start = sourceOffset(mapped, match.index) ?? line.start;
    const end = (sourceOffset(mapped, match.index + match[0].length - 1) ?? line.start) + 1;
    const found = line.text.slice(start - line.start, end - line.start);
    // Within one cell (words of PDF text may split it): the fix rewrites it in place.
    if (!CELL_BOUNDARY.test(found)) {
      this.headerLabels.push({
        span: { start, end },
        found: found.replace(/\s+/g, ''),
        expected: this.block.label,
        kind: 'block',
      });
    }
    return true;
  }

  /** Reads header cells until the first value or row label (rows may follow on the same line). */
  private readHeader(fields: readonly Field[]): void {
    for (const field of fields) {
      if (fieldKind(field.text) !== 'text' || this.rows.isLabel(field)) break;
      this.header?.push(field);
    }
  }

  /**
   * Checks the header read, once it ends, with the block's column labels. Words of a space-separated header may
   * split one label ("本年制发 件数"): all words together are fine. A header wrapped in its cells gives more
   * pieces than columns ("上一年项" / "目数量"), or a column's label at another's place, in the order PDF text
   * puts them: there a piece of a column label is fine. Other cells are compared with the column at their place.
   * Cells read before 信息内容 without one after them were no header.
   */
  private checkHeader(): void {
    const { header: cells, headed } = this;
    this.header = null;
    this.headed = false;
    const labels = this.block?.columns.map((c) => normalize(c.label));
    if (!cells || !headed || cells.length === 0 || !labels) return;
    const found = cells.map((c) => normalize(c.text));
    if (found.join('') === labels.join('')) return;
    const wrapped =
      cells.length > labels.length || found.some((text, i) => text !== labels[i] && labels.includes(text));
    cells.forEach((cell, i) => {
      const piece = found[i] ?? '';
      if (!(wrapped && labels.some((label) => label.includes(piece)))) this.checkColumn(cell, i);
    });
  }

  /** Compares a header cell with the block's column label; a label may add a unit ("（单位：万元）"). */
  private checkColumn(field: Field, index: number): void {
    const column = this.block?.columns[index];
    if (!column) return;
    const found = normalize(field.text);
    const expected = normalize(column.label);
    const base = expected.replace(/（单位.*$/, '');
    if (found === expected || found.startsWith(base)) return;
    this.headerLabels.push({
      span: { start: field.start, end: field.end },
      found: field.text,
      expected: column.label,
      kind: 'column',
    });
  }

  finish(): BuiltTable {
    this.checkHeader();
    const rows = this.rows.finish();
    return {
      table: {
        kind: 'table2',
        span: this.extent.span(),
        rows: rows.rows,
        labels: [...this.headerLabels, ...rows.labels],
      },
      issues: rows.issues,
      evidence: rows.evidence,
      orphans: rows.orphans,
    };
  }
}

/** Words of 表三's header lines, which hold no row label or value. */
const TABLE3_HEADER_WORDS = ['勾稽关系', '申请人情况', '自然人', '法人或其他组织'];

class Table3Builder implements TableBuilder {
  readonly kind = 'table3';
  private readonly rows: RowAssembler;
  private readonly extent = new Extent();
  private readonly columnNames: ReadonlySet<string>;

  constructor(active: Template, other: Template) {
    this.rows = new RowAssembler('table3', table3Labels(active, other));
    this.columnNames = table3ColumnNames(active);
  }

  addLine(line: Line): boolean {
    const mode = fieldMode(line.text);
    const fields = splitFields(line, mode);
    // A header row (repeated after a page break) opens no row: its "总计" or "其他" is a column's name.
    const taken =
      (mode !== 'space' && isColumnNameRow(fields, this.columnNames)) ||
      this.rows.addFields(fields, mode, line.start) ||
      TABLE3_HEADER_WORDS.some((word) => line.text.includes(word));
    if (taken) this.extent.include(line);
    return taken;
  }

  addGap(line: Line, pageBreak: boolean): void {
    this.rows.addGap(line, pageBreak);
  }

  finish(): BuiltTable {
    const rows = this.rows.finish();
    return {
      table: { kind: 'table3', span: this.extent.span(), rows: rows.rows, labels: rows.labels },
      issues: rows.issues,
      evidence: rows.evidence,
      orphans: rows.orphans,
    };
  }
}

const TABLE3_COLUMN_NAMES = new WeakMap<Template, ReadonlySet<string>>();

/** The names in 表三's header rows, normalised: its columns' ("自然人" … "总计"), 申请人情况 and 法人或其他组织. */
function table3ColumnNames(template: Template): ReadonlySet<string> {
  let names = TABLE3_COLUMN_NAMES.get(template);
  if (!names) {
    names = new Set(
      ['申请人情况', '法人或其他组织', ...template.table3.columns.map((c) => c.label)].map(normalize),
    );
    TABLE3_COLUMN_NAMES.set(template, names);
  }
  return names;
}

/** The longest of 表三's column names (法人或其他组织), with room for spaces in a cell. */
const MAX_COLUMN_NAME = 12;

/**
 * True for a row of cells (tab, pipe or HTML) that holds two or more column names (`names`), nothing else and no
 * value: a header row. Its short names are row labels too ("总计" of （七）总计, "其他" of 3.其他), but a row has
 * one label. (One name alone may be a row's label cell, in a table written one cell per line.)
 */
function isColumnNameRow(fields: readonly Field[], names: ReadonlySet<string>): boolean {
  let named = 0;
  for (const { text } of fields) {
    if (text === '') continue;
    if (text.length > MAX_COLUMN_NAME || !names.has(normalize(text))) return false;
    named++;
  }
  return named >= 2;
}

/** Words of 表四's header lines, and what ends a sentence (no header line has it). */
const TABLE4_HEADER_WORDS = /行政复议|行政诉讼|结果|维持|纠正|审结|总计|起诉/;
const SENTENCE_END = /[。！？]/;

const TABLE4_COLUMNS = new WeakMap<Template, readonly string[]>();

/** 表四's fifteen cell ids ("review.upheld" …), built once per template. */
function table4Columns(template: Template): readonly string[] {
  let columns = TABLE4_COLUMNS.get(template);
  if (!columns) {
    columns = template.table4.groups.flatMap((g) => template.table4.parts.map((p) => `${g.id}.${p.id}`));
    TABLE4_COLUMNS.set(template, columns);
  }
  return columns;
}

/**
 * True for a line of 表四's header: its words and no number, blank marks ("/", "—") in its merged cells at most (a
 * header line is never a row of blank values). A note under the table ("以上行政复议案件结果均获维持。") is a
 * sentence: prose.
 */
function isTable4Header(text: string, kinds: readonly string[]): boolean {
  return (
    !kinds.includes('number') &&
    kinds.includes('text') &&
    TABLE4_HEADER_WORDS.test(text) &&
    !SENTENCE_END.test(text)
  );
}

class Table4Builder implements TableBuilder {
  readonly kind = 'table4';
  /** The value fields of each line read, in order. */
  private readonly lines: Field[][] = [];
  /** Values that are no data: lone numbers among the header's lines (page numbers of PDF text). */
  private readonly stray: Field[] = [];
  /** Lines of a lone number right next to a page break ("3" before a form feed, "\f3"): page numbers, likely. */
  private readonly atBreak = new Set<readonly Field[]>();
  /** A page marker ("- 6 -", "第 6 页") was read: the pages' numbers are those, a lone number is none. */
  private marked = false;
  /** The last line read, when it holds values. */
  private last: Field[] | null = null;
  /** A page break came after the last line read. */
  private afterBreak = false;
  private readonly extent = new Extent();
  private readonly columns: readonly string[];

  constructor(active: Template) {
    this.columns = table4Columns(active);
  }

  addLine(line: Line): boolean {
    const fields = splitFields(line);
    const kinds = fields.map((f) => (f.text === '' ? 'empty' : fieldKind(f.text)));
    const afterBreak = this.afterBreak;
    this.afterBreak = false;
    this.last = null;
    const header = isTable4Header(line.text, kinds);
    if (header || !kinds.some((k) => k === 'number' || k === 'blank')) {
      if (header) {
        this.extent.include(line);
        // The header goes on: lone numbers read before it were no values (a page number between its lines).
        if (this.lines.every(isLoneValue)) this.setAside(this.lines.splice(0));
      }
      return header;
    }
    this.extent.include(line);
    const values = fields.filter((_, i) => kinds[i] !== 'text');
    if (afterBreak && isLoneValue(values)) this.atBreak.add(values);
    this.lines.push(values);
    this.last = values;
    return true;
  }

  addGap(line: Line, pageBreak: boolean): void {
    if (!pageBreak) return;
    if (isPageMarker(line.text)) this.marked = true;
    if (this.last && isLoneValue(this.last)) this.atBreak.add(this.last);
    this.afterBreak = true;
  }

  /** True for a line of a lone number by a page break, in pages without page markers: a page number. */
  private isPageNumber(line: readonly Field[]): boolean {
    return !this.marked && this.atBreak.has(line);
  }

  /** Sets lines of values aside as no data: page numbers by a page break dropped, other values reported. */
  private setAside(lines: readonly Field[][]): void {
    for (const line of lines) if (!this.isPageNumber(line)) this.stray.push(...line);
  }

  finish(): BuiltTable {
    // Lone numbers by a page break, without which the lines hold exactly 表四's values, are page numbers: dropped.
    const kept = this.lines.filter((line) => !this.isPageNumber(line));
    if (kept.length < this.lines.length && filled(kept) === this.columns.length) {
      this.lines.splice(0, this.lines.length, ...kept);
    }
    // A lone number before a line that holds all of 表四's values is no value of it (a page number).
    const first = this.lines[0];
    if (first && isLoneValue(first) && filled(this.lines.slice(1)) === this.columns.length) {
      this.setAside(this.lines.splice(0, 1));
    }
    const { values, extra } = this.takeValues();
    const cells: (Cell | undefined)[] = this.columns.map((column, i) => {
      const field = values[i];
      return field ? readCell(field, column) : undefined;
    });
    const start = values[0]?.start;
    const rows =
      start === undefined ? [] : [{ id: 'data', label: '', labelSpan: { start, end: start }, cells }];
    const orphans = [...this.stray, ...extra];
    return {
      table: { kind: 'table4', span: this.extent.span(), rows, labels: [] },
      issues: [],
      evidence: [],
      orphans: orphans.length > 0 ? [orphans] : [],
    };
  }

  /** The lines' values in order, up to 表四's columns (a line's blank cells at its ends trimmed to fit); the rest. */
  private takeValues(): { values: Field[]; extra: Field[] } {
    const values: Field[] = [];
    const extra: Field[] = [];
    for (let line of this.lines) {
      const need = this.columns.length - values.length;
      while (line.length > need && lastOf(line)?.text === '') line = line.slice(0, -1);
      while (line.length > need && line[0]?.text === '') line = line.slice(1);
      values.push(...line.slice(0, Math.max(0, need)));
      extra.push(...line.slice(Math.max(0, need)).filter((f) => f.text !== ''));
    }
    return { values, extra };
  }
}

/** A line of one value and nothing else: a lone number. */
function isLoneValue(values: readonly Field[]): boolean {
  return values.length === 1 && values[0]?.text !== '';
}

/** How many values (not blank fields) `lines` hold. */
function filled(lines: readonly (readonly Field[])[]): number {
  let count = 0;
  for (const line of lines) for (const f of line) if (f.text !== '') count++;
  return count;
}

/** Builds 表四 from a run of values that stood alone (its header lost), when it has exactly 15 values. */
export function table4FromOrphan(values: readonly Field[], active: Template): Table | null {
  const builder = new Table4Builder(active);
  if (values.length !== 15) return null;
  for (const v of values) builder.addLine({ start: v.start, end: v.end, text: v.text });
  const built = builder.finish().table;
  const first = values[0];
  const last = lastOf(values);
  return first && last ? { ...built, span: { start: first.start, end: last.end } } : null;
}
