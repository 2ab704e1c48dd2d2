/**
 * The lint of one document version with its settings. Every handler asks for the analysis of the
 * document as it is now; the last one per document is reused only while the version, the settings and
 * last year's report it was checked against are all the same, so nothing computed for an older text
 * (or an older version of last year's report) can be served. A version is parsed once: when only last
 * year's report or the rule settings change, the rules run again on the same parse.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  LineIndex,
  lintDocument,
  parseReport,
  toLintOptions,
  type LintResult,
  type ReportDocument,
} from '../core/index.js';
import { PreviousReports } from './previous-reports.js';
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

/** The engine's two steps (`lint()` = parse, then the rules), apart so that a parse can be checked again. */
export interface Engine {
  readonly parseReport: typeof parseReport;
  readonly lintDocument: typeof lintDocument;
}

/** Lints documents, remembering the last analysis of each. */
export class Analyses {
  private readonly last = new Map<string, Analysis>();

  /**
   * `previous` finds last year's report and learns each analysed report (as a candidate for the others);
   * `engine` is the engine's (tests count its calls).
   */
  constructor(
    private readonly previous: PreviousReports = new PreviousReports(),
    private readonly engine: Engine = { parseReport, lintDocument },
  ) {}

  /** The analysis of `document` at its current version with `settings`. */
  of(document: TextDocument, settings: Settings): Analysis {
    const known = this.last.get(document.uri);
    if (known?.version !== document.version) {
      const text = document.getText();
      return this.analyze(document.uri, document.version, text, new LineIndex(text), settings);
    }
    const { result } = known;
    if (!result || known.settings.config.template !== settings.config.template) {
      if (known.settings === settings) return known;
      return this.analyze(known.uri, known.version, known.text, known.index, settings);
    }
    // The text and its parse stand; last year's report or the rule settings may have changed.
    const previous = this.previous.find(known.uri, result.document);
    if (known.settings === settings && previous === known.previous) return known;
    if (known.size > settings.config.maxFileSize) {
      return this.analyze(known.uri, known.version, known.text, known.index, settings);
    }
    const checked = this.check(result.document, settings, previous);
    return this.remember({ ...known, settings, previous, result: checked });
  }

  /** Drops a closed document's analysis; it is no one's last year's report any more. */
  forget(uri: string): void {
    this.last.delete(uri);
    this.previous.close(uri);
  }

  /** Parses and checks one version (unless it is larger than `maxFileSize`). */
  private analyze(
    uri: string,
    version: number,
    text: string,
    index: LineIndex,
    settings: Settings,
  ): Analysis {
    const size = Buffer.byteLength(text, 'utf8');
    let result: LintResult | null = null;
    let previous: ReportDocument | undefined;
    if (size <= settings.config.maxFileSize) {
      const document = this.engine.parseReport(text, { template: settings.config.template });
      previous = this.previous.find(uri, document);
      result = this.check(document, settings, previous);
    }
    return this.remember({ uri, version, text, index, settings, size, result, previous });
  }

  /** Runs the rules on a parse, with last year's report when there is one. */
  private check(
    document: ReportDocument,
    settings: Settings,
    previous: ReportDocument | undefined,
  ): LintResult {
    const options = toLintOptions(settings.config);
    const findings = this.engine.lintDocument(document, previous ? { ...options, previous } : options);
    return { document, findings };
  }

  private remember(analysis: Analysis): Analysis {
    this.last.set(analysis.uri, analysis);
    this.previous.setOpen(analysis.uri, analysis.result?.document, analysis.previous);
    return analysis;
  }
}
