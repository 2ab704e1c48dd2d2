/**
 * Assembles the rows of 表二 and 表三 from lines: a row starts at its label and takes the value fields that
 * follow, on the same line or (for PDF text and wrapped cells) on the lines after it, until it is full.
 */
import type {
  Cell,
  LabelMatch,
  Message,
  ParseIssue,
  Span,
  TableKind,
  TableRow,
  VersionEvidence,
} from '../model.js';
import { fieldKind, readCell, readNumber, type FieldKind } from './cell.js';
import { splitFields, fieldMode, type Field, type FieldMode } from './fields.js';
import { findLabel, mapText, sourceOffset, type LabelHit, type RowLabel } from './labels.js';
import type { Line } from './lines.js';
import { splitDigitRun } from './digit-split.js';
import { pairValues } from './column-order.js';
import { isBlankText } from './normalize.js';
import { isAsciiDigit, isWhiteSpace, trailingRunStart } from '../text/chars.js';
import { lastOf } from '../text/last.js';

/** Scratch space of {@link RowAssembler.addFields}. */
const KINDS: FieldKind[] = [];
/** No fields (one shared, frozen array). */
const NO_FIELDS: readonly Field[] = Object.freeze([]);

interface OpenRow {
  readonly label: RowLabel;
  readonly labelSpan: Span;
  readonly labelText: string;
  readonly values: Field[];
  /** Values beyond the row's columns, on the row's lines. */
  readonly extra: Field[];
  /** Fields read from a run of digits glued to the label. */
  split: boolean;
  /** Some values came from a line whose fields are separated by white space only (PDF text). */
  spaced: boolean;
  /** Opened by a short label without its ordinal ("总计"): a header word, no row, when no value follows. */
  readonly bare: boolean;
  /**
   * A row whose values may follow the next rows' labels (see {@link RowAssembler.closeRow}): its label stands
   * on a line of PDF text (fields separated by white space only), after every row read so far in template order.
   */
  readonly mayWait: boolean;
  /** Values came from a line of -layout text after the row's values had begun (see {@link RowAssembler.place}). */
  wrapped: boolean;
  /** The row's values begin on a line after its label's. */
  below: boolean;
  /**
   * The empty lines among the row's lines, each where it stands (see {@link RowAssembler.fillBlankLines}); null
   * when a value came otherwise than alone on its line.
   */
  gaps: BlankLine[] | null;
}

/** An empty line among a row's one-value lines: `at` values of the row before it, `cell` its blank cell. */
interface BlankLine {
  readonly at: number;
  readonly cell: Field;
}

/** What a row assembler produced. */
export interface AssembledRows {
  readonly rows: TableRow[];
  readonly issues: ParseIssue[];
  readonly evidence: VersionEvidence[];
  /** Runs of values that belong to no row, each with its fields. */
  readonly orphans: Field[][];
  readonly labels: LabelMatch[];
}

/** Builds rows of one table kind from the lines given to {@link RowAssembler.addLine}. */
export class RowAssembler {
  private open: OpenRow | null = null;
  private lastIndex = -1;
  /** The template index of the furthest row label read. */
  private furthest = -1;
  private orphan: Field[] = [];
  /** A value that starts the orphan run and may be a bare page number (see {@link pageNumberAfter}). */
  private pageNumber: Field | null = null;
  private readonly out: AssembledRows = { rows: [], issues: [], evidence: [], orphans: [], labels: [] };
  /** Group rows read with blank cells only (see {@link dropBlankGroups}). */
  private blankGroups: TableRow[] = [];
  /**
   * Rows of PDF text closed without a value, just before the open row (see {@link closeRow}): their values may
   * follow the next labels (pdftotext in column order).
   */
  private waiting: OpenRow[] = [];
  /** A row of PDF text took all its values from the lines after its label: the text gives rows one by one. */
  private rowByRow = false;
  /** The empty lines since the last line read, as blank cells; null when a page break stands among them. */
  private blankLines: Field[] | null = [];
  /** Values alone on their line right after the line before, and after one empty line (see {@link dense}). */
  private adjacentValues = 0;
  private spacedValues = 0;

  constructor(
    private readonly kind: TableKind,
    private readonly labels: readonly RowLabel[],
  ) {}

