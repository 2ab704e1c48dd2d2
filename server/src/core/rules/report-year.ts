/** report-year: no report year found, or the title, the statistics period and the signature date disagree. */
import type { Message, YearEvidence } from '../model.js';
import { asciiDigits } from '../parse/normalize.js';
import { defineRule } from './rule.js';
import { lineEndAt } from './text-util.js';

const SOURCE: Readonly<Record<YearEvidence['source'], Message>> = {
  title: { zh: '标题', en: 'the title' },
  period: { zh: '统计期限', en: 'the statistics period' },
  signature: { zh: '落款日期', en: 'the signature date' },
};

export default defineRule({
  meta: {
    id: 'report-year',
    description: {
      zh: '报告年度缺失，或标题、统计期限、落款日期的年份不一致',
      en: 'The report year is missing, or title, statistics period and signature date disagree',
    },
    defaultSeverity: 'warning',
    fixable: 'none',
  },
  messages: {
    missing: {
      zh: '未找到报告年度：标题、统计期限和落款日期中都没有年份',
      en: 'no report year found in the title, the statistics period or the signature date',
    },
    disagree: {
      zh: '{{sourceZh}}表明是 {{found}} 年度的报告，与{{chosenZh}}的 {{year}} 年不一致',
      en: '{{sourceEn}} points to a {{found}} report, but {{chosenEn}} says {{year}}',
    },
    period: {
      zh: '统计期限从 {{from}} 年跨到 {{to}} 年，应为同一年的 1 月 1 日至 12 月 31 日',
      en: 'the statistics period runs from {{from}} into {{to}}; it should be 1 January to 31 December of one year',
    },
  },
  check(context) {
    const { document, text } = context;
    const evidence = document.yearEvidence;
    if (evidence.length === 0) {
      if (!document.title && document.sections.length === 0) return;
      context.report({
        messageId: 'missing',
        span: document.title?.span ?? { start: 0, end: lineEndAt(text, 0) },
      });
      return;
    }
    const chosen = evidence.find((e) => e.year === document.year);
    for (const e of evidence) {
      if (e.source === 'period') {
        const years = asciiDigits(text.slice(e.span.start, e.span.end)).match(/(?:19|20)\d{2}/g) ?? [];
        const [from, to] = years;
        if (from && to && from !== to)
          context.report({ messageId: 'period', span: e.span, data: { from, to } });
      }
      if (!chosen || e.year === chosen.year) continue;
      context.report({
        messageId: 'disagree',
        span: e.span,
        data: {
          sourceZh: SOURCE[e.source].zh,
          sourceEn: SOURCE[e.source].en,
          chosenZh: SOURCE[chosen.source].zh,
          chosenEn: SOURCE[chosen.source].en,
          found: e.year,
          year: chosen.year,
        },
        related: [{ span: chosen.span, message: SOURCE[chosen.source] }],
      });
    }
  },
});
