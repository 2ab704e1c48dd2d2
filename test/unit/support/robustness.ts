/**
 * Property-based robustness checks of the engine (issue 5 §4), shared by `npm test` (a bounded run) and
 * `npm run fuzz` (a long one): on random text and on randomly damaged corpus reports, `lint()` never throws,
 * every range lies inside the document, every fix's edits are disjoint and inside it, fix-all is idempotent,
 * applying a fix changes nothing outside its edits, and re-running the rules on the parsed report
 * (`lintDocument`) gives the same findings.
 */
import fc from 'fast-check';
import {
  applyEdits,
  fixAll,
  lint,
  lintDocument,
  safeFixEdits,
  TEMPLATES,
  type Finding,
  type ReportDocument,
  type Span,
  type TextEdit,
} from '../../../server/src/core/index.js';
import { corpusReports } from './corpus.js';

/** A violated invariant, with the text that shows it. */
export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}

function checkSpan(text: string, span: Span, what: string): void {
  const ok =
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length;
  if (!ok) fail(`${what}: span [${span.start}, ${span.end}) outside the document (length ${text.length})`);
  if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
    fail(`${what}: span [${span.start}, ${span.end}) cuts a surrogate pair in half`);
  }
}

/** Edits inside the text, each well formed, pairwise disjoint (two insertions at one point are not). */
function checkEdits(text: string, edits: readonly TextEdit[], what: string): void {
  for (const edit of edits) checkSpan(text, edit, what);
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as TextEdit;
    const b = sorted[i] as TextEdit;
    if (b.start < a.end || (b.start === a.start && (a.start === a.end || b.start === b.end))) {
      fail(`${what}: edits [${a.start}, ${a.end}) and [${b.start}, ${b.end}) overlap`);
    }
  }
}

/** `text` with `edits` applied by hand, piece by piece: what applyEdits must produce for disjoint edits. */
function spliced(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function checkDocument(text: string, document: ReportDocument): void {
  if (document.text !== text) fail('document.text is not the linted text');
  const spans: [Span, string][] = [];
  if (document.title) spans.push([document.title.span, 'title']);
  for (const e of document.yearEvidence) spans.push([e.span, 'year evidence']);
  for (const e of document.versionEvidence) spans.push([e.span, 'version evidence']);
  for (const section of document.sections) {
    spans.push([section.span, `section ${section.number}`]);
    for (const h of [section.heading, ...section.subHeadings]) {
      spans.push([h.span, 'heading'], [h.titleSpan, 'heading title'], [h.ordinal.span, 'ordinal']);
      for (const m of h.markup) spans.push([m, 'heading markup']);
    }
  }
  for (const h of document.strayHeadings) spans.push([h.span, 'stray heading']);
  for (const table of document.tables) {
    spans.push([table.span, table.kind]);
    for (const label of table.labels) spans.push([label.span, `${table.kind} label`]);
    for (const row of table.rows) {
      spans.push([row.labelSpan, `${table.kind} row ${row.id}`]);
      for (const cell of row.cells)
        if (cell) spans.push([cell.span, `${table.kind} ${row.id} ${cell.columnId}`]);
    }
  }
  for (const issue of document.issues) spans.push([issue.span, `issue ${issue.code}`]);
  for (const [span, what] of spans) checkSpan(text, span, `document ${what}`);
}

/** Checks findings against `text`: spans, related spans and fix edits inside it, edits disjoint and local. */
export function checkFindings(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const what = `${finding.rule} at ${finding.span.start}`;
    checkSpan(text, finding.span, what);
    for (const related of finding.related) checkSpan(text, related.span, `${what}, related`);
    for (const fix of finding.fixes) {
      checkEdits(text, fix.edits, `${what}, fix "${fix.title.en}"`);
      if (applyEdits(text, fix.edits) !== spliced(text, fix.edits)) {
        fail(`${what}: applying fix "${fix.title.en}" changed text outside its edits`);
      }
    }
  }
}

