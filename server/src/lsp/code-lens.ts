/**
 * A code lens above each table summarising its checks ("表三：勾稽关系成立 · 2 处合计不符"), from the
 * engine's table summaries. When the summary names a problem, the lens reveals the first one it counts.
 */
import type { CodeLens } from 'vscode-languageserver';
import { localize, tableSummaries, type LineIndex, type LintResult, type Locale } from '../core/index.js';
import { REVEAL_COMMAND } from './protocol.js';
import { toRange } from './convert.js';

/** The lenses of a document's tables, at the first line of each, in document order. */
export function codeLenses(result: LintResult, index: LineIndex, uri: string, locale: Locale): CodeLens[] {
  return tableSummaries(result).map((summary) => {
    const at = { start: summary.span.start, end: summary.span.start };
    const title = localize(summary.text, locale);
    const problem = summary.firstProblem;
    return {
      range: toRange(index, at),
      // An empty command id makes a lens that is a label only: the summary names no problem.
      command: problem
        ? { title, command: REVEAL_COMMAND, arguments: [uri, toRange(index, problem.span)] }
        : { title, command: '' },
    };
  });
}
