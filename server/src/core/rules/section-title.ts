/** section-title: a heading that is a variant or typo of the canonical title; stray spaces in the report title. */
import { matchedTitleLength } from '../parse/headings.js';
import { defineRule } from './rule.js';

const CJK_GAP = /([\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g;
/** Characters that show as nothing (zero-width spaces and joiners, soft hyphen, BOM). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** `title` with each invisible character written out ("‹U+200B›"), so a message never shows two equal titles. */
function withInvisibleShown(title: string): string {
  return title.replace(
    INVISIBLE,
    (c) => `‹U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}›`,
  );
}

export default defineRule({
  meta: {
    id: 'section-title',
    description: { zh: '标题文字与规定格式不一致', en: 'A heading differs from the official wording' },
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    variant: {
      zh: '标题「{{found}}」应为「{{expected}}」',
      en: 'heading "{{found}}" should read "{{expected}}"',
    },
    space: { zh: '报告标题中有多余的空格', en: 'stray space in the report title' },
  },
  check(context) {
    if (!context.template) return;
    for (const section of context.document.sections) {
      if (!section.titleDiffers) continue;
      // A note in brackets or a paragraph after the title ("（单位：件）", "：本年度…") is kept.
      const { title, titleSpan } = section.heading;
      const length = matchedTitleLength(title);
      const span = { start: titleSpan.start, end: titleSpan.start + length };
      context.report({
        messageId: 'variant',
        span,
        data: { found: withInvisibleShown(title.slice(0, length)), expected: section.canonicalTitle },
        fixes: [
          {
            title: { zh: `改为「${section.canonicalTitle}」`, en: `Change to "${section.canonicalTitle}"` },
            edits: [{ ...span, newText: section.canonicalTitle }],
            safe: true,
          },
        ],
      });
    }
    const title = context.document.title;
    if (!title) return;
    const text = context.text.slice(title.span.start, title.span.end);
    for (const gap of text.matchAll(CJK_GAP)) {
      const start = title.span.start + (gap.index ?? 0) + 1;
      const end = title.span.start + (gap.index ?? 0) + gap[0].length;
      context.report({
        messageId: 'space',
        span: { start, end },
        fixes: [
          {
            title: { zh: '删除空格', en: 'Remove the space' },
            edits: [{ start, end, newText: '' }],
            safe: true,
          },
        ],
      });
    }
  },
});