/**
 * Every invariant for one text: lint() does not throw; the document and the findings stay inside the text;
 * fixes are disjoint, local, and fix-all applied twice equals fix-all applied once.
 */
export function checkInvariants(text: string): void {
  const { document, findings } = lint(text);
  checkDocument(text, document);
  checkFindings(text, findings);
  if (JSON.stringify(lintDocument(document)) !== JSON.stringify(findings)) {
    fail('lintDocument() on the parsed report disagrees with lint()');
  }
  const { edits } = safeFixEdits(findings);
  checkEdits(text, edits, 'fix-all edits of one pass');
  const once = fixAll(text);
  const twice = fixAll(once.text);
  if (twice.text !== once.text)
    fail(`fix-all is not idempotent: a second run applied ${twice.applied} fix(es)`);
}

/** Characters reports are made of, plus the ones that break parsers. */
const REPORT_CHARACTERS = [
  ...'一二三四五六七八九十、（）()．.。，；：“”第条项款表政府信息公开申请数量总计行政复议诉讼结果维持纠正其他',
  ...'0123456789０１２３４５６７８９-—/／%',
  ...'|\t \u3000\u00a0\n\r#*_<>&;',
  '𠀀', // a CJK Extension B character: a surrogate pair
  '\ud800', // a lone high surrogate
  '\udc00', // a lone low surrogate
  '\ufeff',
  '\u0000',
];

/** Random text from report characters, report words and markup fragments. */
export const reportishText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...REPORT_CHARACTERS) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '一、总体情况\n',
          '二、主动公开政府信息情况\n',
          '三、收到和处理政府信息公开申请情况\n',
          '四、政府信息公开行政复议、行政诉讼情况\n',
          '（七）总计',
          '本年新收政府信息公开申请数量',
          '第二十条第（一）项',
          '<td>',
          '</tr>',
          '&nbsp;',
          '| --- |',
          '2024年',
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 300, size: 'large' },
  )
  .map((parts) => parts.join(''));

/**
 * A report with a long run of one or two report characters (or words) in its prose and its tables: what makes a
 * pattern backtrack quadratically or worse (a run of dashes, digits, numerals or figures that ends in another
 * character). At 3,000–6,000 characters such a pattern takes seconds, so a regression shows as a stalled test.
 */
export const longRuns: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...REPORT_CHARACTERS),
        fc.constantFrom('1 件，', '2023 年', '行政复议', '<p', '<td', '&nbsp'),
      ),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
    fc.integer({ min: 3000, max: 6000 }),
    fc.constantFrom(...REPORT_CHARACTERS, '件', '。', ''),
  )
  .map(([unit, length, end]) => {
    const run = unit.join('').repeat(Math.ceil(length / unit.join('').length)) + end;
    return `二〇二四年政府信息公开工作年度报告\n一、总体情况\n${run}\n二、主动公开政府信息情况\n第二十条第（一）项\n${run}\n`;
  });

/** Every label of both templates: block, row and column labels and section titles. */
function templateLabels(): string[] {
  return Object.values(TEMPLATES).flatMap((t) => [
    ...t.table2.blocks.flatMap((b) => [
      b.label,
      ...b.columns.map((c) => c.label),
      ...b.rows.map((r) => r.label),
    ]),
    ...t.table3.rows.map((r) => r.ordinal + r.label),
    ...t.table3.columns.map((c) => c.label),
    ...t.table4.groups.map((g) => g.label),
  ]);
}

/** Table-like lines: a template label, then cells (numbers, blanks, junk) between one kind of separator. */
export const tableLines: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...templateLabels(), ''),
      fc.array(
        fc.constantFrom('0', '1', '12', '３', '1,234', '-', '/', '', '&nbsp;', '5件', 'x', '2.5', '007'),
        {
          maxLength: 9,
        },
      ),
      fc.constantFrom('\t', '|', ' ', '  ', '<td>', '\n'),
    ),
    { maxLength: 40, size: 'max' },
  )
  .map((lines) => lines.map(([label, cells, sep]) => [label, ...cells].join(sep)).join('\n'));

