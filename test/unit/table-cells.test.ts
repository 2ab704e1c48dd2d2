/**
 * Table cells as real reports write them: thousands separated by a full-width comma ("1，125", "３，２１０"), in
 * tab, pipe and space-separated (PDF) rows; and PDF page furniture between a row's values.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, parseReport, type ReportDocument } from '../../server/src/core/index.js';
import { splitFields } from '../../server/src/core/parse/fields.js';
import { isSeparatorRow } from '../../server/src/core/parse/lines.js';
import { corpusReports } from './support/corpus.js';
import { proseReport } from './support/prose-report.js';

/** A row's cells as numbers, or their state when they hold none (undefined: the cell is missing). */
function cellsOf(document: ReportDocument, rowId: string): (number | string | undefined)[] | undefined {
  const row = document.tables.flatMap((t) => t.rows).find((r) => r.id === rowId);
  return row?.cells.map((c) => (c?.state === 'number' ? (c.value ?? undefined) : c?.state));
}

/** How a plain-text table is drawn: its rules (left end, line, crossing, right end) and the bar between cells. */
interface Drawing {
  readonly top: string;
  readonly middle: string;
  /** The rule under the first row (pandoc's "+===+"), when it differs. */
  readonly header?: string;
  readonly bottom: string;
  readonly bar: string;
}

/** A pandoc grid table, and tables of box-drawing characters (light, heavy, double), as text converters draw them. */
const DRAWINGS: Readonly<Record<string, Drawing>> = {
  grid: { top: '+-++', middle: '+-++', header: '+=++', bottom: '+-++', bar: '|' },
  box: { top: '┌─┬┐', middle: '├─┼┤', bottom: '└─┴┘', bar: '│' },
  heavy: { top: '┏━┳┓', middle: '┣━╋┫', bottom: '┗━┻┛', bar: '┃' },
  double: { top: '╔═╦╗', middle: '╠═╬╣', bottom: '╚═╩╝', bar: '║' },
};

/**
 * Each run of tab-separated rows drawn as a table: a rule above, between and below its rows (audit S5 P3, P8).
 * `wrap`: the widest a cell's text may be, as pandoc wraps a grid table's text (numbers stay whole, their column
 * as wide as they are); the row's pieces go on lines of their own between its rules.
 */
function drawn(text: string, drawing: Drawing, wrap = Infinity): string {
  const rule = ([left = '', line = '', cross = '', right = '']: string, cells: string[]) =>
    left + cells.map((c) => line.repeat(Math.min(c.length, wrap) * 2 + 2)).join(cross) + right;
  const pieces = (cell: string) =>
    cell.length <= wrap || /^[\d,.]*$/.test(cell)
      ? [cell]
      : Array.from({ length: Math.ceil(cell.length / wrap) }, (_, i) => cell.slice(i * wrap, (i + 1) * wrap));
  const out: string[] = [];
  let rows = 0; // of the current table
  let last: string[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    if (cells.length > 1) {
      const above =
        rows === 0 ? drawing.top : rows === 1 ? (drawing.header ?? drawing.middle) : drawing.middle;
      out.push(rule(above, cells));
      const wrapped = cells.map(pieces);
      for (let i = 0; i < Math.max(...wrapped.map((p) => p.length)); i++)
        out.push(drawing.bar + wrapped.map((p) => ` ${p[i] ?? ''} `).join(drawing.bar) + drawing.bar);
      rows++;
      last = cells;
      continue;
    }
    if (rows > 0) out.push(rule(drawing.bottom, last));
    rows = 0;
    out.push(line);
  }
  return out.join('\n');
}

/** The report's tab-separated rows as Markdown pipe rows, as space-separated PDF text, or drawn (see {@link DRAWINGS}). */
const FORMS: Readonly<Record<string, (text: string) => string>> = {
  tab: (text) => text,
  pipe: (text) => text.replace(/^(.*\t.*)$/gm, (line) => `| ${line.split('\t').join(' | ')} |`),
  space: (text) => text.replace(/\t/g, ' '),
  ...Object.fromEntries(
    Object.entries(DRAWINGS).map(([name, d]) => [name, (text: string) => drawn(text, d)]),
  ),
};

const parse = (text: string) => parseReport(text, { template: 'auto' });

