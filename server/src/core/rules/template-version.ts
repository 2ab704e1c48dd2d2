/** template-version: the format does not fit the report year, labels of both versions are mixed, or pre-2019. */
import type { TemplateId } from '../model.js';
import { TEMPLATES, templateForYear } from '../templates/index.js';
import { defineRule, type RuleContext } from './rule.js';
import { lineStartAt } from '../text/line-index.js';
import { eolOf, lineEndAt } from './text-util.js';
import { findRow, findTable } from './util.js';

export default defineRule({
  meta: {
    id: 'template-version',
    description: {
      zh: '报告格式版本与年度不符或新旧格式混用',
      en: 'The form version does not fit the year, or versions are mixed',
    },
    defaultSeverity: 'error',
    fixable: 'some-safe',
  },
  messages: {
    pre2019: {
      zh: '这不是 2019 版或 2021 版格式的年度报告（{{year}}），不检查表格',
      en: 'not a 2019- or 2021-format annual report ({{year}}); tables are not checked',
    },
    wrongVersion: {
      zh: '{{year}} 年度报告应使用 {{required}} 版格式，本报告使用的是 {{found}} 版格式',
      en: 'a {{year}} report must use the {{required}} form; this report uses the {{found}} form',
    },
    mixed: {
      zh: '混用了 {{other}} 版格式的标签「{{label}}」（本报告为 {{found}} 版）',
      en: 'label "{{label}}" belongs to the {{other}} form (this report uses the {{found}} form)',
    },
    singleOther: {
      zh: '2021 版格式中「（六）其他处理」应分为三行，这里是 2019 版的单行',
      en: 'the 2021 form splits "(6) other handling" into three rows; this is the single 2019 row',
    },
  },
  check(context) {
    const { document, text } = context;
    const year = document.year;
    if (document.template === 'pre-2019') {
      const span = document.title?.span ?? { start: 0, end: lineEndAt(text, 0) };
      context.report({ messageId: 'pre2019', span, severity: 'warning', data: { year: year ?? '年度不明' } });
      return;
    }
    const found = document.template;
    if (found !== '2019' && found !== '2021') return;
    const required = year === null ? null : templateForYear(year);
    const own = document.versionEvidence.filter((e) => e.version === found);
    if (required && required !== found && own.length > 0) {
      context.report({
        messageId: 'wrongVersion',
        span: own[0]?.span ?? document.title?.span ?? { start: 0, end: 0 },
        data: { year: year ?? '', required, found },
      });
    }
    for (const evidence of document.versionEvidence) {
      if (evidence.version === found) continue;
      const rename = TEMPLATES[found].renames.find((r) => r.from === evidence.label);
      context.report({
        messageId: 'mixed',
        span: evidence.span,
        severity: 'warning',
        data: { label: evidence.label, other: evidence.version, found },
        fixes: rename
          ? [
              {
                title: { zh: `改为「${rename.to}」`, en: `Rename to "${rename.to}"` },
                edits: [{ ...evidence.span, newText: rename.to }],
                safe: rename.safe,
              },
            ]
          : [],
      });
    }
    if (found === '2021') checkSingleOtherRow(context, found);
  },
});

/** A 2021 表三 whose （六） is the single 2019 row: offer the three 2021 rows, keeping its values on 3.其他. */
function checkSingleOtherRow(context: RuleContext, found: TemplateId): void {
  const table = findTable(context.document, 'table3');
  const single = findRow(table, 'r6');
  if (!single || single.cells.every((c) => !c) || findRow(table, 'r6.1') || findRow(table, 'r6.3')) return;
  const { text } = context;
  const start = lineStartAt(text, single.labelSpan.start);
  const end = lineEndAt(text, single.labelSpan.end);
  const line = text.slice(start, end);
  const separator = line.includes('\t') ? '\t' : ' ';
  const children = TEMPLATES[found].table3.rows.filter((r) => r.parent === 'r6');
  const values = single.cells.map((c) => c?.raw ?? '0');
  const eol = eolOf(text);
  const rows = children.map((r, i) =>
    [r.ordinal + r.label, ...(i === children.length - 1 ? values : values.map(() => '0'))].join(separator),
  );
  context.report({
    messageId: 'singleOther',
    span: single.labelSpan,
    severity: 'warning',
    fixes: [
      {
        title: {
          zh: '拆分为 2021 版的三行（原数值计入「3.其他」）',
          en: 'Split into the three 2021 rows (values go to "3. other")',
        },
        edits: [{ start, end, newText: ['（六）其他处理', ...rows].join(eol) }],
        safe: false,
      },
    ],
  });
}
