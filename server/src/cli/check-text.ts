/** Linting one text, and with `--fix` fixing it first. Pure: the caller reads and writes the file. */
import { fixAll, lint, safeFixEdits, type LintOptions, type LintResult } from '../core/index.js';

/** What {@link checkText} produced. */
export interface CheckedText {
  /** The text after the fixes; the input itself when nothing changed. */
  readonly text: string;
  /** Fixes applied (0 when the text did not change). */
  readonly fixesApplied: number;
  /** The findings of `text`, i.e. those that remain after the fixes. */
  readonly result: LintResult;
}

/**
 * Lints `text`; with `fix`, applies every safe fix first (keeping the text's line endings) and
 * lints the result. A text without safe fixes is linted only once.
 */
export function checkText(text: string, options: LintOptions, fix: boolean): CheckedText {
  const first = lint(text, options);
  if (!fix || safeFixEdits(first.findings).count === 0) return { text, fixesApplied: 0, result: first };
  const fixed = fixAll(text, options);
  const final = keepLineEndings(text, fixed.text);
  if (final === text) return { text, fixesApplied: 0, result: first };
  return { text: final, fixesApplied: fixed.applied, result: lint(final, options) };
}

/**
 * Makes line breaks that fixes inserted match the original: when every line of `original` ends in
 * CRLF, bare LFs in `fixed` become CRLF. Mixed or LF-only texts are left as they are.
 */
export function keepLineEndings(original: string, fixed: string): string {
  const crlf = original.split('\r\n').length - 1;
  const lf = original.split('\n').length - 1;
  return crlf > 0 && crlf === lf ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}