for (const [form, convert] of Object.entries(FORMS)) {
  test(`${form} rows: thousands separated by a full-width comma are one number`, () => {
    const text = convert(
      proseReport([], {
        rows: {
          '一、本年新收': ['1，125', 150, 0, 0, 50, 25, '1，350'],
          行政许可: ['３，２１０'],
        },
      }),
    );
    const document = parse(text);
    assert.deepEqual(cellsOf(document, 'new'), [1125, 150, 0, 0, 50, 25, 1350]);
    const row = document.tables.flatMap((t) => t.rows).find((r) => r.label === '行政许可');
    assert.equal(row?.cells[0]?.value, 3210);
    assert.deepEqual(row?.cells[0]?.notes, ['fullwidth', 'thousands']);
    assert.equal(text.slice(row?.cells[0]?.span.start, row?.cells[0]?.span.end), '３，２１０');
  });

  test(`${form} rows: a full-width comma that is no thousands separator does not join two numbers`, () => {
    for (const raw of ['1，2', '12，345，6', '1，2345', '1,234，567']) {
      const document = parse(convert(proseReport([], { rows: { '一、本年新收': [0, raw, 0, 0, 0, 0, 1] } })));
      const cells = cellsOf(document, 'new') ?? [];
      const joined = Number(raw.replace(/[,，]/g, ''));
      assert.ok(!cells.includes(joined), `${raw}: ${cells.join(' ')}`);
      if (form !== 'space') assert.equal(cells[1], 'invalid', raw);
    }
  });
}

/** The space-separated report with a 表三 row's values one per line and `insert` after its third value. */
function pdfRowWith(insert: string): string {
  const label = '1.本机关不掌握相关政府信息';
  const values = [8, 1, 0, 0, 1, 0, 10];
  const text = FORMS.space?.(proseReport([], { rows: { [label]: values } })) ?? '';
  const lines = [label, ...values.slice(0, 3), insert, ...values.slice(3)];
  return text.replace(`${label} ${values.join(' ')}`, lines.join('\n'));
}

/**
 * The tables' rows and cells (numbers, or the state of a cell holding none) and the findings, of `text`; with
 * `wrapped`, the errors only, without the row labels they quote (a wrapped label is quoted as its first line).
 */
function reading(text: string, wrapped = false): unknown {
  const { document, findings } = lint(text);
  return {
    tables: document.tables.map((t) => [
      t.kind,
      ...t.rows.map((r) => [r.id, ...r.cells.map((c) => c?.value ?? c?.state)]),
    ]),
    findings: findings
      .filter((f) => !wrapped || f.severity === 'error')
      .map((f) => `${f.rule} ${wrapped ? f.message.zh.replace(/「[^」]*」行/g, '「…」行') : f.message.zh}`),
  };
}

for (const [name, drawing] of Object.entries(DRAWINGS)) {
  test(`${name} tables: rules are no rows, bars separate cells — the same tables and findings as with tabs`, () => {
    const defects = proseReport([], {
      rows: { '一、本年新收': [3, 1, 0, 0, 0, 0, 5], 行政许可: ['1,207'] },
      table4: [2, 1, 0, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1],
    });
    const reports = corpusReports().filter((r) => r.text.includes('\t') && !/^00[02]/.test(r.name));
    for (const text of [defects, ...reports.map((r) => r.text)]) {
      assert.deepEqual(reading(drawn(text, drawing)), reading(text));
    }
    assert.match(JSON.stringify(reading(drawn(defects, drawing))), /table4-total/);
    // 表四 is read from its header (not only its values, in section 四).
    const text = drawn(defects, drawing);
    const table4 = lint(text).document.tables.find((t) => t.kind === 'table4');
    assert.match(text.slice(table4?.span.start, table4?.span.end), new RegExp(`^\\${drawing.bar} 行政复议`));
  });

  test(`${name} tables whose cells wrap over lines of their row: the same tables and errors`, () => {
    const defects = proseReport([], {
      rows: { '一、本年新收': [3, 1, 0, 0, 0, 0, 5] },
      table4: [2, 1, 0, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1],
    });
    const reports = corpusReports().filter((r) => r.text.includes('\t') && !/^00[02]/.test(r.name));
    for (const text of [defects, ...reports.map((r) => r.text)]) {
      // The anchors cut: "（本列数据的勾稽关" / "系为：…", "一、本年新收政府信" / "息公开申请数量", "行政" / "复议".
      for (const wrap of [12, 9]) {
        const form = drawn(text, drawing, wrap);
        assert.deepEqual(reading(form, true), reading(text, true), `${wrap}: ${form}`);
      }
    }
  });
}

