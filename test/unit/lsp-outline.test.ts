/** Outline, folding and hover from hand-made parsed reports (independent of the parser's heuristics). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  LineIndex,
  type Cell,
  type Heading,
  type OrdinalStyle,
  type ReportDocument,
  type Section,
  type SectionNumber,
  type Table,
} from '../../server/src/core/index.js';
import { foldingRanges } from '../../server/src/lsp/folding.js';
import { hoverAt } from '../../server/src/lsp/hover.js';
import { documentSymbols, outline, type OutlineNode } from '../../server/src/lsp/symbols.js';

const TEXT = [
  '某局 2021 年政府信息公开工作年度报告', // 0
  '一、总体情况', // 1
  '（一）主动公开', // 2
  '1、制度', // 3
  '2、平台', // 4
  '（二）依申请公开', // 5
  '正文。', // 6
  '二、主动公开政府信息情况', // 7
  '第二十条第（一）项', // 8
  '规章\t1\t0\t5', // 9
  '', // 10
  '四、政府信息公开行政复议、行政诉讼情况', // 11
  '3\t1\t0\t0\t5\t0\t/\t0\t0\t0\t0\t0\t0\t0\t0', // 12
  '',
].join('\n');

const lineStart = (n: number) => TEXT.split('\n').slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
const lineEnd = (n: number) => lineStart(n) + (TEXT.split('\n')[n]?.length ?? 0);

function heading(line: number, ordinal: string, style: OrdinalStyle, value: number): Heading {
  const start = lineStart(line);
  return {
    span: { start, end: lineEnd(line) },
    titleSpan: { start: start + ordinal.length, end: lineEnd(line) },
    title: TEXT.slice(start + ordinal.length, lineEnd(line)),
    ordinal: { value, style, span: { start, end: start + ordinal.length }, halfWidth: false },
    markdownLevel: 0,
    markup: [],
  };
}

function section(number: SectionNumber, line: number, endLine: number, subHeadings: Heading[] = []): Section {
  const h = heading(line, `${'一二三四五六'[number - 1]}、`, 'cn-dun', number);
  return {
    number,
    heading: h,
    canonicalTitle: h.title,
    titleDiffers: false,
    span: { start: h.span.start, end: lineStart(endLine) },
    subHeadings,
  };
}

/** The cells of a line, split at tabs, with the given column ids. */
function cells(line: number, ids: readonly string[], skip = 0): Cell[] {
  const parts = TEXT.split('\n')[line]?.split('\t') ?? [];
  let offset = lineStart(line);
  const out: Cell[] = [];
  parts.forEach((raw, i) => {
    if (i >= skip) {
      const id = ids[i - skip] as string;
      const number = /^\d+$/.test(raw);
      out.push({
        columnId: id,
        span: { start: offset, end: offset + raw.length },
        raw,
        state: number ? 'number' : 'blank',
        value: number ? Number(raw) : null,
        notes: [],
      });
    }
    offset += raw.length + 1;
  });
  return out;
}

const T4 = ['review', 'direct', 'after-review'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((p) => `${g}.${p}`),
);

const table2: Table = {
  kind: 'table2',
  span: { start: lineStart(8), end: lineEnd(9) },
  rows: [
    {
      id: 'rules',
      label: '规章',
      labelSpan: { start: lineStart(9), end: lineStart(9) + 2 },
      cells: cells(9, ['issued', 'repealed', 'in-force'], 1),
    },
  ],
  labels: [
    {
      kind: 'block',
      span: { start: lineStart(8), end: lineEnd(8) },
      found: '第二十条第（一）项',
      expected: '第二十条第（一）项',
    },
  ],
};
const table4: Table = {
  kind: 'table4',
  span: { start: lineStart(12), end: lineEnd(12) },
  rows: [
    { id: 'data', label: '', labelSpan: { start: lineStart(12), end: lineStart(12) }, cells: cells(12, T4) },
  ],
  labels: [],
};

