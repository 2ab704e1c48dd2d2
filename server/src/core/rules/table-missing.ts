/** table-missing: 表二, 表三 or 表四 is absent. */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import type { SectionNumber, TableKind } from '../model.js';
import { renderTable } from '../templates/skeleton.js';
import { defineRule } from './rule.js';
import { eolOf, lineEndAt } from './text-util.js';
import { TABLE_NAME, findTable } from './util.js';

const SECTION_OF: Readonly<Record<TableKind, SectionNumber>> = { table2: 2, table3: 3, table4: 4 };

export default defineRule({
  meta: {
    id: 'table-missing',
    description: { zh: '缺少表二、表三或表四', en: 'Table 2, 3 or 4 is missing' },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  messages: {
    missing: { zh: '缺少{{table}}', en: '{{tableEn}} is missing' },
  },
  check(context) {
    const { template, document, text } = context;
    if (!template) return;
    for (const kind of ['table2', 'table3', 'table4'] as const) {
      if (findTable(document, kind)) continue;
      const section = document.sections.find((s) => s.number === SECTION_OF[kind]);
      const span = section ? section.heading.titleSpan : { start: 0, end: 0 };
      const eol = eolOf(text);
      const at = section ? lineEndAt(text, section.heading.span.end) : text.length;
      context.report({
        messageId: 'missing',
        span,
        data: { table: TABLE_NAME[kind].zh, tableEn: TABLE_NAME[kind].en },
        fixes: [
          {
            title: {
              zh: `插入空白的${TABLE_SHORT_NAME[kind].zh}`,
              en: `Insert an empty ${TABLE_SHORT_NAME[kind].en}`,
            },
            edits: [{ start: at, end: at, newText: eol + renderTable(template, kind, '0', eol) + eol }],
            safe: false,
          },
        ],
      });
    }
  },
});
