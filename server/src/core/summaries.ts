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

/** A summary for every table `result.document` holds, in document order. */
export function tableSummaries(result: LintResult): TableSummary[] {
  return result.document.tables.map((table) => {
    const inside = (s: Span) => s.start >= table.span.start && s.end <= table.span.end;
    const parts: Message[] = [];
    const balance = balanceOf(
      table,
      result.findings.filter((f) => inside(f.span)),
    );
    if (balance) parts.push(balance);
    let first = tally(result.findings, (f) => f.rule === 'table3-balance' && inside(f.span)).first;
    for (const group of COUNTS) {
      const { n, first: firstOfGroup } = tally(
        result.findings,
        (f) =>
          group.rules.includes(f.rule) &&
          (group.byRelated ? f.related.some((r) => inside(r.span)) : inside(f.span)),
      );
      if (firstOfGroup >= 0 && (first < 0 || firstOfGroup < first)) first = firstOfGroup;
      if (n > 0)
        parts.push({
          zh: group.zh.replace('{n}', String(n)),
          en: group.en[n === 1 ? 0 : 1].replace('{n}', String(n)),
        });
    }
    if (parts.length === 0) parts.push({ zh: '未发现问题', en: 'no problems found' });
    const firstProblem = result.findings[first];
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

/** How many of `findings` match, and the index of the first that does (-1: none). */
function tally(findings: readonly Finding[], match: (f: Finding) => boolean): { n: number; first: number } {
  let n = 0;
  let first = -1;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f || !match(f)) continue;
    if (n === 0) first = i;
    n++;
  }
  return { n, first };
}

/** 表三's balance (一 + 二 = 三（七） + 四): holds, fails in n columns, or cannot be checked. */
function balanceOf(table: Table, findings: readonly Finding[]): Message | null {
  if (table.kind !== 'table3') return null;
  const failed = findings.filter((f) => f.rule === 'table3-balance').length;
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
