/** required-section: one of the six sections is missing. */
import { toChineseNumeral } from '../parse/normalize.js';
import { SECTIONS } from '../templates/sections.js';
import type { ReportDocument, Section } from '../model.js';
import { defineRule } from './rule.js';
import { lineStartAt } from '../text/line-index.js';
import { eolOf, lineEndAt } from './text-util.js';

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
      const at = insertionPoint(document, def.number, next);
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

/** A line with nothing but blanks and table rules ("---", "| --- |", "+===+"): not the start of a section's text. */
const RULE_OR_BLANK = /^[\s|:+=\-—–]*$/;

/**
 * Where the heading of missing section `number` goes: before its own table when the report has it; else, when
 * text follows the previous section's table before `next`, at that text's first line (it is the missing section's:
 * "五、" lost between 表四 and the problems paragraphs); else at the next section's heading, or at the end.
 */
function insertionPoint(document: ReportDocument, number: number, next: Section | undefined): number {
  const { text, tables, sections } = document;
  const limit = next?.heading.span.start ?? text.length;
  const own = tables.find((t) => t.kind === TABLE_OF_SECTION[number]);
  if (own && own.span.start < limit) return lineStartAt(text, own.span.start);
  const previous = sections.filter((s) => s.number < number).at(-1);
  const table = previous && tables.find((t) => t.kind === TABLE_OF_SECTION[previous.number]);
  if (table && table.span.start > previous.heading.span.start && table.span.end < limit) {
    const textAfter = firstTextLine(text, lineEndAt(text, table.span.end), limit);
    if (textAfter !== undefined) return textAfter;
  }
  return next ? lineStartAt(text, limit) : text.length;
}

/** The start of the first line after offset `from` (a line end) and before `limit` holding text, if any. */
function firstTextLine(text: string, from: number, limit: number): number | undefined {
  for (
    let start = text.indexOf('\n', from) + 1;
    start > 0 && start < limit;
    start = text.indexOf('\n', start) + 1
  ) {
    if (!RULE_OR_BLANK.test(text.slice(start, lineEndAt(text, start)))) return start;
  }
  return undefined;
}