/** One way of damaging a report. Positions are fractions of the current length. */
type Mutation = (text: string) => string;

const at = (text: string, fraction: number) => Math.floor(fraction * text.length);
const lineAt = (lines: readonly string[], fraction: number) => Math.floor(fraction * lines.length);
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f): Mutation => (t) => {
    const lines = t.split('\n');
    lines.splice(lineAt(lines, f), 1);
    return lines.join('\n');
  }),
  fraction.map((f): Mutation => (t) => {
    const lines = t.split('\n');
    const i = lineAt(lines, f);
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  }),
  fc.tuple(fraction, fraction).map(([f, g]): Mutation => (t) => {
    const lines = t.split('\n');
    const i = lineAt(lines, f);
    const j = lineAt(lines, g);
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  }),
  fc.tuple(fraction, fraction, fraction).map(([f, g, h]): Mutation => (t) => {
    // swaps two cells of a table line (fields between tabs, pipes or spaces)
    const lines = t.split('\n');
    const i = lineAt(lines, f);
    const cells = (lines[i] ?? '').split(/(\t|\||\s+)/);
    const a = Math.floor(g * cells.length) & ~1;
    const b = Math.floor(h * cells.length) & ~1;
    [cells[a], cells[b]] = [cells[b] ?? '', cells[a] ?? ''];
    lines[i] = cells.join('');
    return lines.join('\n');
  }),
  fraction.map(
    (f): Mutation =>
      (t) =>
        t.slice(0, at(t, f)),
  ),
  fc.tuple(fraction, fc.string({ unit: 'binary', maxLength: 12 })).map(
    ([f, junk]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + junk + t.slice(at(t, f)),
  ),
  fc.tuple(fraction, fc.oneof(reportishText, tableLines)).map(
    ([f, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + s + t.slice(at(t, f)),
  ),
  fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.replace(/\r?\n/g, '\r')),
  fc.constant<Mutation>((t) => '\ufeff' + t),
  fc.constant<Mutation>((t) => t.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  fc.tuple(fraction, fc.constantFrom('𠀀', '𪚥', '\ud800', '\udfff', '𠮷𠮷')).map(
    ([f, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + s + t.slice(at(t, f)),
  ),
  fc
    .tuple(fraction, fc.constantFrom('9', '一', '|', '\t', '𠀀', '（', '0 '))
    .map(([f, unit]): Mutation => (t) => {
      // a line of 10,000 columns
      const i = at(t, f);
      return t.slice(0, i) + '\n' + unit.repeat(Math.ceil(10000 / unit.length)) + '\n' + t.slice(i);
    }),
  fc
    .tuple(
      fraction,
      fc.constantFrom('-3', '1.5', '99999999999999999999', '1,234', '/', '', '１２', '5件', 'NaN'),
    )
    .map(([f, value]): Mutation => (t) => {
      // replaces one number of the report
      const numbers = [...t.matchAll(/\d+/g)];
      const m = numbers[Math.floor(f * numbers.length)];
      return m?.index === undefined ? t : t.slice(0, m.index) + value + t.slice(m.index + m[0].length);
    }),
);

/** A corpus report damaged by up to `maxMutations` random mutations. */
export function damagedReport(maxMutations = 6): fc.Arbitrary<string> {
  const texts = corpusReports().map((r) => r.text);
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { maxLength: maxMutations }))
    .map(([text, mutations]) => mutations.reduce((t, m) => m(t), text));
}

/** The robustness properties with their inputs. */
export function robustnessProperties(): { name: string; property: fc.IPropertyWithHooks<[string]> }[] {
  return [
    { name: 'random report-like text', property: fc.property(reportishText, checkInvariants) },
    { name: 'random table lines', property: fc.property(tableLines, checkInvariants) },
    {
      name: 'random Unicode text',
      property: fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkInvariants),
    },
    { name: 'damaged corpus reports', property: fc.property(damagedReport(), checkInvariants) },
    { name: 'long runs of one or two characters', property: fc.property(longRuns, checkInvariants) },
  ];
}
