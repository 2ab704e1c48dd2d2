/** The table values a claim may mean: every accepted reading of SPEC §6, each with the cells it sums. */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { Cell, Message, ReportDocument } from '../model.js';
import type { Template } from '../templates/schema.js';
import { cellName, findRow, findTable, rowLabel, sumOf } from '../rules/util.js';
import { LOOSE_HANDLING, type Target } from './families.js';
import type { Claim, Table4Group } from './claims.js';

/** A cell with its name for messages. */
export interface NamedCell {
  readonly cell: Cell;
  readonly name: Message;
}

/** One accepted reading: its label, its value (null when a cell is missing or blank) and its cells. */
export interface Reading {
  readonly label: Message;
  readonly value: number | null;
  readonly cells: readonly NamedCell[];
}

const T4_GROUPS = {
  review: ['review'],
  litigation: ['direct', 'after-review'],
  direct: ['direct'],
  'after-review': ['after-review'],
} as const;

/** 表三's application totals: 一 (new), 一 + 二 (both) and 三（七） (done). */
export interface ApplicationTotals {
  readonly fresh: Reading;
  readonly both: Reading;
  readonly done: Reading;
}

/** What is known of a document's tables under a template: readings by kind of claim, and the totals. */
interface Known {
  readonly readings: Map<string, readonly Reading[]>;
  totals: ApplicationTotals | null;
}

const memo = new WeakMap<ReportDocument, Map<Template, Known>>();

/** The memo of `document` under `template`. */
function knownOf(document: ReportDocument, template: Template): Known {
  let byTemplate = memo.get(document);
  if (!byTemplate) memo.set(document, (byTemplate = new Map()));
  let known = byTemplate.get(template);
  if (!known) byTemplate.set(template, (known = { readings: new Map(), totals: null }));
  return known;
}

/** The readings of a claim against `document`'s tables (computed once per document for each kind of claim). */
export function readingsOf(claim: Claim, document: ReportDocument, template: Template): readonly Reading[] {
  const { target } = claim.family;
  const group = claim.group ?? 'review';
  const loose = target === 'handled' && LOOSE_HANDLING.test(claim.figure.lead);
  const key = `${target} ${group} ${loose}`;
  const { readings } = knownOf(document, template);
  let found = readings.get(key);
  if (!found) readings.set(key, (found = readingsFor(target, group, loose, document, template)));
  return found;
}

/** The readings of a claim of `target` (`group`: of 表四 parts; `loose`: 办理 may count all applications). */
function readingsFor(
  target: Target,
  group: Table4Group,
  loose: boolean,
  document: ReportDocument,
  template: Template,
): Reading[] {
  const t3 = (ids: readonly string[], zh: string, en: string) =>
    table3Sum(document, template, ids, { zh, en });
  const children = (parent: string) =>
    template.table3.rows.filter((r) => r.parent === parent).map((r) => r.id);
  const row = (id: string) => `「${rowLabel(template, 'table3', id) ?? id}」`;
  switch (target) {
    case 'new':
    case 'received':
    case 'handled': {
      const { fresh, both, done } = applicationTotals(document, template);
      if (target === 'new') return [fresh];
      if (target === 'received') return [fresh, both];
      return loose ? [done, fresh, both] : [done];
    }
    case 'carried':
      return [t3(['carried'], `表三${row('carried')}总计`, 'table 3 row 二 total')];
    case 'carryover':
      return [t3(['carryover'], `表三${row('carryover')}总计`, 'table 3 row 四 total')];
    case 'r1':
    case 'r2':
      return [t3([target], `表三${row(target)}总计`, `table 3 row ${target} total`)];
    case 'r1+r2':
      return [t3(['r1', 'r2'], '表三（一）+（二）总计', 'table 3 rows (1) + (2) total')];
    case 'r3':
    case 'r4':
    case 'r5':
    case 'r6': {
      const single = findRow(findTable(document, 'table3'), target);
      const ids = single && single.cells.some((c) => c?.state === 'number') ? [target] : children(target);
      const label = template.table3.rows.find((r) => r.id === target);
      return [
        t3(
          ids,
          `表三「${label?.ordinal ?? ''}${label?.label ?? ''}」各项总计之和`,
          `table 3 ${target} total`,
        ),
      ];
    }
    case 'review':
    case 'litigation':
      // A lawsuit group named in the clause ("直接起诉 2 件") narrows 诉讼 to it.
      return [table4Sum(document, template, T4_GROUPS[lawsuit(target, group)], 'total')];
    case 'upheld':
    case 'corrected':
    case 'other':
    case 'pending':
      return [table4Sum(document, template, T4_GROUPS[group], target)];
    case 'issued':
    case 'repealed':
    case 'in-force':
      return [table2Cell(document, template, target)];
  }
}

