/** Applying fixes: the safe ones all at once (fix-all, `--fix`), or one chosen fix. */
import type { Finding, LintOptions, TextEdit } from './model.js';
import { lint } from './lint.js';
import { applyEdits } from './text/span.js';

/** The result of {@link fixAll}. */
export interface FixAllResult {
  readonly text: string;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
}

/**
 * Collects the edits of every safe fix in `findings` that does not overlap an earlier one.
 * Fixes whose edits overlap are left for a later pass.
 */
export function safeFixEdits(findings: readonly Finding[]): { edits: TextEdit[]; count: number } {
  const edits: TextEdit[] = [];
  let count = 0;
  const taken: TextEdit[] = [];
  const overlaps = (e: TextEdit) =>
    taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start));
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (!fix.safe || fix.edits.some(overlaps)) continue;
      taken.push(...fix.edits);
      edits.push(...fix.edits);
      count++;
      break;
    }
  }
  return { edits, count };
}

/**
 * Applies every safe fix, re-linting between passes until nothing safe remains (at most `maxPasses`).
 * Text outside the fixes' edits is never changed.
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { edits, count } = safeFixEdits(lint(current, options).findings);
    if (count === 0) break;
    current = applyEdits(current, edits);
    applied += count;
  }
  return { text: current, applied };
}
