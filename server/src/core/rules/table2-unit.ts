/** The unit of a 表二 amount column (采购总金额, 本年收费金额): read from its header, or from the cell itself. */
import type { Table, TableRow } from '../model.js';
import type { Table2BlockDef } from '../templates/schema.js';
import type { RuleContext } from './rule.js';
import { valueOf } from './util.js';

/** The amount column's unit, from its header (or its cell): none, or 元 where the form asks for 万元. */
export function checkAmountUnit(
  context: RuleContext,
  table: Table,
  row: TableRow,
  block: Table2BlockDef,
): void {
  const column = block.columns.find((c) => c.kind === 'amount');
  const cell = row.cells.find((c) => c?.columnId === column?.id);
  if (!column || !cell || !valueOf(cell)) return;
  const stem = column.label.replace(/[（(].*$/, '');
  const { text } = context;
  const at = text.indexOf(stem, table.span.start);
  if (at < 0 || at > cell.span.start) return;
  const after = text.slice(at + stem.length, at + stem.length + 24).replace(/[\s\u3000]/g, '');
  const unit = /^[（(]?(?:单位)?[:：]?(万元|元)/.exec(after)?.[1] ?? /(万元|元)$/.exec(cell.raw)?.[1];
  if (unit === '万元') return;
  const span = { start: at, end: at + stem.length };
  context.report({
    messageId: unit === '元' ? 'yuan' : 'noUnit',
    span,
    severity: 'info',
    data: { column: stem, value: cell.raw },
    related: [{ span: cell.span, message: { zh: `金额：${cell.raw}`, en: `amount: ${cell.raw}` } }],
  });
}
