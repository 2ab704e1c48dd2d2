/** Small reports with prose and chosen table values, for the text-versus-table and plausibility rules. */
import { LineIndex, lint, type Finding, type LintOptions } from '../../../server/src/core/index.js';
import { makeReport, replaceLine } from './reports.js';

/** Values to put into the skeleton's tables: 表三/表二 rows by label prefix, 表四's 15 cells. */
export interface Tables {
  /** Row label → its cells (表三: seven values; 表二: the block's columns). */
  readonly rows?: Readonly<Record<string, readonly (number | string)[]>>;
  readonly table4?: readonly number[];
}

/** Options of {@link proseReport}. */
export interface ProseReportOptions extends Tables {
  readonly version?: '2019' | '2021';
  /** Line break of the whole text. */
  readonly eol?: '\n' | '\r\n';
  /** Lines that replace the title line (e.g. without a year). */
  readonly title?: string;
  /** Lines appended after section 六 (e.g. a signature date). */
  readonly tail?: readonly string[];
}

/** A clean skeleton report (2024, 2021 form by default) with `prose` under 一、总体情况 and the given values. */
export function proseReport(prose: readonly string[], options: ProseReportOptions = {}): string {
  const text = makeReport(options.version ?? '2021', (lines) => {
    if (options.title !== undefined) lines[0] = options.title;
    const at = lines.findIndex((l) => l.startsWith('一、总体情况'));
    lines.splice(at + 1, 0, '', ...prose);
    for (const [label, values] of Object.entries(options.rows ?? {})) {
      const row = lines.find((l) => l.startsWith(label));
      if (row === undefined) throw new Error(`no row ${label}`);
      replaceLine(lines, label, [row.split('\t')[0], ...values].join('\t'));
    }
    if (options.table4) {
      const row = lines.findIndex((l) => /^0(\t0){14}$/.test(l));
      lines[row] = options.table4.join('\t');
    }
    lines.push(...(options.tail ?? []));
  });
  return options.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}

/** A 表三 row of seven values whose 总计 is the first value (the other applicants 0). */
export function natural(n: number): number[] {
  return [n, 0, 0, 0, 0, 0, n];
}

/** The findings of `rule` as `line:col text-under-range`, plus the findings. */
export function ruleFindings(
  text: string,
  rule: string,
  options: LintOptions = {},
): { where: string[]; findings: Finding[] } {
  const index = new LineIndex(text);
  const findings = lint(text, options).findings.filter((f) => f.rule === rule);
  return {
    findings,
    where: findings.map((f) => {
      const p = index.positionAt(f.span.start);
      return `${p.line + 1}:${p.character + 1} ${text.slice(f.span.start, f.span.end)}`;
    }),
  };
}

/** Where each prose line starts: the 1-based line number of the first prose line. */
export const FIRST_PROSE_LINE = 5;

/** The 表三 row labels, as the skeleton prints them. */
export const ROW = {
  new: '一、本年新收政府信息公开申请数量',
  carried: '二、上年结转政府信息公开申请数量',
  r1: '（一）予以公开',
  r2: '（二）部分公开',
  r3_1: '1.属于国家秘密',
  r4_1: '1.本机关不掌握相关政府信息',
  total: '（七）总计',
  carryover: '四、结转下年度继续办理',
} as const;
