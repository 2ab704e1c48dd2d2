/**
 * Parses a report's text into a {@link ReportDocument}: one pass over the logical lines that finds the
 * title, the section headings (by text, fuzzily), their sub-headings, and the three tables, whose lines are
 * handed to the table builders. Never throws; what it cannot read becomes a {@link ParseIssue}.
 */
import type {
  Heading,
  OrdinalStyle,
  ParseIssue,
  ReportDocument,
  Section,
  Span,
  Table,
  TableKind,
  TemplateId,
  VersionEvidence,
} from '../model.js';
import { TEMPLATES } from '../templates/index.js';
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { Template } from '../templates/schema.js';
import {
  mayBeSectionHeading,
  readBareSectionHeading,
  readHeading,
  readLooseSectionHeading,
  matchSection,
} from './headings.js';
import { fieldKind } from './cell.js';
import { splitFields, wrappedRowText, type Field } from './fields.js';
import { normalize } from './labels.js';
import {
  isBoxDrawing,
  isPageMarker,
  isRunningHeader,
  isSeparatorRow,
  LineReader,
  type Line,
} from './lines.js';
import { decideTemplate, findVersionMarkers, pickYear, readTitle, readYears } from './meta.js';
import {
  createTableBuilder,
  hasBlock,
  table4FromOrphan,
  type BuiltTable,
  type TableBuilder,
} from './tables.js';
import { contentStart, isWhiteSpace } from '../text/chars.js';

/** Options of {@link parseReport}. */
export interface ParseOptions {
  readonly template: TemplateId | 'auto';
}

const PRE_2019_TITLES = /收费及减免|申诉情况|不予公开政府信息的情况/;

/** Reads sections, headings and tables from `text`. Never throws. */
export function parseReport(text: string, options: ParseOptions): ReportDocument {
  const title = readTitle(text, Math.min(text.length, 3000));
  const yearEvidence = readYears(text, title);
  const year = pickYear(yearEvidence);
  const markers = findVersionMarkers(text);
  const looksPre2019 = PRE_2019_TITLES.test(text);
  const provisional = decideTemplate(options.template, markers, year, looksPre2019);
  const activeId: TemplateId = provisional === '2019' ? '2019' : '2021';
  const active = TEMPLATES[activeId];
  const other = TEMPLATES[activeId === '2019' ? '2021' : '2019'];

  let body = readBody(text, active, other, null);
  // No "一、" section at all, but headings that name the sections in order, numbered "（一）" "1." "1、" "（1）" or
  // not at all: the report numbers its sections so.
  const numbering = body.sections.length === 0 ? body.numberings.chosen() : null;
  if (numbering !== null) body = readBody(text, active, other, numbering);
  const versionEvidence = [...markers, ...body.evidence].sort((a, b) => a.span.start - b.span.start);
  const template =
    options.template !== 'auto' || provisional === 'pre-2019'
      ? provisional
      : decideTemplate('auto', versionEvidence, year, looksPre2019);
  return {
    text,
    title,
    year,
    yearEvidence,
    template,
    versionEvidence,
    sections: body.sections,
    strayHeadings: body.stray,
    tables: body.tables,
    issues: body.issues,
  };
}

