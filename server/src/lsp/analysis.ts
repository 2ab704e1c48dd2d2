/**
 * The lint of one document version with its settings. Every handler asks for the analysis of the
 * document as it is now; the last one per document is reused only while both the version and the
 * settings are the same, so nothing computed for an older text can be served.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, lint, toLintOptions, type LintResult } from '../core/index.js';
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
}

/** Lints documents, remembering the last analysis of each. */
export class Analyses {
  private readonly last = new Map<string, Analysis>();

  /** The analysis of `document` at its current version with `settings`. */
  of(document: TextDocument, settings: Settings): Analysis {
    const previous = this.last.get(document.uri);
    if (previous && previous.version === document.version && previous.settings === settings) return previous;
    const text = document.getText();
    const size = Buffer.byteLength(text, 'utf8');
    const analysis: Analysis = {
      uri: document.uri,
      version: document.version,
      text,
      index: new LineIndex(text),
      settings,
      size,
      result: size > settings.config.maxFileSize ? null : lint(text, toLintOptions(settings.config)),
    };
    this.last.set(document.uri, analysis);
    return analysis;
  }

  /** Drops a closed document's analysis. */
  forget(uri: string): void {
    this.last.delete(uri);
  }
}
