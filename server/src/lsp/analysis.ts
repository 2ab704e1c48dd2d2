/**
 * The lint of one document version with its settings. Every handler asks for the analysis of the
 * document as it is now; the last one per document is reused only while the version, the settings and
 * last year's report it was checked against are all the same, so nothing computed for an older text
 * (or an older version of last year's report) can be served.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, lint, toLintOptions, type LintResult, type ReportDocument } from '../core/index.js';
import type { Settings } from './settings.js';

/** A document version, its line index, and its lint result (null when the document is too large). */
export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly index: LineIndex;
  readonly settings: Settings;
  /** Size in UTF-8 bytes, compared with `maxFileSize`. */
  readonly size: number;
  readonly result: LintResult | null;
  /** The same body's report of the year before that the `cross-year` checks compared with, if any. */
  readonly previous: ReportDocument | undefined;
}

/** Finds last year's report for the report at `uri` (among the workspace's other reports). */
export type PreviousFinder = (uri: string, document: ReportDocument) => ReportDocument | undefined;

/** Lints documents, remembering the last analysis of each. */
export class Analyses {
  private readonly last = new Map<string, Analysis>();

  constructor(private readonly findPrevious: PreviousFinder = () => undefined) {}

  /** The analysis of `document` at its current version with `settings`. */
  of(document: TextDocument, settings: Settings): Analysis {
    const known = this.last.get(document.uri);
    if (known && known.version === document.version && known.settings === settings) {
      const previous = known.result ? this.findPrevious(known.uri, known.result.document) : undefined;
      if (!known.result || previous === known.previous) return known;
      // Only last year's report changed: the parse stands (and keeps its identity for reports that
      // compare with this one); the findings are computed again.
      const options = { ...toLintOptions(settings.config), ...(previous ? { previous } : {}) };
      const findings = lint(known.text, options).findings;
      return this.remember({ ...known, previous, result: { document: known.result.document, findings } });
    }
    const text = document.getText();
    const size = Buffer.byteLength(text, 'utf8');
    const options = toLintOptions(settings.config);
    let result = size > settings.config.maxFileSize ? null : lint(text, options);
    const previous = result ? this.findPrevious(document.uri, result.document) : undefined;
    if (previous) result = lint(text, { ...options, previous });
    return this.remember({
      uri: document.uri,
      version: document.version,
      text,
      index: new LineIndex(text),
      settings,
      size,
      result,
      previous,
    });
  }

  /** The reports of the open documents, as last analysed. */
  reports(): Map<string, ReportDocument> {
    const reports = new Map<string, ReportDocument>();
    for (const [uri, analysis] of this.last) if (analysis.result) reports.set(uri, analysis.result.document);
    return reports;
  }

  /**
   * The documents whose last analysis compared with another report of the year before (or with none)
   * than the workspace holds now: they must be checked again.
   */
  stale(): string[] {
    return [...this.last.values()]
      .filter((a) => a.result && this.findPrevious(a.uri, a.result.document) !== a.previous)
      .map((a) => a.uri);
  }

  /** Drops a closed document's analysis. */
  forget(uri: string): void {
    this.last.delete(uri);
  }

  private remember(analysis: Analysis): Analysis {
    this.last.set(analysis.uri, analysis);
    return analysis;
  }
}
