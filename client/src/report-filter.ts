/**
 * Decides which documents the server sees. `govreport` documents always; plain-text and Markdown
 * documents only when `govReport.detect` is on and their first lines hold a report title. Every other
 * document is filtered out in the client middleware, so the server never hears of it and ordinary
 * Markdown files keep exactly their usual behaviour (no diagnostics, symbols, folding or hovers added).
 */
import * as vscode from 'vscode';
import {
  DidOpenTextDocumentNotification,
  type LanguageClient,
  type Middleware,
} from 'vscode-languageclient/node';
import { looksLikeReport, TITLE_LINES } from '../../server/src/lsp/detect.js';

/** The languages whose documents are checked when they look like a report. */
export const DETECTED_LANGUAGES = ['plaintext', 'markdown'] as const;

/** Tracks which open documents are reports and filters the client's traffic accordingly. */
export class ReportFilter {
  private readonly reports = new Set<string>();

  /** True when the server should see `document`. */
  accepts(document: vscode.TextDocument): boolean {
    return document.languageId === 'govreport' || this.reports.has(document.uri.toString());
  }

  /** Forgets which plain-text and Markdown documents were detected (before the server restarts). */
  forgetDetected(): void {
    this.reports.clear();
  }

  /** Looks at a document that is not accepted yet and remembers it when it reads like a report. */
  private detect(document: vscode.TextDocument): boolean {
    if (this.accepts(document)) return true;
    const detect = vscode.workspace.getConfiguration('govReport', document).get<boolean>('detect', true);
    const candidate = detect && (DETECTED_LANGUAGES as readonly string[]).includes(document.languageId);
    if (!candidate || !looksLikeReport(document.getText(new vscode.Range(0, 0, TITLE_LINES, 0))))
      return false;
    this.reports.add(document.uri.toString());
    return true;
  }

  /** The middleware that applies the filter to document sync and to every feature. */
  middleware(client: () => LanguageClient | undefined): Middleware {
    return {
      didOpen: (document, next) => (this.detect(document) ? next(document) : Promise.resolve()),
      didChange: (event, next) => {
        if (this.accepts(event.document)) return next(event);
        // A document that starts to look like a report (e.g. one pasted into an untitled file) opens now.
        const c = client();
        if (!c || !this.detect(event.document)) return Promise.resolve();
        return c.sendNotification(
          DidOpenTextDocumentNotification.type,
          c.code2ProtocolConverter.asOpenTextDocumentParams(event.document),
        );
      },
      didSave: (document, next) => (this.accepts(document) ? next(document) : Promise.resolve()),
      didClose: (document, next) => {
        const accepted = this.accepts(document);
        this.reports.delete(document.uri.toString());
        return accepted ? next(document) : Promise.resolve();
      },
      provideCodeActions: (document, range, context, token, next) =>
        this.accepts(document) ? next(document, range, context, token) : undefined,
      provideCodeLenses: (document, token, next) =>
        this.accepts(document) ? next(document, token) : undefined,
      provideDocumentSymbols: (document, token, next) =>
        this.accepts(document) ? next(document, token) : undefined,
      provideFoldingRanges: (document, context, token, next) =>
        this.accepts(document) ? next(document, context, token) : undefined,
      provideHover: (document, position, token, next) =>
        this.accepts(document) ? next(document, position, token) : undefined,
    };
  }
}
