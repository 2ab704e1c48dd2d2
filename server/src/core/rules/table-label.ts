/** table-label: a row or column label that differs from the template (cut short, typo). */
import type { LabelMatch, Span, VersionEvidence } from '../model.js';
import { normalize } from '../parse/labels.js';
import { editDistance } from '../text/distance.js';
import { TABLE_SHORT_NAME } from '../templates/table-names.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'table-label',
    description: {
      zh: '表格的行名或列名与模板不一致',
      en: 'A table row or column label differs from the template',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  messages: {
    differs: {
      zh: '{{table}}的标签「{{found}}」与模板「{{expected}}」不一致',
      en: '{{tableEn}} label "{{found}}" differs from the template\'s "{{expected}}"',
    },
  },
  check(context) {
    if (!context.template) return;
    const { versionEvidence } = context.document;
    for (const table of context.document.tables) {
      for (const label of table.labels) {
        // The other version's label (本年制发件数 in a 2019 table): template-version reports it, with its own fix.
        if (isOtherVersionLabel(label.span, versionEvidence)) continue;
        context.report({
          messageId: 'differs',
          span: label.span,
          data: {
            table: TABLE_SHORT_NAME[table.kind].zh,
            tableEn: TABLE_SHORT_NAME[table.kind].en,
            found: label.found,
            expected: label.expected,
          },
          fixes: [
            {
              title: { zh: `改为「${label.expected}」`, en: `Change to "${label.expected}"` },
              edits: [{ start: label.span.start, end: label.span.end, newText: label.expected }],
              safe: isSafeRename(label),
            },
          ],
        });
      }
    }
  },
});

/** True when a label version evidence names (a label only the other template version uses) lies within `span`. */
function isOtherVersionLabel(span: Span, evidence: readonly VersionEvidence[]): boolean {
  return evidence.some((e) => e.span.start >= span.start && e.span.end <= span.end);
}

/**
 * True when renaming the label changes no meaning: a row or block label the parser matched to its row or block
 * (by its words or its ordinal), or a column header that is the template's cut short or with a small typo (a
 * quarter of its characters at most). A column header is compared by its place alone: another label there
 * ("本年处理决定数量" where the template has "上一年项目数量") may be another quantity, so its rename is offered, not safe.
 */
function isSafeRename(label: LabelMatch): boolean {
  if (label.kind !== 'column') return true;
  const found = normalize(label.found);
  const expected = normalize(label.expected);
  if (found === '' || expected.startsWith(found)) return true;
  const allowed = Math.max(1, Math.floor(Math.max(found.length, expected.length) / 4));
  return editDistance(found, expected, allowed) <= allowed;
}
