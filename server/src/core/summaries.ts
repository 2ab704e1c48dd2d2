/** One line per table summarising its checks, e.g. for a code lens: "表三：勾稽关系成立 · 2 处合计不符". */
import { TABLE_SHORT_NAME } from './templates/table-names.js';
import type { Finding, LintResult, Message, Span, Table, TableKind } from './model.js';
import { findRow, valueOf } from './rules/util.js';

/** The summary of one table of a report. */
export interface TableSummary {
  readonly kind: TableKind;
  /** The table's span (a code lens goes on its first line). */
  readonly span: Span;
  readonly text: Message;
  /** The first finding the summary counts (in document order), e.g. for a code lens to reveal; none if none. */
  readonly firstProblem?: Finding;
}

/** Counted finding groups: which rules, and how a count reads (English: singular, plural). */
const COUNTS: readonly {
  rules: readonly string[];
  zh: string;
  en: readonly [string, string];
  byRelated?: boolean;
}[] = [
  {
    rules: ['table3-result-total', 'table3-row-total', 'table4-total'],
    zh: '{n} 处合计不符',
    en: ['{n} total off', '{n} totals off'],
  },
  {
    rules: ['table-incomplete'],
    zh: '缺行或缺列',
    en: ['rows or columns missing', 'rows or columns missing'],
  },
  { rules: ['blank-cell'], zh: '{n} 个空白单元格', en: ['{n} blank cell', '{n} blank cells'] },
  { rules: ['cell-value'], zh: '{n} 个数值问题', en: ['{n} unreadable value', '{n} unreadable values'] },
  {
    rules: ['table-label'],
    zh: '{n} 处标签与模板不符',
    en: ['{n} label differs from the form', '{n} labels differ from the form'],
  },
  {
    rules: ['table2-plausibility'],
    zh: '{n} 条合理性提示',
    en: ['{n} plausibility note', '{n} plausibility notes'],
  },
  {
    rules: ['cross-year'],
    zh: '{n} 处与上年报告不符',
    en: ["{n} difference from last year's report", "{n} differences from last year's report"],
  },
  {
    rules: ['text-table-mismatch', 'text-zero-claim'],
    zh: '正文 {n} 处与本表不符',
    en: ['{n} statement in the text disagrees', '{n} statements in the text disagree'],
    byRelated: true,
  },
];

/** The index of each counted group in {@link COUNTS}, by rule. */
const GROUP_OF_RULE = new Map(COUNTS.flatMap((group, g) => group.rules.map((rule) => [rule, g] as const)));

/** What one table's summary counts: findings per group of {@link COUNTS}, balance failures, the first of them. */
interface Tally {
  readonly counts: number[];
  balanceFailures: number;
  /** Index in the findings of the first counted one (-1: none). */
  first: number;
}

/**
 * A summary for every table `result.document` holds, in document order. One pass over the findings, each
 * placed in its table by a binary search (a long document has hundreds of tables and thousands of findings).
 */
export function tableSummaries(result: LintResult): TableSummary[] {
  const { tables } = result.document;
  const tallies: Tally[] = tables.map(() => ({ counts: COUNTS.map(() => 0), balanceFailures: 0, first: -1 }));
  const counted = (t: number, i: number): Tally | undefined => {
    const tally = tallies[t];
    if (tally && tally.first < 0) tally.first = i;
    return tally;
  };
  result.findings.forEach((finding, i) => {
    if (finding.rule === 'table3-balance') {
      const tally = counted(tableHolding(tables, finding.span), i);
      if (tally) tally.balanceFailures++;
      return;
    }
    const g = GROUP_OF_RULE.get(finding.rule);
    if (g === undefined) return;
    // A statement in the text counts for each table it cites (once per table), a finding in a table for it.
    const places = COUNTS[g]?.byRelated
      ? new Set(finding.related.map((r) => tableHolding(tables, r.span)))
      : [tableHolding(tables, finding.span)];
    for (const t of places) {
      const tally = counted(t, i);
      if (tally) tally.counts[g] = (tally.counts[g] ?? 0) + 1;
    }
  });
  return tables.map((table, t) => {
    const tally = tallies[t] as Tally;
    const parts: Message[] = [];
    const balance = balanceOf(table, tally.balanceFailures);
    if (balance) parts.push(balance);
    COUNTS.forEach((group, g) => {
      const n = tally.counts[g] ?? 0;
      if (n > 0)
        parts.push({
          zh: group.zh.replace('{n}', String(n)),
          en: group.en[n === 1 ? 0 : 1].replace('{n}', String(n)),
        });
    });
    if (parts.length === 0) parts.push({ zh: '未发现问题', en: 'no problems found' });
    const firstProblem = result.findings[tally.first];
    return {
      kind: table.kind,
      span: table.span,
      ...(firstProblem ? { firstProblem } : {}),
      text: {
        zh: `${TABLE_SHORT_NAME[table.kind].zh}：${parts.map((p) => p.zh).join(' · ')}`,
        en: `${capitalize(TABLE_SHORT_NAME[table.kind].en)}: ${parts.map((p) => p.en).join(' · ')}`,
      },
    };
  });
}

/** The index of the table (sorted by start, disjoint) whose span holds `span`; -1 when none does. */
function tableHolding(tables: readonly Table[], span: Span): number {
  let lo = 0;
  let hi = tables.length - 1;
  let last = -1; // the last table starting at or before the span
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tables[mid]?.span.start ?? 0) <= span.start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const table = tables[last];
  return table && span.end <= table.span.end ? last : -1;
}

/** 表三's balance (一 + 二 = 三（七） + 四): holds, fails in `failed` columns, or cannot be checked. */
function balanceOf(table: Table, failed: number): Message | null {
  if (table.kind !== 'table3') return null;
  if (failed > 0) return { zh: `勾稽关系不成立（${failed} 列）`, en: `does not balance (${failed} columns)` };
  const rows = ['new', 'carried', 'total', 'carryover'].map((id) => findRow(table, id));
  const checkable = rows.every((r) => r?.cells.some((c) => valueOf(c) !== null));
  return checkable
    ? { zh: '勾稽关系成立', en: 'balances' }
    : { zh: '勾稽关系无法核对', en: 'balance cannot be checked' };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
