/** required-section: one of the six sections is missing. */
import { toChineseNumeral } from '../parse/normalize.js';
import { SECTIONS } from '../templates/sections.js';
import { defineRule } from './rule.js';
import { eolOf, lineStartAt } from './text-util.js';

const TABLE_OF_SECTION: Readonly<Record<number, string>> = { 2: 'table2', 3: 'table3', 4: 'table4' };

export default defineRule({
  meta: {
    id: 'required-section',
    description: { zh: '缺少规定的六个部分之一', en: 'One of the six required sections is missing' },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  messages: {
    missing: {
      zh: '缺少第{{ordinal}}部分「{{heading}}」',
      en: 'Section {{number}} "{{heading}}" is missing',
    },
  },
  check(context) {
    const { document, text } = context;
    if (!context.template) return;
    for (const def of SECTIONS) {
      if (document.sections.some((s) => s.number === def.number)) continue;
      const next = document.sections.find((s) => s.number > def.number);
      const table = document.tables.find((t) => t.kind === TABLE_OF_SECTION[def.number]);
      const before =
        table && (!next || table.span.start < next.span.start) ? table.span.start : next?.heading.span.start;
      const at = before === undefined ? text.length : lineStartAt(text, before);
      const hashes =
        next && next.heading.markdownLevel > 0 ? '#'.repeat(next.heading.markdownLevel) + ' ' : '';
      const heading = `${toChineseNumeral(def.number)}、${def.title}`;
      const eol = eolOf(text);
      context.report({
        messageId: 'missing',
        span: { start: at, end: at },
        data: { ordinal: toChineseNumeral(def.number), number: def.number, heading },
        fixes: [
          {
            title: { zh: `插入标题「${heading}」`, en: `Insert the heading "${heading}"` },
            edits: [
              { start: at, end: at, newText: (at === text.length ? eol : '') + hashes + heading + eol + eol },
            ],
            safe: false,
          },
        ],
      });
    }
  },
});
