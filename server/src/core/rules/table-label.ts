/** table-label: a row or column label that differs from the template (cut short, typo). */
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'table-label',
    description: {
      zh: '表格的行名或列名与模板不一致',
      en: 'A table row or column label differs from the template',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    differs: {
      zh: '{{table}}的标签「{{found}}」与模板「{{expected}}」不一致',
      en: '{{tableEn}} label "{{found}}" differs from the template\'s "{{expected}}"',
    },
  },
  check(context) {
    if (!context.template) return;
    for (const table of context.document.tables) {
      for (const label of table.labels) {
        context.report({
          messageId: 'differs',
          span: label.span,
          data: {
            table: TABLE_SHORT_NAME[table.kind].zh,
            tableEn: TABLE_SHORT_NAME[table.kind].en,
            found: label.found,
            expected: label.expected,
          },
          fixes: [
            {
              title: { zh: `改为「${label.expected}」`, en: `Change to "${label.expected}"` },
              edits: [{ start: label.span.start, end: label.span.end, newText: label.expected }],
              safe: true,
            },
          ],
        });
      }
    }
  },
});