  /**
   * Hears of a line with nothing to read among the table's lines: an empty one (a blank cell, where values stand
   * one per line and the lines are not otherwise spaced: see {@link fillBlankLines}), or a page break (a form
   * feed, a page marker, a running header), which makes the empty lines around it no cells.
   */
  addGap(line: Line, pageBreak: boolean): void {
    if (pageBreak) this.blankLines = null;
    else this.blankLines?.push({ start: line.start, end: line.start, text: '' });
  }

  /** Reads one line; returns false when it holds neither a known label nor a value (prose or a header). */
  addLine(line: Line): boolean {
    const mode = fieldMode(line.text);
    return this.addFields(splitFields(line, mode), mode, line.start);
  }

  /**
   * {@link addLine} for a line already split into `fields` by `mode`; `lineStart`, where the line starts, tells
   * where its values stand (see {@link placedByLayout}).
   */
  addFields(fields: readonly Field[], mode: FieldMode, lineStart?: number): boolean {
    const kinds = KINDS; // the line's field kinds, by index (not re-entered: one scratch array for all lines)
    let hasValue = false;
    for (let i = 0; i < fields.length; i++) {
      const text = fields[i]?.text ?? '';
      // An empty field is a blank cell, but not a value that makes the line a table line.
      const kind = text === '' ? 'blank' : fieldKind(text);
      if (kind !== 'text' && text !== '') hasValue = true;
      kinds[i] = kind;
    }
    const blanks = this.takeBlankLines(mode === 'space' && fields.length === 1 && kinds[0] !== 'text');
    let matched = false;
    const positional =
      mode === 'space' && lineStart !== undefined && hasValue && placedByLayout(fields, kinds, lineStart);
    let pending: Field[] | null = null; // made for the first value
    // The run of label text: fields[runStart, runEnd), -1 when none (a run is always consecutive fields).
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i <= fields.length; i++) {
      const field = fields[i];
      const kind = field ? kinds[i] : undefined;
      if (
        field &&
        kind === 'text' &&
        mode !== 'space' &&
        pending !== null &&
        pending.length > 0 &&
        this.open &&
        !this.isLabel(field)
      ) {
        pending.push(field); // text where a value belongs: an unreadable cell, not a label
        continue;
      }
      // A run of label text ends at a value, at the line's end, and (unless words) at the next text field.
      if (runStart >= 0 && (kind !== 'text' || mode !== 'space')) {
        const hit = this.match(fields.slice(runStart, runEnd));
        if (hit) {
          // Empty lines right before a label that starts its line end the row before (its last cells blank).
          const trailing = pending === null && !matched ? blanks : null;
          if (pending) this.place(pending, hasValue, mode, { alone: false, atLabel: matched, positional });
          pending = null;
          this.startRow(hit.hit, hit.span, hit.text, hit.rest, mode, trailing);
          matched = true;
        }
        runStart = -1;
      }
      if (!field) break;
      if (kind !== 'text') (pending ??= []).push(field);
      else {
        if (runStart < 0) runStart = i;
        runEnd = i + 1;
      }
    }
    if (pending)
      this.place(pending, hasValue, mode, { alone: fields.length === 1, atLabel: matched, positional });
    return matched || hasValue;
  }

  /**
   * The empty lines before the line being read (none after a page break); for a line of one value (`oneValue`),
   * counts how it stands (see {@link dense}) and notes them in the open row, where the value goes.
   */
  private takeBlankLines(oneValue: boolean): readonly Field[] {
    const blanks = this.blankLines ?? NO_FIELDS;
    if (this.blankLines?.length !== 0) this.blankLines = []; // most lines follow another: nothing to renew
    if (!oneValue || blanks === NO_FIELDS) return blanks;
    if (blanks.length === 0) this.adjacentValues++;
    else if (blanks.length === 1) this.spacedValues++;
    const gaps = this.open?.gaps;
    for (const cell of blanks) gaps?.push({ at: this.open?.values.length ?? 0, cell });
    return blanks;
  }

  /**
   * True when the table's values stand one per line, mostly right after the line before: an empty line among
   * them is then a blank cell (as WPS saves a table as text), not the spacing of every line (as pdftotext puts
   * an empty line between all lines, where values are never adjacent).
   */
  private dense(): boolean {
    return this.adjacentValues >= 2 && this.adjacentValues > this.spacedValues;
  }

  /**
   * Gives a row whose values stood one per line its blank cells: the empty lines among its lines and those
   * right before the next row's label (`trailing`), in a {@link dense} table, when with them the row has exactly
   * its columns' count of cells. Otherwise the empty lines are nothing, as before.
   */
  private fillBlankLines(open: OpenRow, trailing: readonly Field[] | null): void {
    const gaps = open.gaps ?? [];
    const blanks = gaps.length + (trailing?.length ?? 0);
    if (blanks === 0 || open.values.length + blanks !== open.label.columns.length || !this.dense()) return;
    const values = open.values.splice(0);
    let g = 0;
    for (let i = 0; i <= values.length; i++) {
      for (let gap = gaps[g]; gap?.at === i; gap = gaps[++g]) open.values.push(gap.cell);
      const value = values[i];
      if (value) open.values.push(value);
    }
    if (trailing) open.values.push(...trailing);
  }

  /** Closes the table and returns what was read. */
  finish(): AssembledRows {
    this.closeRow();
    this.flushWaiting();
    this.closeOrphan();
    if (this.blankGroups.length > 0) this.dropBlankGroups();
    return this.out;
  }

  /**
   * Drops the group rows whose cells are all blank ("", "—", "/": a group label on a row of its own, as tables
   * built in Excel or in Word without vertical merges have it) when one of their rows was read: the template
   * gives a group no values. A blank group row without its rows still stands for them, reported as before.
   */
  private dropBlankGroups(): void {
    const parents = new Set<string>();
    for (const row of this.out.rows) {
      const parent = this.labels.find((l) => l.rowId === row.id)?.parent;
      if (parent) parents.add(parent);
    }
    for (const group of this.blankGroups) {
      if (parents.has(group.id)) this.out.rows.splice(this.out.rows.indexOf(group), 1);
    }
  }

  /** True when the field names a row of this table. */
  isLabel(field: Field): boolean {
    return this.match([field]) !== null;
  }

  private match(
    run: readonly Field[],
  ): { hit: LabelHit; span: Span; text: string; rest: Field | null } | null {
    const mapped = mapText(run);
    const next = this.lastIndex + 1;
    let hit = findLabel(mapped.norm, this.labels, next);
    let rest: Field | null = null;
    // A label with digits glued to it ("行政规范性文件8855698"): match the label, keep the digits as values.
    const digits = !hit || hit.to < mapped.norm.length ? trailingRunStart(mapped.norm, isAsciiDigit) : 0;
    if (digits > 0 && digits < mapped.norm.length) {
      const head = mapped.norm.slice(0, digits);
      const headHit = findLabel(head, this.labels, next);
      if (headHit && headHit.to === head.length && !/\d$/.test(headHit.label.body)) {
        hit = headHit;
        const start = sourceOffset(mapped, digits) ?? mapped.end;
        rest = { start, end: mapped.end, text: mapped.norm.slice(digits) };
      }
    }
    if (!hit) return null;
    const start = sourceOffset(mapped, hit.from) ?? run[0]?.start ?? 0;
    const last = sourceOffset(mapped, hit.to - 1);
    const end = last === undefined ? mapped.end : last + 1;
    return { hit, span: { start, end }, text: textWithin(run, start, end), rest };
  }

  private startRow(
    hit: LabelHit,
    labelSpan: Span,
    labelText: string,
    glued: Field | null,
    mode: FieldMode,
    trailing: readonly Field[] | null,
  ): void {
    this.closeRow(trailing);
    this.closeOrphan(true);
    const label = hit.label;
    const index = this.labels.indexOf(label);
    this.lastIndex = Math.max(this.lastIndex, index);
    const bare = hit.quality === 'bare';
    const mayWait = mode === 'space' && !bare && index > this.furthest;
    if (!bare) this.furthest = Math.max(this.furthest, index);
    if (label.version) this.out.evidence.push({ version: label.version, span: labelSpan, label: labelText });
    if (hit.quality === 'fuzzy') {
      this.out.labels.push({
        span: labelSpan,
        found: labelText.replace(/\s+/g, ''),
        expected: label.display,
        kind: 'row',
      });
    }
    this.open = {
      label,
      labelSpan,
      labelText,
      values: [],
      extra: [],
      split: false,
      spaced: false,
      bare,
      mayWait,
      wrapped: false,
      below: false,
      gaps: glued || bare ? null : [],
    };
    if (glued) this.placeGlued(glued);
  }

  private placeGlued(glued: Field): void {
    const open = this.open;
    if (!open) return;
    const need = open.label.columns.length;
    if (need === 1) {
      open.values.push(glued);
      return;
    }
    const parts = splitDigitRun(glued.text, need, this.kind === 'table3');
    if (parts) {
      let at = glued.start;
      for (const part of parts) {
        open.values.push({ start: at, end: at + part.length, text: part });
        at += part.length;
      }
      open.split = true;
      return;
    }
    this.out.issues.push({
      code: 'ambiguous-digits',
      span: { start: glued.start, end: glued.end },
      table: this.kind,
      message: {
        zh: `"${glued.text}" 是连在一起的 ${need} 个数字，无法唯一拆分，请用分隔符隔开各单元格`,
        en: `"${glued.text}" runs ${need} numbers together and cannot be split uniquely; separate the cells`,
      },
    });
  }

  /**
   * Gives a line's value fields to the open row (trimming layout blanks), or to the orphan run (see
   * {@link PlacedLine}).
   */
  private place(values: Field[], lineHasValue: boolean, mode: FieldMode, line: PlacedLine): void {
    if (values.length === 0 || !lineHasValue) return;
    const open = this.open;
    if (!open) {
      this.orphan.push(...values.filter((v) => v.text !== ''));
      return;
    }
    if (!line.alone || mode !== 'space' || this.waiting.length > 0) open.gaps = null;
    if (this.waiting.length > 0) {
      // Values on a label's own line are that row's: the rows before it had none (blank cells).
      if (line.atLabel && open.values.length === 0) this.flushWaiting();
      else {
        open.values.push(...values.filter((v) => v.text !== '')); // sorted out when the row closes
        return;
      }
    }
    // pdftotext -layout wraps a number too wide for its column onto the lines above and below the row ("3" over
    // "1" for 31): values set in place on a line after the row's own values are digits of its cells, not its
    // missing cells.
    if (line.positional && !line.atLabel && open.values.length > 0) open.wrapped = true;
    if (open.values.length === 0 && !line.atLabel) open.below = true;
    const need = open.label.columns.length - open.values.length;
    if (need <= 0) {
      const filled = values.filter((v) => v.text !== '');
      // A few more values for a full row whose values do not add up: they are its values, one misplaced.
      if (filled.length < open.label.columns.length && this.misaligned(open.values)) {
        open.extra.push(...filled);
        return;
      }
      this.closeRow();
      const first = filled[0];
      if (line.alone && mode === 'space' && first && this.pageNumberAfter(open, first))
        this.pageNumber = first;
      this.orphan.push(...filled);
      return;
    }
    if (mode === 'space') open.spaced = true;
    if (values.length <= need) {
      open.values.push(...values); // the common case: nothing to trim, nothing extra
      return;
    }
    const taken = trimLayout(values, need);
    open.values.push(...taken.slice(0, need));
    open.extra.push(...taken.slice(need).filter((f) => f.text !== ''));
  }

  /**
   * True when a full 表三 row's values are known not to add up (every one a number, the six applicant columns
   * not summing to the total): with more values than columns, which value is misplaced is unknown.
   */
  private misaligned(values: readonly Field[]): boolean {
    const numbers = this.kind === 'table3' ? numbersOf(values) : null;
    return numbers !== null && !addsUp(numbers);
  }

  /**
   * True when `value`, alone on its line after the full 表三 row `open` of PDF text, can only be page furniture
   * (a bare page number, "3"), should the next row's label follow: a small whole number after a row whose
   * values all add up, while no other reading of the row (one of its values furniture, `value` its total)
   * adds up too. Then it is no cell of any row; otherwise it stays a value that belongs to no row.
   */
  private pageNumberAfter(open: OpenRow, value: Field): boolean {
    if (this.kind !== 'table3' || !open.spaced || open.split || !PAGE_NUMBER.test(value.text)) return false;
    const numbers = numbersOf(open.values);
    const total = numbers ? lastOf(numbers) : undefined;
    if (!numbers || total === undefined || !addsUp(numbers)) return false;
    const page = readNumber(value.text)?.value ?? 0;
    // Another reading: n furniture, the other six the applicants, `page` the total (they then sum to 2·total − n).
    return !numbers.some((n) => Math.abs(2 * total - n - page) < 1e-9);
  }

  /**
   * True for a 表三 row of PDF text (values separated by white space only) with fewer values than columns: its
   * blank cells vanished with the layout, so which column each value belongs to is unknown. The row is kept
   * (table-incomplete reports it) but out of every sum.
   */
  private short(open: OpenRow): boolean {
    return (
      this.kind === 'table3' && open.spaced && !open.split && open.values.length < open.label.columns.length
    );
  }

  /**
   * Reports a row's values beyond its columns: dropped, or (when misaligned) keeping the row out of sums; or
   * the values of a wrapped row, which is kept out of sums too.
   */
  private reportExtra(open: OpenRow, misaligned: boolean): void {
    const { extra, label } = open;
    const first = extra[0] ?? open.values[0];
    const last = lastOf(extra) ?? lastOf(open.values);
    if (!first || !last) return;
    const whole = misaligned || open.wrapped;
    this.out.issues.push({
      code: 'extra-cells',
      span: { start: whole ? (open.values[0]?.start ?? first.start) : first.start, end: last.end },
      table: this.kind,
      message: open.wrapped ? wrappedMessage(label.display) : extraMessage(label, extra.length, misaligned),
    });
  }

  /**
   * Closes the open row. A row of PDF text without values waits (pdftotext may give a column of labels, then
   * their values); the row after a run of such rows takes the run's values, which {@link pairWaiting} sorts out.
   * A label that comes back to an earlier place in the template does not wait: its values were given before.
   */
  private closeRow(trailing: readonly Field[] | null = null): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    if (open.gaps) this.fillBlankLines(open, trailing);
    if ((open.label.group || open.bare) && open.values.length === 0) return;
    if (open.mayWait && open.values.length === 0) this.waiting.push(open);
    else if (this.waiting.length > 0) this.pairWaiting(open);
    else {
      if (open.mayWait && open.below && open.values.length === open.label.columns.length)
        this.rowByRow = true;
      this.emitRow(open);
    }
  }

  /**
   * Sorts out the values that followed a run of value-less rows of PDF text and the row `last` after them (labels,
   * then values: pdftotext in column order): see {@link pairValues} (column-order.ts). Just `last`'s cells' worth
   * of values, in a text that gives other rows one by one, are `last`'s (the rows before it blank). Otherwise,
   * when which row each belongs to is unknown, no row takes any: they belong to no row.
   */
  private pairWaiting(last: OpenRow): void {
    const rows = this.waiting;
    this.waiting = [];
    rows.push(last);
    const own = this.rowByRow && last.values.length === last.label.columns.length;
    const values = own ? [] : last.values.splice(0);
    const labels = rows.map((row) => row.label);
    const paired = own ? null : pairValues(labels, values, this.kind === 'table3' ? fieldsAddUp : null);
    if (!paired) this.orphan.push(...values);
    rows.forEach((row, i) => {
      const cells = paired?.[i];
      if (cells) {
        row.values.push(...cells);
        row.spaced = true;
      }
      this.emitRow(row);
    });
  }

  /** Emits the waiting rows as they are, without values (their cells blank, or their values lost). */
  private flushWaiting(): void {
    for (const row of this.waiting) this.emitRow(row);
    this.waiting = [];
  }

  /** Adds the row read to the table. */
  private emitRow(open: OpenRow): void {
    const misaligned = open.extra.length > 0 && this.misaligned(open.values);
    if (open.extra.length > 0 || open.wrapped) this.reportExtra(open, misaligned);
    const unaligned = misaligned || open.wrapped || this.short(open);
    const cells: (Cell | undefined)[] = open.label.columns.map((column, i) => {
      const field = open.values[i];
      if (!field) return undefined;
      const cell = readCell(field, column);
      if (unaligned) return { ...cell, state: 'ambiguous' as const, value: null };
      return open.split ? { ...cell, notes: [...cell.notes, 'split' as const] } : cell;
    });
    const row: TableRow = {
      id: open.label.rowId,
      label: withoutWhiteSpace(open.labelText),
      labelSpan: open.labelSpan,
      cells,
    };
    this.out.rows.push(row);
    if (open.label.group && open.extra.length === 0 && open.values.every((v) => isBlankText(v.text))) {
      this.blankGroups.push(row);
    }
  }

  /**
   * Ends the orphan run; `atLabel`: at the next row's label, where a bare page number that makes the whole run
   * is dropped.
   */
  private closeOrphan(atLabel = false): void {
    const run = this.orphan;
    const pageNumber = atLabel && run.length === 1 && run[0] === this.pageNumber;
    if (run.length > 0 && !pageNumber) this.out.orphans.push(run);
    this.orphan = [];
    this.pageNumber = null;
  }
}