test("rule lines are separator rows; a run of em dashes (a blank cell's mark) or a sum is not", () => {
  for (const rule of [
    '+----+----+',
    '  +====+====+',
    '+:---+---:+',
    '|---|:--:|',
    '\t---\t---',
    '├──┼──┤',
    '╠══╬══╣',
    '│    ├────┤',
    '┗━━┻━━┛',
  ]) {
    assert.ok(isSeparatorRow(rule), rule);
  }
  for (const line of [
    '———',
    '|—|—|',
    '— — —',
    '+',
    '1 + 2 = 3',
    '==',
    '+--+ 3',
    '│ 规章 │ 0 │',
    '│   │   │',
  ]) {
    assert.ok(!isSeparatorRow(line), line);
  }
});

test("box-drawing bars, crossings and rule segments separate cells; a lone line character is a cell's text", () => {
  const cells = (text: string) => splitFields({ start: 0, end: text.length, text }).map((f) => f.text);
  assert.deepEqual(cells('│ 行政许可 │ 4,872 │'), ['行政许可', '4,872']);
  assert.deepEqual(cells('┃ 规章 ┃ 0 ┃ 1 ┃'), ['规章', '0', '1']);
  assert.deepEqual(cells('║ 规章 ║  ║ 1 ║'), ['规章', '', '1']);
  // A merged label's text on the rule that crosses the other columns.
  assert.deepEqual(cells('│三、本年度办理结果├──────┼────┤'), ['三、本年度办理结果']);
  assert.deepEqual(cells('│ 规章 │ ─ │ 0 │ 3 │'), ['规章', '─', '0', '3']);
});

test('a running page header repeating the title inside a table is skipped, its year no value', () => {
  for (const header of [
    '某某区人民政府 2024 年政府信息公开工作年度报告',
    '某某区人民政府2024年度政府信息公开工作报告',
  ]) {
    const document = parse(pdfRowWith(header));
    assert.deepEqual(cellsOf(document, 'r4.1'), [8, 1, 0, 0, 1, 0, 10], header);
    assert.deepEqual(document.issues, []);
  }
  // Between two rows, too: no value that belongs to no row.
  const between = FORMS.space?.(proseReport([])).replace(
    '\n2.没有现成信息',
    '\n某某区人民政府 2024 年政府信息公开工作年度报告\n2.没有现成信息',
  );
  assert.deepEqual(parse(between ?? '').issues, []);
});

test('a bare page number among the values of a row: more values than columns, not adding up, keep the row out of sums', async () => {
  const { lint } = await import('../../server/src/core/index.js');
  const text = pdfRowWith('3');
  const { document, findings } = lint(text);
  assert.deepEqual(cellsOf(document, 'r4.1'), Array<string>(7).fill('ambiguous'));
  const [issue] = document.issues;
  assert.equal(issue?.code, 'extra-cells');
  assert.equal(text.slice(issue?.span.start, issue?.span.end), '8\n1\n0\n3\n0\n1\n0\n10');
  assert.match(issue?.message.zh ?? '', /行读到 8 个数值，多于 7 列.*本行不参与核对/);
  // No sum runs over the shifted values; the row is named once, as a warning.
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error').map((f) => f.rule),
    [],
  );
  assert.deepEqual(
    findings.map((f) => `${f.rule} ${f.severity}`),
    ['table-incomplete warning'],
  );
});

test('values beyond a row that adds up are extra cells or belong to no row, as before', () => {
  const label = '1.本机关不掌握相关政府信息';
  const text = FORMS.space?.(proseReport([], { rows: { [label]: [8, 1, 0, 0, 1, 0, 10] } })) ?? '';
  const extra = parse(text.replace(`${label} 8 1 0 0 1 0 10`, `${label} 8 1 0 0 1 0 10 3`));
  assert.deepEqual(cellsOf(extra, 'r4.1'), [8, 1, 0, 0, 1, 0, 10]);
  assert.deepEqual(
    extra.issues.map((i) => i.message.zh),
    ['"1.本机关不掌握相关政府信息" 行多出 1 个单元格'],
  );
  const after = parse(text.replace(`${label} 8 1 0 0 1 0 10`, `${label} 8 1 0 0 1 0 10\n3 4`));
  assert.deepEqual(cellsOf(after, 'r4.1'), [8, 1, 0, 0, 1, 0, 10]);
  assert.deepEqual(
    after.issues.map((i) => i.code),
    ['orphan-row'],
  );
});

/** `between` on lines of its own after 表三's row （四）1 (8 1 0 0 1 0 10), before the label of （四）2. */
function afterRow(between: string, form: 'space' | 'value per line' | 'tab' = 'space'): string {
  const label = '1.本机关不掌握相关政府信息';
  const values = [8, 1, 0, 0, 1, 0, 10];
  const tab = proseReport([], { rows: { [label]: values } });
  const text = form === 'tab' ? tab : (FORMS.space?.(tab) ?? '');
  const row = form === 'tab' ? [label, ...values].join('\t') : `${label} ${values.join(' ')}`;
  const lines = form === 'value per line' ? [label, ...values] : [row];
  return text.replace(row, [...lines, between].join('\n'));
}

