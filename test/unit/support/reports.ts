/** Small reports for rule tests, made from the template skeleton and edited line by line. */
import { LineIndex, TEMPLATES, lint, type Finding } from '../../../server/src/core/index.js';
import { renderReport } from '../../../server/src/core/templates/skeleton.js';

/** A clean report of the given version (all values 0), optionally edited. */
export function makeReport(
  version: '2019' | '2021',
  edit: (lines: string[]) => void = () => {},
  agency = '某某区人民政府',
): string {
  const lines = renderReport(TEMPLATES[version], version === '2019' ? 2020 : 2024, agency).split('\n');
  edit(lines);
  return lines.join('\n');
}

/** Replaces the line starting with `prefix` (throws when there is none, so a test cannot pass vacuously). */
export function replaceLine(lines: string[], prefix: string, replacement: string | null): void {
  const at = lines.findIndex((l) => l.startsWith(prefix));
  if (at < 0) throw new Error(`no line starts with ${prefix}`);
  if (replacement === null) lines.splice(at, 1);
  else lines[at] = replacement;
}

/** The findings of one rule as `line:col text-under-range` strings, plus the findings themselves. */
export function findingsOf(text: string, rule: string): { where: string[]; findings: Finding[] } {
  const index = new LineIndex(text);
  const findings = lint(text).findings.filter((f) => f.rule === rule);
  const where = findings.map((f) => {
    const p = index.positionAt(f.span.start);
    return `${p.line + 1}:${p.character + 1} ${text.slice(f.span.start, f.span.end)}`;
  });
  return { where, findings };
}

/** The 1-based line number of the first line starting with `prefix`. */
export function lineNo(text: string, prefix: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
}