/** The 表四 group of a 复议 / 诉讼 total: 诉讼 may be narrowed to one lawsuit group. */
function lawsuit(target: 'review' | 'litigation', group: Table4Group): Table4Group {
  return target === 'litigation' && (group === 'direct' || group === 'after-review') ? group : target;
}

/** 表三's application totals, the bases of shares (computed once per document). */
export function applicationTotals(document: ReportDocument, template: Template): ApplicationTotals {
  const known = knownOf(document, template);
  return (known.totals ??= totalsOf(document, template));
}

function totalsOf(document: ReportDocument, template: Template): ApplicationTotals {
  const row = (id: string) => `「${rowLabel(template, 'table3', id) ?? id}」`;
  return {
    fresh: table3Sum(document, template, ['new'], {
      zh: `表三${row('new')}总计`,
      en: 'table 3 row 一 total',
    }),
    both: table3Sum(document, template, ['new', 'carried'], {
      zh: '表三 一 + 二 总计',
      en: 'table 3 rows 一 + 二 total',
    }),
    done: table3Sum(document, template, ['total'], {
      zh: `表三${row('total')}总计`,
      en: 'table 3 row 三（七） total',
    }),
  };
}

function reading(label: Message, cells: readonly (NamedCell | undefined)[]): Reading {
  const named = cells.filter((c): c is NamedCell => c !== undefined);
  const value = named.length === cells.length && named.length > 0 ? sumOf(named.map((c) => c.cell)) : null;
  return { label, value, cells: named };
}

function table3Sum(
  document: ReportDocument,
  template: Template,
  ids: readonly string[],
  label: Message,
): Reading {
  const table = findTable(document, 'table3');
  return reading(
    label,
    ids.map((id) => {
      const row = findRow(table, id);
      const cell = row?.cells.find((c) => c?.columnId === 'total');
      return row && cell ? { cell, name: cellName(template, 'table3', row, cell) } : undefined;
    }),
  );
}

function table4Sum(
  document: ReportDocument,
  template: Template,
  groups: readonly string[],
  part: string,
): Reading {
  const row = findTable(document, 'table4')?.rows[0];
  const cells = groups.map((g) => {
    const cell = row?.cells.find((c) => c?.columnId === `${g}.${part}`);
    return row && cell ? { cell, name: cellName(template, 'table4', row, cell) } : undefined;
  });
  const names = cells.map((c) => c?.name ?? { zh: '', en: '' });
  return reading({ zh: names.map((n) => n.zh).join(' + '), en: names.map((n) => n.en).join(' + ') }, cells);
}

function table2Cell(document: ReportDocument, template: Template, column: string): Reading {
  const row = findRow(findTable(document, 'table2'), 'normative');
  const cell = row?.cells.find((c) => c?.columnId === column);
  const named = row && cell ? { cell, name: cellName(template, 'table2', row, cell) } : undefined;
  return reading(named?.name ?? TABLE_SHORT_NAME.table2, [named]);
}