test('a bare page number between two complete 表三 rows of PDF text is page furniture, no value', () => {
  const messages = (text: string) => lint(text).findings.map((f) => `${f.rule} ${f.message.zh}`);
  for (const form of ['space', 'value per line'] as const) {
    const without = messages(afterRow('', form));
    for (const page of ['3', '17', '- 3 -', '－３－', '—— 3 ——', '第３页', '３／９', '１５']) {
      const text = afterRow(page, form);
      const document = parse(text);
      assert.deepEqual(cellsOf(document, 'r4.1'), [8, 1, 0, 0, 1, 0, 10], `${form} ${page}`);
      assert.deepEqual(document.issues, [], `${form} ${page}`);
      assert.deepEqual(messages(text), without, `${form} ${page}`);
    }
  }
});

test('a lone number after a complete 表三 row stays a value of no row when it may be a cell, or is no page number', () => {
  const orphans = (text: string) =>
    parse(text)
      .issues.filter((i) => i.code === 'orphan-row')
      .map((i) => text.slice(i.span.start, i.span.end));
  // 12 = 2·10 − 8: "8" a page number and 12 the row's total would add up too; which is furniture is unknown.
  assert.deepEqual(orphans(afterRow('12', 'value per line')), ['12']);
  // Not a page number: a zero, a number of four digits or with a separator, two values, a value beside text.
  for (const value of ['0', '1234', '1,234', '3 4', '3 页眉']) {
    assert.deepEqual(
      orphans(afterRow(value)),
      [value.split(' ')[0] === '3' && value !== '3 4' ? '3' : value],
      value,
    );
  }
  // Values following it: they and it make a run of values that belong to no row.
  assert.deepEqual(orphans(afterRow('3\n5 6')), ['3\n5 6']);
  // Not PDF text: a tab-separated table has no pages.
  assert.deepEqual(orphans(afterRow('3', 'tab')), ['3']);
  // At the end of 表三 (no row label follows), as before.
  const end =
    FORMS.space?.(proseReport([])).replace('\n四、政府信息公开行政复议', '\n3\n四、政府信息公开行政复议') ??
    '';
  assert.deepEqual(orphans(end), ['3']);
});

