/**
 * Table cells as real reports write them: thousands separated by a full-width comma ("1，125", "３，２１０"), in
 * tab, pipe and space-separated (PDF) rows; and PDF page furniture between a row's values.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport, type ReportDocument } from '../../server/src/core/index.js';
import { proseReport } from './support/prose-report.js';

/** A row's cells as numbers, or their state when they hold none (undefined: the cell is missing). */
function cellsOf(document: ReportDocument, rowId: string): (number | string | undefined)[] | undefined {
  const row = document.tables.flatMap((t) => t.rows).find((r) => r.id === rowId);
  return row?.cells.map((c) => (c?.state === 'number' ? (c.value ?? undefined) : c?.state));
}

/** The report's tab-separated rows as Markdown pipe rows, or as space-separated PDF text. */
const FORMS: Readonly<Record<string, (text: string) => string>> = {
  tab: (text) => text,
  pipe: (text) => text.replace(/^(.*\t.*)$/gm, (line) => `| ${line.split('\t').join(' | ')} |`),
  space: (text) => text.replace(/\t/g, ' '),
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