const DOCUMENT: ReportDocument = {
  text: TEXT,
  title: { span: { start: 0, end: lineEnd(0) }, text: TEXT.split('\n')[0] as string, agency: '某局' },
  year: 2021,
  yearEvidence: [],
  template: '2021',
  versionEvidence: [],
  sections: [
    section(1, 1, 7, [
      heading(2, '（一）', 'cn-paren', 1),
      heading(3, '1、', 'num-dun', 1),
      heading(4, '2、', 'num-dun', 2),
      heading(5, '（二）', 'cn-paren', 2),
    ]),
    section(2, 7, 11),
    section(4, 11, 14),
  ],
  strayHeadings: [],
  tables: [table4, table2],
  issues: [],
};

const index = new LineIndex(TEXT);

function shape(nodes: readonly OutlineNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.name, shape(n.children)] : n.name));
}

test('title → sections → sub-headings nested by ordinal style, tables under their section', () => {
  assert.deepEqual(shape(outline(DOCUMENT, index)), [
    [
      '某局 2021 年政府信息公开工作年度报告',
      [
        ['一、总体情况', [['（一）主动公开', ['1、制度', '2、平台']], '（二）依申请公开']],
        ['二、主动公开政府信息情况', [['表二', ['第二十条第（一）项']]]],
        ['四、政府信息公开行政复议、行政诉讼情况', ['表四']],
      ],
    ],
  ]);
});

test('every symbol lies inside its parent, siblings do not overlap, the selection is inside the range', () => {
  const check = (nodes: readonly OutlineNode[], parent: { start: number; end: number }) => {
    nodes.forEach((n, i) => {
      assert.ok(parent.start <= n.span.start && n.span.end <= parent.end, n.name);
      assert.ok(n.span.start <= n.selection.start && n.selection.end <= n.span.end, n.name);
      const next = nodes[i + 1];
      if (next) assert.ok(n.span.end <= next.span.start, `${n.name} before ${next.name}`);
      check(n.children, n.span);
    });
  };
  check(outline(DOCUMENT, index), { start: 0, end: TEXT.length });
  const [title] = documentSymbols(DOCUMENT, index);
  const first = title?.children?.[0]?.children?.[0];
  assert.deepEqual(first?.range, { start: { line: 2, character: 0 }, end: { line: 5, character: 0 } });
  assert.deepEqual(first?.selectionRange, {
    start: { line: 2, character: 0 },
    end: { line: 2, character: 7 },
  });
});

test('without a title the sections are the roots; a missing section is not invented', () => {
  const names = outline({ ...DOCUMENT, title: null }, index).map((n) => n.name);
  assert.deepEqual(names, [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '四、政府信息公开行政复议、行政诉讼情况',
  ]);
});

test('folding: every multi-line section, sub-heading and table, ending on its last non-blank line', () => {
  assert.deepEqual(
    foldingRanges(DOCUMENT, index).map((r) => `${r.startLine}-${r.endLine}`),
    ['1-6', '2-4', '5-6', '7-9', '8-9', '8-9', '11-12'],
  );
});

test('hover on a 表四 group total: the four parts, their sum, and whether the printed total agrees', () => {
  const lines = TEXT.split('\n');
  const at = (line: number, nth: number) =>
    lineStart(line) + (lines[line] as string).split('\t').slice(0, nth).join('\t').length + (nth ? 1 : 0);
  const review = hoverAt(DOCUMENT, index, at(12, 4), 'zh');
  const value = (review?.contents as { value: string }).value;
  assert.match(value, /合计 4/);
  assert.match(value, /表中总计为 5/);
  assert.match(
    value,
    /行政复议·结果维持 3 \+ 行政复议·结果纠正 1 \+ 行政复议·其他结果 0 \+ 行政复议·尚未审结 0/,
  );
  assert.deepEqual(review?.range, { start: { line: 12, character: 8 }, end: { line: 12, character: 9 } });
  const direct = (hoverAt(DOCUMENT, index, at(12, 9), 'en')?.contents as { value: string }).value;
  assert.match(direct, /Sum 0.*matching the printed total.*blank or unreadable cells are not counted/s);
  assert.match(direct, /「\/」/);
  assert.equal(hoverAt(DOCUMENT, index, at(12, 0), 'zh'), null, 'a part is no total');
  assert.equal(hoverAt(DOCUMENT, index, at(9, 3), 'zh'), null, '表二 has no totals');
  assert.equal(hoverAt({ ...DOCUMENT, template: 'unknown' }, index, at(12, 4), 'zh'), null);
});