/** The message on values beyond a row's columns (`misaligned`: the row's values do not add up either). */
function extraMessage(label: RowLabel, extra: number, misaligned: boolean): Message {
  const count = label.columns.length + extra;
  return misaligned
    ? {
        zh: `"${label.display}" 行读到 ${count} 个数值，多于 ${label.columns.length} 列，且六类申请人之和与总计不符：无法确定各数值所属的列（混入了页码或页眉？），本行不参与核对`,
        en: `row "${label.display}" holds ${count} values for ${label.columns.length} columns and the six applicant columns do not sum to the total: which column each belongs to is unknown (a page number or header mixed in?), so the row is not checked`,
      }
    : {
        zh: `"${label.display}" 行多出 ${extra} 个单元格`,
        en: `${extra} extra cell(s) in row "${label.display}"`,
      };
}

/** The message on a row whose values go on over the next line of -layout text (digits wrapped in narrow columns). */
function wrappedMessage(display: string): Message {
  return {
    zh: `"${display}" 行的数值分在几行（窄列中的数字折行了？）：无法确定各数值所属的列，本行不参与核对`,
    en: `the values of row "${display}" stand on several lines (digits wrapped in a narrow column?): which column each belongs to is unknown, so the row is not checked`,
  };
}

/** How the line of values given to {@link RowAssembler.place} stands. */
interface PlacedLine {
  /** The line holds nothing else. */
  readonly alone: boolean;
  /** A row's label stands before the values on the line. */
  readonly atLabel: boolean;
  /** The values stand in place, set by white space as pdftotext -layout sets them (see {@link placedByLayout}). */
  readonly positional: boolean;
}

