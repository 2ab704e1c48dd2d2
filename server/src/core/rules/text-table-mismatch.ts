/** text-table-mismatch: a figure in the prose that no accepted reading of its table cell(s) gives (SPEC §6). */
import { num } from '../i18n.js';
import { claimsOf, type ShareClaim } from '../prose/claims.js';
import { phraseText, relatedCells } from '../prose/phrase.js';
import { applicationTotals, readingsOf, type Reading } from '../prose/readings.js';
import { proseSentences, sourceSpan, type Sentence } from '../prose/sentences.js';
import type { Template } from '../templates/schema.js';
import { defineRule, type RuleContext } from './rule.js';

export default defineRule({
  meta: {
    id: 'text-table-mismatch',
    description: { zh: '正文中的数字与表格不一致', en: 'A figure in the text disagrees with the tables' },
    defaultSeverity: 'warning',
    fixable: 'none',
  },
  messages: {
    figure: {
      zh: '正文「{{phrase}}」与表格不符：{{tableZh}}',
      en: 'the text says "{{phrase}}", but {{tableEn}}',
    },
    share: {
      zh: '正文「{{phrase}}」与表格不符：{{count}} ÷ {{base}}（{{baseZh}}）= {{expected}}%',
      en: 'the text says "{{phrase}}", but {{count}} ÷ {{base}} ({{baseEn}}) = {{expected}}%',
    },
  },
  check(context) {
    const { template, document } = context;
    if (!template) return;
    for (const sentence of proseSentences(document)) {
      const { claims, shares } = claimsOf(sentence, document);
      for (const claim of claims) {
        const known = readingsOf(claim, document, template).filter((r) => r.value !== null);
        if (known.length === 0 || known.some((r) => r.value === claim.figure.value)) continue;
        context.report({
          messageId: 'figure',
          span: sourceSpan(sentence, claim.figure.start, claim.figure.end),
          data: {
            phrase: phraseText(sentence, claim.phraseStart, claim.phraseEnd),
            tableZh: known.map((r) => `${r.label.zh}为 ${num(r.value ?? 0)}`).join('；'),
            tableEn: known.map((r) => `${r.label.en} is ${num(r.value ?? 0)}`).join('; '),
          },
          related: relatedCells(known),
        });
      }
      for (const share of shares) checkShare(context, template, sentence, share);
    }
  },
});

/**
 * "予以公开 50 件，占 52.63%", "予以公开率为 52.63%": the share of 三（七） (or of 一, 一 + 二), to the precision
 * written (±0.01). The count is the one written or its row's; a rate has the row's alone.
 */
function checkShare(context: RuleContext, template: Template, sentence: Sentence, share: ShareClaim): void {
  const { document } = context;
  const { fresh, both, done } = applicationTotals(document, template);
  const bases = [done, fresh, both];
  const rows = readingsOf(share.of, document, template);
  const written = share.count === null ? [] : [share.count];
  const counts = [...written, ...rows.map((r) => r.value)].filter((n): n is number => n !== null);
  const known = bases.filter((b): b is Reading & { value: number } => b.value !== null && b.value > 0);
  const tolerance = Math.max(0.01, 0.5 * 10 ** -share.figure.decimals) + 1e-9;
  const fits = known.some((b) =>
    counts.some((n) => Math.abs((n / b.value) * 100 - share.figure.value) <= tolerance),
  );
  const base = known[0];
  const count = counts[0];
  if (fits || !base || count === undefined) return;
  context.report({
    messageId: 'share',
    span: sourceSpan(sentence, share.figure.start, share.figure.end),
    data: {
      phrase: phraseText(sentence, share.figure.leadStart, share.figure.end),
      count: num(count),
      base: num(base.value),
      baseZh: base.label.zh,
      baseEn: base.label.en,
      expected: ((count / base.value) * 100).toFixed(2),
    },
    // A rate names no count: its row's cells are shown with the base's.
    related: relatedCells(share.count === null ? [...rows, base] : [base]),
  });
}
