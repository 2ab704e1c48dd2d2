/** blank-cell: a blank, "/", "-" or "&nbsp;" where the form requires a number. */
import { defineRule } from './rule.js';
import { cellName } from './util.js';
import { isWhiteSpace } from '../text/chars.js';

export default defineRule({
  meta: {
    id: 'blank-cell',
    description: { zh: '表格中需要填写数字的单元格为空', en: 'A table cell that needs a number is blank' },
    defaultSeverity: 'warning',
    fixable: 'offered',
  },
  messages: {
    blank: {
      zh: '{{cell}}为空{{shown}}，应填写数字（没有则填 0）',
      en: '{{cellEn}} is blank{{shownEn}}; fill in a number (0 if none)',
    },
  },
  check(context) {
    const { template } = context;
    if (!template) return;
    for (const table of context.document.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          if (!cell || cell.state !== 'blank') continue;
          const name = cellName(template, table.kind, row, cell);
          const visible = visibleText(cell.raw);
          context.report({
            messageId: 'blank',
            span: cell.span,
            data: {
              cell: name.zh,
              cellEn: name.en,
              shown: visible && `（"${visible}"）`,
              shownEn: visible && ` ("${visible}")`,
            },
            fixes: [
              {
                title: FILL_ZERO,
                edits: [{ start: cell.span.start, end: cell.span.end, newText: '0' }],
                safe: false,
              },
            ],
          });
        }
      }
    }
  },
});

const FILL_ZERO = { zh: '填 0', en: 'Fill in 0' } as const;

/** The blank's text without white space ("/", "-"; "" for an empty cell), for the message. */
function visibleText(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    if (isWhiteSpace(raw.charCodeAt(i))) return raw.replace(/\s/g, '');
  }
  return raw;
}
