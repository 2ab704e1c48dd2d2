/** section-order: sections out of order, repeated, or numbered wrong ("五、其他需要报告的事项"). */
import type { Heading } from '../model.js';
import { toChineseNumeral } from '../parse/normalize.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'section-order',
    description: { zh: '六个部分的顺序或序号不正确', en: 'The six sections are out of order or misnumbered' },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  messages: {
    numbered: {
      zh: '「{{title}}」是第{{expected}}部分，序号却是"{{found}}"',
      en: '"{{title}}" is section {{expectedNumber}} but is numbered "{{found}}"',
    },
    repeated: {
      zh: '序号"{{found}}"重复出现（「{{title}}」）',
      en: 'ordinal "{{found}}" is used again ("{{title}}")',
    },
    duplicate: {
      zh: '第{{expected}}部分「{{title}}」重复出现',
      en: 'section {{expectedNumber}} "{{title}}" appears twice',
    },
    order: {
      zh: '第{{expected}}部分「{{title}}」出现在第{{previous}}部分之后',
      en: 'section {{expectedNumber}} "{{title}}" comes after section {{previousNumber}}',
    },
  },
  check(context) {
    if (!context.template) return;
    const { sections, strayHeadings } = context.document;
    const entries: { heading: Heading; number: number | null }[] = [
      ...sections.map((s) => ({ heading: s.heading, number: s.number as number | null })),
      ...strayHeadings.map((heading) => ({ heading, number: null })),
    ].sort((a, b) => a.heading.span.start - b.heading.span.start);
    const seenNumbers = new Set<number>();
    const seenOrdinals = new Set<number>();
    let previous = 0;
    for (const { heading, number } of entries) {
      const ordinal = heading.ordinal.value;
      // Built only for a report: most headings are in order.
      const data = () => ({
        title: heading.title,
        found: toChineseNumeral(ordinal),
        expected: toChineseNumeral(number ?? ordinal),
        expectedNumber: number ?? ordinal,
        previous: toChineseNumeral(previous),
        previousNumber: previous,
      });
      const span = heading.ordinal.span;
      if (number === null) {
        if (seenOrdinals.has(ordinal)) context.report({ messageId: 'repeated', span, data: data() });
      } else if (seenNumbers.has(number)) {
        context.report({ messageId: 'duplicate', span: heading.titleSpan, data: data() });
      } else if (ordinal !== number) {
        const fixed =
          heading.ordinal.style === 'cn-dun' ? `${toChineseNumeral(number)}、` : toChineseNumeral(number);
        context.report({
          messageId: 'numbered',
          span,
          data: data(),
          fixes: [
            {
              title: { zh: `改为"${fixed}"`, en: `Renumber to "${fixed}"` },
              edits: [{ ...span, newText: fixed }],
              safe: false,
            },
          ],
        });
      } else if (number < previous) {
        context.report({ messageId: 'order', span: heading.titleSpan, data: data() });
      }
      seenOrdinals.add(ordinal);
      if (number !== null) {
        seenNumbers.add(number);
        previous = Math.max(previous, number);
      }
    }
  },
});
