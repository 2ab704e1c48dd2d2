/**
 * heading-numbering: sub-heading ordinals that skip, repeat, or start past one; digits where （一） belongs; a
 * section numbered "二." "二，" "二 ", "第二部分", "（二）", "2." or not at all instead of "二、".
 */
import type { Heading, OrdinalStyle } from '../model.js';
import { isStandardSectionOrdinal } from '../parse/headings.js';
import { toChineseNumeral } from '../parse/normalize.js';
import { defineRule } from './rule.js';

const WRITE: Readonly<Record<OrdinalStyle, (n: number, half: boolean) => string>> = {
  'cn-dun': (n) => `${toChineseNumeral(n)}、`,
  'cn-paren': (n, half) => (half ? `(${toChineseNumeral(n)})` : `（${toChineseNumeral(n)}）`),
  'num-paren': (n, half) => (half ? `(${n})` : `（${n}）`),
  'num-dun': (n) => `${n}、`,
  'num-dot': (n) => `${n}.`,
};

export default defineRule({
  meta: {
    id: 'heading-numbering',
    description: {
      zh: '小标题序号跳号、重复或样式不统一；部分标题序号不是"一、"的写法',
      en: 'Sub-heading ordinals skip, repeat or mix styles; a section ordinal not written "一、"',
    },
    defaultSeverity: 'warning',
    fixable: 'offered',
  },
  messages: {
    skip: {
      zh: '序号从 {{previous}} 跳到 {{found}}，缺少 {{expected}}',
      en: 'ordinals jump from {{previous}} to {{found}}; {{expected}} is missing',
    },
    repeat: {
      zh: '序号 {{found}} 重复或倒退（上一个是 {{previous}}）',
      en: 'ordinal {{found}} repeats or goes back (previous: {{previous}})',
    },
    start: {
      zh: '这一级序号从 {{found}} 开始，缺少 {{expected}}',
      en: 'this list starts at {{found}}; {{expected}} is missing',
    },
    style: {
      zh: '部分下的一级小标题宜用（一）（二）…，这里用了 "{{found}}"',
      en: 'first-level sub-headings should be numbered （一）（二）…; this one uses "{{found}}"',
    },
    section: {
      zh: '部分标题的序号应写作 "{{expected}}"，这里写作 "{{found}}"',
      en: 'a section heading is numbered "{{expected}}"; this one uses "{{found}}"',
    },
    unnumbered: {
      zh: '部分标题「{{title}}」缺少序号 "{{expected}}"',
      en: 'section heading "{{title}}" has no ordinal "{{expected}}"',
    },
  },
  check(context) {
    if (!context.template) return;
    for (const section of context.document.sections) {
      const { ordinal, title, titleSpan } = section.heading;
      const found = text(section.heading);
      if (!isStandardSectionOrdinal(found)) {
        const fixed = WRITE['cn-dun'](ordinal.value, false);
        // A title alone (no ordinal): the finding is on the title, the fix inserts the ordinal before it.
        const unnumbered = found === '';
        context.report({
          messageId: unnumbered ? 'unnumbered' : 'section',
          span: unnumbered ? titleSpan : ordinal.span,
          data: { found, expected: fixed, title },
          fixes: [
            {
              title: unnumbered
                ? { zh: `加上序号 ${fixed}`, en: `Number it ${fixed}` }
                : { zh: `改为 ${fixed}`, en: `Renumber to ${fixed}` },
              edits: [{ ...ordinal.span, newText: fixed }],
              safe: false,
            },
          ],
        });
      }
      const stack: { style: OrdinalStyle; last: number }[] = [];
      section.subHeadings.forEach((h, i) => {
        const style = h.ordinal.style;
        const at = stack.findIndex((s) => s.style === style);
        if (at < 0) {
          stack.push({ style, last: h.ordinal.value });
          if (h.ordinal.value !== 1) report('start', h, 0, 1);
          if (i === 0 && style !== 'cn-paren') {
            context.report({
              messageId: 'style',
              span: h.ordinal.span,
              severity: 'info',
              data: { found: text(h) },
            });
          }
          return;
        }
        stack.length = at + 1;
        const level = stack[at];
        if (!level) return;
        if (h.ordinal.value > level.last + 1) report('skip', h, level.last, level.last + 1);
        else if (h.ordinal.value <= level.last) report('repeat', h, level.last, level.last + 1);
        level.last = h.ordinal.value;
      });
    }

    function text(h: Heading): string {
      return context.text.slice(h.ordinal.span.start, h.ordinal.span.end).trim();
    }

    function report(
      messageId: 'skip' | 'repeat' | 'start',
      h: Heading,
      previous: number,
      expected: number,
    ): void {
      const write = WRITE[h.ordinal.style];
      const fixed = write(expected, h.ordinal.halfWidth);
      context.report({
        messageId,
        span: h.ordinal.span,
        data: {
          found: text(h),
          previous: previous ? write(previous, h.ordinal.halfWidth) : '',
          expected: fixed,
        },
        fixes: [
          {
            title: { zh: `改为 ${fixed}`, en: `Renumber to ${fixed}` },
            edits: [{ ...h.ordinal.span, newText: fixed }],
            safe: false,
          },
        ],
      });
    }
  },
});
