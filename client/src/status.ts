/** The language status item: the template and report year the server detected in the active report. */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol.js';

/** Shows the status of the active editor's report; hidden for any other document. */
export class ReportStatus implements vscode.Disposable {
  private readonly byUri = new Map<string, StatusParams>();
  private item: vscode.LanguageStatusItem | undefined;
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.byUri.delete(document.uri.toString());
        this.refresh();
      }),
    ];
  }

  /** Records what the server detected in a document. */
  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.refresh();
  }

  /** The template the server detected in the document at `uri`, when it checked it. */
  templateOf(uri: string): StatusParams['template'] | undefined {
    return this.byUri.get(uri)?.template;
  }

  /** Forgets everything (the server restarts). */
  clear(): void {
    this.byUri.clear();
    this.refresh();
  }

  dispose(): void {
    this.item?.dispose();
    for (const listener of this.listeners) listener.dispose();
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document && this.byUri.get(document.uri.toString());
    if (!document || !status) {
      this.item?.dispose();
      this.item = undefined;
      return;
    }
    // Created for the active report only, so that other documents of its language never show it.
    this.item ??= vscode.languages.createLanguageStatusItem('govReport.status', {
      language: document.languageId,
    });
    this.item.selector = { language: document.languageId };
    this.item.name = vscode.l10n.t('Government report');
    this.item.text = `${templateText(status.template)} · ${
      status.year === null ? vscode.l10n.t('Year not found') : vscode.l10n.t('Report year {0}', status.year)
    }`;
    this.item.severity =
      status.template === 'unknown'
        ? vscode.LanguageStatusSeverity.Warning
        : vscode.LanguageStatusSeverity.Information;
    this.item.command = {
      title: vscode.l10n.t('Fix all auto-fixable problems'),
      command: 'govReport.fixAll',
    };
  }
}

function templateText(template: StatusParams['template']): string {
  switch (template) {
    case '2019':
      return vscode.l10n.t('2019 format');
    case '2021':
      return vscode.l10n.t('2021 format');
    case 'pre-2019':
      return vscode.l10n.t('Pre-2019 report (no national format)');
    case 'unknown':
      return vscode.l10n.t('Format not detected');
  }
}
