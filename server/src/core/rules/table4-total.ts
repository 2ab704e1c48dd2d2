/** table4-total: in each 表四 group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
import { defineRule } from './rule.js';
import { checkSum, findTable } from './util.js';

export default defineRule({
  meta: {
    id: 'table4-total',
    description: {
      zh: '表四每组的总计等于维持、纠正、其他、尚未审结之和',
      en: 'Each table 4 group total equals its four parts',
    },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  messages: {
    mismatch: {
      zh: '表四「{{group}}」：总计为 {{found}}，但维持、纠正、其他结果、尚未审结之和为 {{expected}}',
      en: 'Table 4 "{{group}}": total is {{found}} but upheld + corrected + other + pending = {{expected}}',
    },
  },
  check(context) {
    const { template } = context;
    const row = findTable(context.document, 'table4')?.rows[0];
    if (!template || !row) return;
    const width = template.table4.parts.length;
    template.table4.groups.forEach((group, g) => {
      const cells = row.cells.slice(g * width, (g + 1) * width);
      const total = cells[width - 1];
      const parts = cells.slice(0, width - 1);
      if (!total || parts.some((c) => !c)) return;
      const named = parts.flatMap((cell) => (cell ? [{ cell, row }] : []));
      checkSum(context, 'mismatch', total, named, { template, kind: 'table4' }, { group: group.label });
    });
  },
});
