/** heading-level: sibling headings at different Markdown levels; emphasis markup inside a `#` heading. */
import type { Heading } from '../model.js';
import { defineRule, type RuleContext } from './rule.js';

export default defineRule({
  meta: {
    id: 'heading-level',
    description: {
      zh: '同级标题的 Markdown 级别不一致，或标题内含强调标记',
      en: 'Sibling headings at different Markdown levels, or markup inside a heading',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    level: {
      zh: '「{{title}}」的标题级别为 {{found}}，同级标题为 {{expected}}',
      en: '"{{title}}" is a level-{{found}} heading; its siblings are level {{expected}}',
    },
    nested: {
      zh: '小标题「{{title}}」与所属部分同为 {{found}} 级标题，应低一级',
      en: 'sub-heading "{{title}}" has the same level ({{found}}) as its section; it should be one deeper',
    },
    markup: { zh: '标题「{{title}}」内含强调标记', en: 'heading "{{title}}" contains emphasis markup' },
  },
  check(context) {
    if (!context.template) return;
    const sections = context.document.sections;
    checkSiblings(
      context,
      sections.map((s) => s.heading),
      true,
    );
    for (const section of sections) {
      const byStyle = new Map<string, Heading[]>();
      for (const h of section.subHeadings) {
        const group = byStyle.get(h.ordinal.style);
        if (group) group.push(h);
        else byStyle.set(h.ordinal.style, [h]);
      }
      for (const group of byStyle.values()) {
        const level = checkSiblings(context, group, false);
        if (level === null || level === 0) continue;
        const parent = section.heading.markdownLevel;
        for (const h of group) {
          if (h.markdownLevel === level && parent > 0 && h.markdownLevel <= parent) {
            context.report({
              messageId: 'nested',
              span: h.span,
              data: { title: h.title, found: h.markdownLevel },
            });
          }
        }
      }
      for (const h of [section.heading, ...section.subHeadings]) {
        // Bold is the only markup of a heading without `#` (Word exported to Markdown): no markup *inside* one.
        if (h.markup.length === 0 || h.markdownLevel === 0) continue;
        context.report({
          messageId: 'markup',
          span: h.span,
          data: { title: h.title },
          fixes: [
            {
              title: { zh: '删除强调标记', en: 'Remove the markup' },
              edits: h.markup.map((m) => ({ ...m, newText: '' })),
              safe: true,
            },
          ],
        });
      }
    }
  },
});

/**
 * Reports headings whose Markdown level differs from the most common level among them; returns that level.
 * Plain-text headings count only with `includePlain` (sub-items written as paragraphs are not headings).
 */
function checkSiblings(
  context: RuleContext,
  headings: readonly Heading[],
  includePlain: boolean,
): number | null {
  const marked = headings.filter((h) => h.markdownLevel > 0);
  if (marked.length === 0) return headings.length > 0 ? 0 : null;
  const counts = new Map<number, number>();
  for (const h of marked) counts.set(h.markdownLevel, (counts.get(h.markdownLevel) ?? 0) + 1);
  const level = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  for (const h of headings) {
    if (h.markdownLevel === level || (!includePlain && h.markdownLevel === 0)) continue;
    const hashes = /^[ \t]*#*[ \t]*/.exec(context.text.slice(h.span.start, h.span.end))?.[0] ?? '';
    context.report({
      messageId: 'level',
      span: { start: h.span.start, end: h.span.start + Math.max(hashes.length, 1) },
      data: { title: h.title, found: h.markdownLevel, expected: level },
      // "#" read where the heading already has them is read again; a plain heading gets them only at a line's
      // start, where Markdown reads them, not inside a line run together (a web page's text).
      fixes:
        h.markdownLevel > 0 || startsLine(context.text, h.span.start)
          ? [
              {
                title: { zh: `改为 ${level} 级标题`, en: `Make it a level-${level} heading` },
                edits: [
                  {
                    start: h.span.start,
                    end: h.span.start + hashes.length,
                    newText: '#'.repeat(level) + ' ',
                  },
                ],
                safe: true,
              },
            ]
          : [],
    });
  }
  return level;
}

/** Whether `offset` is the start of a line of `text`. */
function startsLine(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const before = text.charCodeAt(offset - 1);
  return before === 0x0a || before === 0x0d;
}