test('a PDF row whose blank cells vanished is incomplete and out of every sum; a tab row keeps its columns', () => {
  // 45 6 2 1 54: two blank applicant cells lost with the layout; which column each value is in is unknown.
  const values = [45, 6, 0, 2, 0, 1, 54];
  const tab = proseReport([], {
    rows: { '一、本年新收': values, '（一）予以公开': values, '（七）总计': values },
  });
  const space = (FORMS.space?.(tab) ?? '').replace(
    '一、本年新收政府信息公开申请数量 45 6 0 2 0 1 54',
    '一、本年新收政府信息公开申请数量 45 6 2 1 54',
  );
  const findings = lint(space).findings;
  assert.deepEqual(cellsOf(parse(space), 'new'), [
    'ambiguous',
    'ambiguous',
    'ambiguous',
    'ambiguous',
    'ambiguous',
    undefined,
    undefined,
  ]);
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message.zh}`),
    ['table-incomplete 「一、本年新收政府信息公开申请数量」行应有 7 个数值，只读到 5 个'],
  );
  assert.deepEqual(
    lint(tab).findings.filter((f) => f.severity === 'error'),
    [],
  );
  // With its blanks kept by the tabs, the same short row is read column by column, as before.
  const short = tab.replace(
    '一、本年新收政府信息公开申请数量\t45\t6\t0\t2\t0\t1\t54',
    '一、本年新收政府信息公开申请数量\t45\t6\t0\t2\t0',
  );
  assert.deepEqual(cellsOf(parse(short), 'new'), [45, 6, 0, 2, 0, undefined, undefined]);
});

test('many short rows in one table make one table-incomplete finding, each row a related place', () => {
  // A township's PDF text: its blank 科研机构 column printed nothing, so every 表三 row lost a value.
  const values = [3, 0, 0, 0, 0, 0, 3];
  const rows = [
    '一、本年新收',
    '（一）予以公开',
    '（七）总计',
    '（二）部分公开',
    '1.属于国家秘密',
    '2.重复申请',
  ];
  const tab = proseReport([], { rows: Object.fromEntries(rows.map((r) => [r, values])) });
  const lose = (text: string, count: number) => {
    let lost = 0;
    return (FORMS.space?.(text) ?? '').replace(/^(.*?) 3 0 0 0 0 0 3$/gm, (line, label: string) =>
      lost++ < count ? `${label} 3 0 0 0 0 3` : line,
    );
  };
  const shortRows = (text: string) =>
    lint(text).findings.filter((f) => f.rule === 'table-incomplete' && f.severity === 'error');
  const many = shortRows(lose(tab, 6));
  assert.equal(many.length, 1, many.map((f) => f.message.zh).join('\n'));
  assert.match(many[0]?.message.zh ?? '', /^表三有 6 行数值不全/);
  assert.equal(many[0]?.related.length, 6);
  // A few short rows are reported one by one, each at its row.
  const few = shortRows(lose(tab, 2));
  assert.deepEqual(
    few.map((f) => f.message.zh.replace(/」.*/, '」')),
    ['「一、本年新收政府信息公开申请数量」', '「（一）予以公开」'],
  );
});

/**
 * The skeleton's 表三 with its labels in three columns, as Excel or Word without vertical merges builds it: a
 * group label ("三、本年度办理结果", "（三）不予公开") on a row of its own whose cells hold `fill`, each row under
 * it indented by a blank cell per level.
 */
function groupRowsOnOwnRows(fill: string, form: 'tab' | 'pipe' = 'tab'): string {
  const lines = proseReport([]).split('\n');
  const first = lines.indexOf('三、本年度办理结果');
  const last = lines.findIndex((l) => l.startsWith('（七）总计'));
  for (let i = first; i <= last; i++) {
    const line = lines[i] ?? '';
    const group = !line.includes('\t');
    const depth = i === first ? 0 : /^\d/.test(line) ? 2 : 1;
    const label = line.split('\t')[0] ?? '';
    const cells = group ? Array<string>(7).fill(fill) : line.split('\t').slice(1);
    lines[i] = [...Array<string>(depth).fill(''), label, ...Array<string>(2 - depth).fill(''), ...cells].join(
      '\t',
    );
  }
  const text = lines.join('\n');
  return form === 'tab' ? text : (FORMS.pipe?.(text) ?? '');
}

test('a group label on a row of its own with blank cells is no row: nothing reported, its rows read', () => {
  for (const form of ['tab', 'pipe'] as const) {
    for (const fill of ['', '—', '/', '-', '&nbsp;']) {
      const text = groupRowsOnOwnRows(fill, form);
      const { document, findings } = lint(text);
      const where = `${form} "${fill}"`;
      assert.deepEqual(
        findings.map((f) => `${f.rule} ${f.message.zh}`),
        [],
        where,
      );
      const ids = document.tables.flatMap((t) => t.rows).map((r) => r.id);
      for (const group of ['results', 'r3', 'r4', 'r5', 'r6'])
        assert.ok(!ids.includes(group), `${where} ${group}`);
      assert.deepEqual(cellsOf(document, 'r3.1'), [0, 0, 0, 0, 0, 0, 0], where);
    }
  }
});

test('a group row holding a number keeps it; a blank group row that stands for its missing rows is kept', () => {
  // A number typed into the merged 总计 cell of （三）: the row and its value stay, as before, and the blanks
  // beside the number are reported.
  const typed = groupRowsOnOwnRows('').replace(
    `（三）不予公开${'\t'.repeat(8)}`,
    `（三）不予公开${'\t'.repeat(8)}3`,
  );
  const document = parse(typed);
  assert.deepEqual(cellsOf(document, 'r3'), ['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 3]);
  assert.equal(lint(typed).findings.filter((f) => f.rule === 'blank-cell').length, 6);
  const full = groupRowsOnOwnRows('').replace(
    '（三）不予公开\t\t\t\t\t\t\t\t',
    '（三）不予公开\t\t1\t0\t0\t0\t0\t0\t1',
  );
  assert.deepEqual(cellsOf(parse(full), 'r3'), [1, 0, 0, 0, 0, 0, 1]);
  // （六） alone on the 2021 form (its three rows left out), its cells "—": it stands for them, as before,
  // rather than three missing rows.
  const lone = proseReport([])
    .replace('（六）其他处理\n', '（六）其他处理\t—\t—\t—\t—\t—\t—\t—\n')
    .replace(/\n[123]\.申请人[^\n]*|\n3\.其他\t[^\n]*/g, '');
  const findings = lint(lone).findings;
  assert.deepEqual(cellsOf(parse(lone), 'r6'), Array<string>(7).fill('blank'));
  assert.equal(findings.filter((f) => f.rule === 'blank-cell').length, 7);
  assert.deepEqual(
    findings.filter((f) => f.rule === 'table-incomplete'),
    [],
  );
});
