/** text-zero-claim: the text says nothing happened ("未收到…申请", "均已办结" …) but the table counts some. */
import { foreignYear } from '../prose/claims.js';
import { phraseText, relatedCells } from '../prose/phrase.js';
import type { NamedCell } from '../prose/readings.js';
import { proseSentences, sourceSpan } from '../prose/sentences.js';
import { zeroClaimsOf, type ZeroClaim } from '../prose/zero-claims.js';
import type { ReportDocument } from '../model.js';
import type { Template } from '../templates/schema.js';
import { defineRule } from './rule.js';
import { cellName, findRow, findTable, valueOf } from './util.js';

export default defineRule({
  meta: {
    id: 'text-zero-claim',
    description: {
      zh: '正文称“未收到申请”“均已办结”等，但表格中有非零数字',
      en: 'The text claims none (no applications, all finished …) but the table counts some',
    },
    defaultSeverity: 'error',
    fixable: 'none',
  },
  messages: {
    claim: {
      zh: '正文称「{{claim}}」，但{{cellsZh}}',
      en: 'the text says "{{claim}}", but {{cellsEn}}',
    },
  },
  check(context) {
    const { template, document } = context;
    if (!template) return;
    for (const sentence of proseSentences(document)) {
      for (const claim of zeroClaimsOf(sentence)) {
        if (foreignYear(sentence, claim.start, document.year)) continue;
        const nonZero = cellsOf(claim, document, template).filter((c) => (valueOf(c.cell) ?? 0) !== 0);
        if (nonZero.length === 0) continue;
        context.report({
          messageId: 'claim',
          span: sourceSpan(sentence, claim.start, claim.end),
          data: {
            claim: phraseText(sentence, claim.start, claim.end),
            cellsZh: nonZero.map((c) => `${c.name.zh}为 ${c.cell.raw}`).join('，'),
            cellsEn: nonZero.map((c) => `${c.name.en} is ${c.cell.raw}`).join(', '),
          },
          related: relatedCells([{ cells: nonZero }]),
        });
      }
    }
  },
});

/** The cells a zero claim requires to be 0. */
function cellsOf(claim: ZeroClaim, document: ReportDocument, template: Template): NamedCell[] {
  const kind = claim.kind === 'no-application' || claim.kind === 'all-finished' ? 'table3' : 'table4';
  const table = findTable(document, kind);
  const row =
    kind === 'table4'
      ? table?.rows[0]
      : findRow(table, claim.kind === 'no-application' ? 'new' : 'carryover');
  if (!row) return [];
  return row.cells.flatMap((cell) =>
    cell && claim.cells.includes(cell.columnId) ? [{ cell, name: cellName(template, kind, row, cell) }] : [],
  );
}
