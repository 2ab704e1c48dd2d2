/** Blank, correctly labelled tables (and whole report skeletons) rendered from a template's data. */
import type { TableKind } from '../model.js';
import type { Template } from './schema.js';
import { SECTIONS } from './sections.js';
import { toChineseNumeral } from '../parse/normalize.js';

const RENDERED = new WeakMap<Template, Map<string, string>>();

/**
 * Renders one table as tab-separated lines, every value cell filled with `fill`. Remembered per template:
 * the `table-missing` fix renders it on every lint of a report that lacks the table.
 */
export function renderTable(template: Template, kind: TableKind, fill = '0', eol = '\n'): string {
  const rendered = RENDERED.get(template) ?? new Map<string, string>();
  RENDERED.set(template, rendered);
  const key = `${kind}\u0000${fill}\u0000${eol}`;
  let text = rendered.get(key);
  if (text === undefined) {
    text = buildTable(template, kind, fill, eol);
    if (rendered.size >= 100) rendered.clear(); // `fill` and `eol` could be anything
    rendered.set(key, text);
  }
  return text;
}

function buildTable(template: Template, kind: TableKind, fill: string, eol: string): string {
  const row = (cells: readonly string[]) => cells.join('\t');
  const lines: string[] = [];
  if (kind === 'table2') {
    for (const block of template.table2.blocks) {
      lines.push(block.label);
      lines.push(row(['信息内容', ...block.columns.map((c) => c.label)]));
      for (const r of block.rows) lines.push(row([r.label, ...block.columns.map(() => fill)]));
    }
  } else if (kind === 'table3') {
    const columns = template.table3.columns.map((c) => c.label);
    lines.push(row([template.table3.corner, '申请人情况']));
    lines.push(row(['', ...columns]));
    for (const r of template.table3.rows) {
      const label = r.ordinal + r.label;
      lines.push(r.kind === 'group' ? label : row([label, ...columns.map(() => fill)]));
    }
  } else {
    const parts = template.table4.parts.map((p) => p.label);
    lines.push(row(['行政复议', '', '', '', '', '行政诉讼']));
    lines.push(row([...parts, ...template.table4.groups.slice(1).map((g) => g.label)]));
    lines.push(row(template.table4.groups.flatMap(() => parts)));
    lines.push(row(template.table4.groups.flatMap(() => parts.map(() => fill))));
  }
  return lines.join(eol);
}

/** Renders a whole report skeleton: title, the six sections, and the three tables in their sections. */
export function renderReport(template: Template, year: number, agency: string, eol = '\n'): string {
  const out: string[] = [`${agency}${year}年政府信息公开工作年度报告`, ''];
  const tables: Partial<Record<number, TableKind>> = { 2: 'table2', 3: 'table3', 4: 'table4' };
  for (const section of SECTIONS) {
    out.push(`${toChineseNumeral(section.number)}、${section.title}`, '');
    const kind = tables[section.number];
    if (kind) out.push(renderTable(template, kind, '0', eol), '');
  }
  return out.join(eol);
}
