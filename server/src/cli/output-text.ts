/** `--format text`: compiler-style lines grouped per file, then a summary. Pure: returns the text. */
import type { Locale, Severity } from '../core/index.js';
import { counted, say } from './messages.js';
import {
  countFindings,
  isNotReport,
  isPrinted,
  type FileReport,
  type PrintedReport,
  type Summary,
} from './results.js';

/** How to render text output. */
export interface TextOutputOptions {
  readonly locale: Locale;
  /** Use ANSI colours (the caller decides: a TTY and no `NO_COLOR`). */
  readonly color: boolean;
  /** Set when `--fix` ran: how many fixes were applied, to how many files. */
  readonly fixed?: { readonly fixes: number; readonly files: number };
}

const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: '31', warning: '33', info: '36' };
const SEVERITY_WIDTH = 'warning'.length;

/**
 * Renders findings as `path:line:col  severity  rule  message` (columns aligned within a file), one
 * block per file with related places indented below their finding, then the summary line(s).
 */
export function formatText(
  files: readonly (FileReport | PrintedReport)[],
  summary: Summary,
  options: TextOutputOptions,
): string {
  return formatTextParts(files, summary, options).join('');
}

/**
 * {@link formatText} in parts: the block of each file with findings, then the summary. Written one by one,
 * they spare joining and encoding one string of every line (≈15 MB for 2,000 reports) at once.
 */
export function formatTextParts(
  files: readonly (FileReport | PrintedReport)[],
  summary: Summary,
  options: TextOutputOptions,
): string[] {
  const { locale } = options;
  const paint = painter(options.color);
  const blocks = files.map((file) => (isPrinted(file) ? file.text : formatFile(file, paint, locale)));
  const lines: string[] = [];

  if (options.fixed && options.fixed.fixes > 0) {
    const fixes = counted(options.fixed.fixes, 'fix', locale);
    lines.push(
      paint(
        '32',
        say(locale, 'summaryFixed', { fixes, files: counted(options.fixed.files, 'file', locale) }),
      ),
    );
  }
  const filesText = counted(summary.files, 'file', locale);
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0) {
    lines.push(paint('32', say(locale, 'summaryClean', { files: filesText })));
  } else {
    const text = say(locale, 'summaryProblems', {
      problems: counted(total, 'problem', locale),
      errors: counted(summary.errors, 'error', locale),
      warnings: counted(summary.warnings, 'warning', locale),
      infos: counted(summary.infos, 'info', locale),
      files: filesText,
    });
    lines.push(paint(summary.errors > 0 ? '1;31' : summary.warnings > 0 ? '1;33' : '1;36', text));
    const autoFixable = files.reduce((n, file) => n + countFindings(file).autoFixable, 0);
    if (autoFixable > 0 && !options.fixed) {
      lines.push(say(locale, 'summaryFixHint', { problems: counted(autoFixable, 'problem', locale) }));
    }
  }
  return [...blocks.filter((block) => block !== ''), lines.join('\n') + '\n'];
}

/** A file as text output prints it: its lines rendered, its findings counted. */
export function printReport(report: FileReport, color: boolean, locale: Locale): PrintedReport {
  return {
    path: report.path,
    text: formatFile(report, painter(color), locale),
    counts: countFindings(report),
  };
}

type Paint = (code: string, s: string) => string;

function painter(color: boolean): Paint {
  return (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
}

/**
 * One file's lines, each ending in a line break, then an empty line; nothing for a report without findings, and
 * one line for a file that is no report (empty, or text without a report's title, sections or tables).
 */
function formatFile(file: FileReport, paint: Paint, locale: Locale): string {
  if (isNotReport(file)) return paint('2', say(locale, 'notReport', { path: file.path })) + '\n\n';
  if (file.findings.length === 0) return '';
  const places = file.findings.map((f) => `${file.path}:${f.line}:${f.column}`);
  const placeWidth = Math.max(...places.map((p) => p.length));
  const ruleWidth = Math.max(...file.findings.map((f) => f.rule.length));
  const lines: string[] = [];
  for (const [i, f] of file.findings.entries()) {
    const where = (places[i] ?? '').padEnd(placeWidth);
    const severity = paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(SEVERITY_WIDTH));
    lines.push(`${where}  ${severity}  ${paint('2', f.rule.padEnd(ruleWidth))}  ${f.message}`);
    for (const r of f.related)
      lines.push(paint('2', `    ↳ ${file.path}:${r.line}:${r.column}  ${r.message}`));
  }
  return lines.join('\n') + '\n\n';
}
