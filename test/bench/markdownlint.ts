/**
 * Optional side-by-side: markdownlint (default rules) on the same texts, in the same process. markdownlint
 * is not a dependency: it is loaded from the project if installed (`npm install --no-save markdownlint`),
 * or from the directory named by `MARKDOWNLINT_DIR` (e.g. `npm install --prefix /tmp/mdl markdownlint`
 * and `MARKDOWNLINT_DIR=/tmp/mdl`).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lint } from '../../server/src/core/index.js';
import type { CorpusReport } from '../unit/support/corpus.js';
import { concatenated } from './inputs.js';
import { medianTime, ms, type BenchRow } from './measure.js';

type LintSync = (options: { strings: Record<string, string> }) => unknown;

/** markdownlint's synchronous `lint`, or null with the reason. */
export function loadMarkdownlint(root: string): { lint: LintSync } | { missing: string } {
  const places = [root, ...(process.env['MARKDOWNLINT_DIR'] ? [process.env['MARKDOWNLINT_DIR']] : [])];
  for (const place of places) {
    try {
      const required = createRequire(join(place, 'package.json'))('markdownlint/sync') as { lint: LintSync };
      return { lint: required.lint };
    } catch {
      // try the next place
    }
  }
  return {
    missing:
      'markdownlint is not installed: `npm install --no-save markdownlint@0.40.0`, or install it elsewhere ' +
      'and set MARKDOWNLINT_DIR to that directory',
  };
}

/** markdownlint's median per seed and on the ×40 document, each with our time and the ratio. */
export function benchMarkdownlint(
  markdownlint: LintSync,
  seeds: readonly CorpusReport[],
  warmup: number,
  runs: number,
): BenchRow[] {
  const rows: BenchRow[] = [];
  const pair = (label: string, text: string, w: number, r: number) => {
    const theirs = medianTime(() => markdownlint({ strings: { report: text } }), w, r);
    const ours = medianTime(() => lint(text), w, r);
    rows.push({
      measure: `markdownlint vs lint() ${label}`,
      value: `${ms(theirs)} vs ${ms(ours)} (${(theirs / ours).toFixed(1)}× faster)`,
    });
  };
  for (const seed of seeds) pair(seed.name, seed.text, warmup, runs);
  pair('seeds ×40', concatenated(seeds, 40), 1, 3);
  return rows;
}