/**
 * True when the first value of a line stands two or more characters after the line's start or the text before
 * it: set in place under its column by pdftotext -layout, where raw PDF text puts one space, or none.
 */
function placedByLayout(fields: readonly Field[], kinds: readonly FieldKind[], lineStart: number): boolean {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (!field || kinds[i] === 'text' || field.text === '') continue;
    return field.start - (i > 0 ? (fields[i - 1]?.end ?? lineStart) : lineStart) >= 2;
  }
  return false;
}

/** A bare page number: one to three digits, ASCII or full-width, not starting with 0. */
const PAGE_NUMBER = /^[1-9１-９][0-9０-９]{0,2}$/;

/** The values as numbers, or null when one is no number. */
function numbersOf(values: readonly Field[]): number[] | null {
  const numbers: number[] = [];
  for (const v of values) {
    const n = readNumber(v.text)?.value;
    if (n === undefined || n === null) return null;
    numbers.push(n);
  }
  return numbers;
}

/** True when a 表三 row's values are all numbers that add up (see {@link addsUp}). */
function fieldsAddUp(values: readonly Field[]): boolean {
  const numbers = numbersOf(values);
  return numbers !== null && addsUp(numbers);
}

/** True when a 表三 row's numbers add up: the applicant columns sum to the last, the total. */
function addsUp(numbers: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i + 1 < numbers.length; i++) sum += numbers[i] ?? 0;
  const total = lastOf(numbers);
  return total !== undefined && Math.abs(total - sum) < 1e-9;
}

/**
 * Drops empty layout fields around a line's values when there are more fields than cells needed:
 * trailing ones first, then leading ones.
 */
function trimLayout(values: Field[], need: number): Field[] {
  const out = [...values];
  while (out.length > need && out[out.length - 1]?.text === '') out.pop();
  while (out.length > need && out[0]?.text === '') out.shift();
  return out;
}

/** The text of the fields between two offsets (words of a space-separated run joined without spaces). */
function textWithin(run: readonly Field[], start: number, end: number): string {
  const within = (f: Field) =>
    f.text.slice(Math.max(0, start - f.start), Math.max(0, Math.min(f.text.length, end - f.start)));
  return run.length === 1 && run[0] ? within(run[0]) : run.map(within).join('');
}

/** `text` without white space (most labels have none: returned as they are). */
function withoutWhiteSpace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) return text.replace(/\s+/g, '');
  }
  return text;
}