interface Body {
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
type SectionNumbering = OrdinalStyle | 'none';

/** Per numbering, a count of headings each numbered as the section its title names, in order. */
class NumberingTally {
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
 * One pass over the lines (read one at a time: a long document's lines are never all held at once).
 * `numbering`: a heading so numbered ("（二）", "2.", or a title alone) opens a section too, when its title names
 * that section and it comes after the sections opened so far.
 */
function readBody(text: string, active: Template, other: Template, numbering: SectionNumbering | null): Body {
  const out: Body = {
    sections: [],
    stray: [],
    tables: [],
    issues: [],
    evidence: [],
    numberings: new NumberingTally(),
  };
  const open: OpenSection[] = [];
  const built: BuiltTable[] = [];
  let table: TableBuilder | null = null;
  const closeTable = () => {
    if (table) built.push(table.finish());
    table = null;
  };

  const lines = new LineReader(text);
  let lastEnd = 0;
  /** The highest section opened so far. */
  let lastOpened = 0;
  /** After a line that opens a list of attachments ("附件：1.…"), until a line that is no item of it. */
  let attachments = false;
  // The bordered lines since the last rule line: one table row, whose cells may wrap over them (null: none).
  let wrapped: Line[] | null = null;
  for (let line = lines.next(); line; line = lines.next()) {
    lastEnd = line.end;
    const start = contentStart(line.text);
    if (start === line.text.length || isPageMarker(line.text, start)) {
      wrapped = null;
      continue;
    }
    if (isSeparatorRow(line.text, start)) {
      wrapped = [];
      continue;
    }
    if (wrapped && wrapped.length < WRAPPED_ROW_LINES && isBordered(line.text, start)) wrapped.push(line);
    else wrapped = null;
    // Only a "一、" heading (or one numbered as `numbering`) can open a section; other headings are read once no
    // table takes the line. A loose ordinal ("二." "第二部分") opens one only with a section's title, and is never
    // a stray heading.
    let heading = numbering || mayBeSectionHeading(line.text, start) ? readHeading(line) : undefined;
    let opening = heading === null ? readLooseSectionHeading(line) : heading;
    const bare = opening === null && numbering === 'none';
    if (bare) opening = readBareSectionHeading(line);
    const numbered: SectionNumbering | undefined = bare ? 'none' : opening?.ordinal.style;
    const standard = numbered === 'cn-dun';
    if (opening && (standard || (numbered === numbering && !attachments)) && !isRowLike(line, opening)) {
      const match = matchSection(opening.title);
      // Numbered otherwise, a section's heading carries its number and comes after those before it.
      if (match && (standard || (match.number === opening.ordinal.value && match.number > lastOpened))) {
        closeTable();
        open.push({
          number: match.number,
          heading: opening,
          canonicalTitle: match.canonical,
          titleDiffers: match.distance > 0,
          subHeadings: [],
        });
        lastOpened = Math.max(lastOpened, match.number);
        attachments = false;
        continue;
      }
      // A heading numbered as the sections that continues them ("七、结语", "7.结语") is a stray section heading.
      if (
        opening === heading &&
        (standard || heading.ordinal.value > lastOpened) &&
        !table &&
        heading.title.length <= 40 &&
        !heading.title.includes('。')
      ) {
        // In a report whose sections are numbered otherwise, "一、" inside a section is a sub-heading.
        const section = standard && numbering ? open[open.length - 1] : undefined;
        if (section) section.subHeadings.push(heading);
        else out.stray.push(heading);
        continue;
      }
    }
    const rowAnchor = wrapped && wrapped.length > 1 ? wrappedAnchor(wrapped) : null;
    const anchor = tableAnchor(line.text) ?? rowAnchor;
    if (anchor && anchor !== table?.kind) {
      // A table whose anchor a wrapped row holds starts at the row's first line, when no table took it.
      const before = anchor === rowAnchor && !table ? (wrapped ?? []).slice(0, -1) : [];
      closeTable();
      table = createTableBuilder(anchor, active, other);
      attachments = false;
      for (const above of before) table.addLine(above);
    }
    if (table) {
      // A running page header of PDF text inside a table is skipped: its year is no value.
      if (isRunningHeader(line.text)) continue;
      if (table.addLine(line) || !isProse(line)) continue;
      closeTable();
    }
    if (heading === undefined) heading = readHeading(line);
    // The items of a list of attachments ("附件：1.…" "2.…") are no sub-headings.
    if (attachments && heading && heading.ordinal.style !== 'cn-dun') continue;
    attachments = heading === null && opensAttachments(line.text, start);
    if (!heading) {
      if (!numbering && open.length === 0) countBareSection(line, out.numberings);
      continue;
    }
    if (heading.ordinal.style === 'cn-dun') continue;
    const section = open[open.length - 1];
    if (section) section.subHeadings.push(heading);
    else if (!numbering) {
      const number = matchSection(heading.title)?.number;
      if (number === heading.ordinal.value) out.numberings.add(heading.ordinal.style, number);
    }
  }
  closeTable();

  for (let i = 0; i < open.length; i++) {
    const s = open[i];
    if (!s) continue;
    const end = open[i + 1]?.heading.span.start ?? lastEnd;
    // Spelled out: in Node 20 `{ ...s, span }` (a spread followed by a property) takes a slow path.
    const { number, heading, canonicalTitle, titleDiffers, subHeadings } = s;
    const span = { start: heading.span.start, end };
    out.sections.push({ number, heading, canonicalTitle, titleDiffers, subHeadings, span });
  }
  collectTables(built, active, out);
  if (!out.tables.some((t) => t.kind === 'table4')) {
    const section = out.sections.find((s) => s.number === 4);
    const table4 = section ? headerlessTable4(text, section.span, active) : null;
    if (table4) {
      out.tables.push(table4);
      out.tables.sort((a, b) => a.span.start - b.span.start);
    }
  }
  return out;
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

function collectTables(built: readonly BuiltTable[], active: Template, out: Body): void {
  const hasTable4 = built.some((b) => b.table.kind === 'table4' && b.table.rows.length > 0);
  let rescued = false;
  for (const b of built) {
    if (b.table.rows.length > 0 || b.table.kind === 'table4') out.tables.push(b.table);
    out.issues.push(...b.issues);
    out.evidence.push(...b.evidence);
    for (const orphan of b.orphans) {
      const table4 =
        !hasTable4 && !rescued && b.table.kind === 'table3' ? table4FromOrphan(orphan, active) : null;
      if (table4) {
        out.tables.push(table4);
        rescued = true;
        continue;
      }
      const first = orphan[0];
      const last = orphan[orphan.length - 1];
      if (!first || !last) continue;
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
  }
  out.tables.sort((a, b) => a.span.start - b.span.start);
}

/**
 * True when a line holds every character of at least one anchor below (normalising drops characters, never
 * adds them): most lines, prose included, hold none and skip the normalisation. One pass over the line.
 */
function mayHoldAnchor(text: string): boolean {
  if (!RAREST_ANCHOR_CHARACTER.test(text)) return false;
  let seen = 0;
  for (let i = 0; i < text.length; i++) seen |= ANCHOR_BITS[text.charCodeAt(i)] ?? 0;
  return ANCHOR_SETS.some((set) => (seen & set) === set);
}

/** One character of each anchor below, the least common: a line without any of them holds no anchor. */
const RAREST_ANCHOR_CHARACTER = /[条稽量议]/;
const ANCHOR_CHARACTERS = '条十第稽收申量复议';
/** By UTF-16 code unit: the bit of each anchor character, else 0. */
const ANCHOR_BITS = new Uint16Array(0x10000);
[...ANCHOR_CHARACTERS].forEach((c, i) => (ANCHOR_BITS[c.charCodeAt(0)] = 1 << i));
/** The characters each anchor needs, as bit sets: 第二十条 · 勾稽关系 · 本年新收…申请数量 · 行政复议. */
const ANCHOR_SETS = ['条十第', '稽', '收申量', '复议'].map((chars) =>
  [...chars].reduce((set, c) => set | (ANCHOR_BITS[c.charCodeAt(0)] ?? 0), 0),
);

/** Which table a line opens, by its anchor labels. */
function tableAnchor(text: string): TableKind | null {
  if (!mayHoldAnchor(text)) return null;
  const norm = normalize(text.includes('<') ? text.replace(/<[^<>]*>/g, '') : text);
  if (hasBlock(norm)) return 'table2';
  if (norm.includes('勾稽关系') || norm.includes('本年新收政府信息公开申请数量')) return 'table3';
  // 表四's header: "行政复议" first (after cell borders: "|", "｜", "│", "┃"…); alone on a short line, or followed
  // by the rest of the header.
  const header = norm.replace(/^[|｜\u2500-\u257f]+/, '');
  if (
    header.startsWith('行政复议') &&
    ((norm.length <= 60 && !/\d/.test(norm)) || header.includes('行政诉讼'))
  ) {
    return 'table4';
  }
  return null;
}

/** How many lines of one table row (after a rule line) are read together for an anchor the wrapping cut. */
const WRAPPED_ROW_LINES = 4;

/** Which table a row wrapped over `lines` (see {@link wrappedRowText}) opens, by its anchor labels. */
function wrappedAnchor(lines: readonly Line[]): TableKind | null {
  const row = wrappedRowText(lines);
  return row === null ? null : tableAnchor(row);
}

/** A line that starts with a cell border: "|" or a box-drawing bar. */
function isBordered(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  return code === 0x7c || isBoxDrawing(code);
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

/** A line of running text (not a short table fragment). */
function isProse(line: Line): boolean {
  let visible = 0;
  for (let i = 0; i < line.text.length && visible <= 50; i++)
    if (!isWhiteSpace(line.text.charCodeAt(i))) visible++;
  return visible > 50;
}
