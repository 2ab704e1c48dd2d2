/** The checks behind table2-plausibility, one 表二 row at a time. Which apply follows from the row's columns. */
import { num } from '../i18n.js';
import type { Cell, Related, TableRow } from '../model.js';
import type { Template } from '../templates/schema.js';
import type { RuleContext } from './rule.js';
import { cellName, rowLabel, table2Block, valueOf } from './util.js';

/** Column pairs that are often equal by nature (everything made this year was also published). */
const NATURAL_PAIRS = new Set(['made|published']);
const MIN_DUPLICATE = 10;

/** In-force and total counts, item counts and repeated values of one row. */
export function checkRow(context: RuleContext, template: Template, row: TableRow): void {
  const cell = (id: string) => row.cells.find((c) => c?.columnId === id);
  const v = (id: string) => valueOf(cell(id));
  const related = (...ids: string[]): Related[] =>
    ids.flatMap((id) => {
      const c = cell(id);
      if (!c) return [];
      const name = cellName(template, 'table2', row, c);
      return [{ span: c.span, message: { zh: `${name.zh}：${c.raw}`, en: `${name.en}: ${c.raw}` } }];
    });
  const report = (messageId: string, at: Cell | undefined, data: Record<string, number>, rel: Related[]) => {
    if (!at) return;
    const info = messageId === 'thirdColumn' || messageId === 'duplicate';
    const shown = Object.fromEntries(Object.entries(data).map(([k, n]) => [k, num(n)]));
    context.report({
      messageId,
      span: at.span,
      data: { row: rowLabel(template, 'table2', row.id) ?? row.label, ...shown },
      related: rel,
      ...(info ? { severity: 'info' as const } : {}),
    });
  };
  const [issued, repealed, inForce, published] = ['issued', 'repealed', 'in-force', 'published'].map(v);
  if (issued != null && repealed != null && inForce != null && inForce < issued - repealed) {
    const data = { issued, repealed, inForce, expected: issued - repealed };
    report('inForceLow', cell('in-force'), data, related('issued', 'repealed'));
  }
  if (published != null && inForce != null && inForce < published) {
    report('totalLow', cell('in-force'), { total: inForce, published }, related('published'));
  }
  const [previous, change, decisions] = ['previous', 'change', 'decisions'].map(v);
  let misfilled = false;
  if (previous != null && change != null) {
    if (decisions != null && decisions !== 0 && decisions === previous + change) {
      report(
        'thirdColumn',
        cell('decisions'),
        { decisions, previous, change },
        related('previous', 'change'),
      );
      misfilled = true;
    }
    if (previous + change < 0) {
      report(
        'negativeItems',
        cell('change'),
        { previous, change, sum: previous + change },
        related('previous'),
      );
    }
  }
  if (!misfilled) checkDuplicates(context, template, row);
}

/**
 * Two equal count columns of one row: reported once, on the later cell. Values below 10 are left alone: equal
 * one-digit counts are as often a coincidence as a copy error.
 */
function checkDuplicates(context: RuleContext, template: Template, row: TableRow): void {
  const cells = row.cells.filter(
    (c): c is Cell => c !== undefined && c.state === 'number' && (c.value ?? 0) >= MIN_DUPLICATE,
  );
  const block = table2Block(template, row.id);
  const counted = cells.filter((c) => block?.columns.find((col) => col.id === c.columnId)?.kind !== 'amount');
  for (const [i, first] of counted.entries()) {
    const second = counted.slice(i + 1).find((c) => c.value === first.value);
    if (!second || NATURAL_PAIRS.has(`${first.columnId}|${second.columnId}`)) continue;
    const label = (c: Cell) => block?.columns.find((col) => col.id === c.columnId)?.label ?? c.columnId;
    const firstName = cellName(template, 'table2', row, first);
    context.report({
      messageId: 'duplicate',
      span: second.span,
      severity: 'info',
      data: {
        row: rowLabel(template, 'table2', row.id) ?? row.label,
        first: label(first),
        second: label(second),
        value: second.raw,
      },
      related: [
        {
          span: first.span,
          message: { zh: `${firstName.zh}：${first.raw}`, en: `${firstName.en}: ${first.raw}` },
        },
      ],
    });
    return;
  }
}
