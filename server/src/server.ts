/**
 * The language server: connection, open documents, and wiring. Each handler gets the document's
 * current analysis from the engine and converts it; the logic lives in `lsp/` and `core/`.
 * Started by the client over IPC; `--stdio` works too (used by the protocol tests).
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, toLintOptions, toLocale } from './core/index.js';
import { Analyses, type Analysis } from './lsp/analysis.js';
import { codeActions } from './lsp/code-actions.js';
import { toOffset, toSpan } from './lsp/convert.js';
import { foldingRanges } from './lsp/folding.js';
import { hoverAt } from './lsp/hover.js';
import { findRcFile, SettingsStore } from './lsp/settings.js';
import { FIX_ALL_KIND, STATUS_NOTIFICATION } from './lsp/protocol.js';
import { documentSymbols } from './lsp/symbols.js';
import { Validator } from './lsp/validation.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(serve);
documents.listen(connection);
connection.listen();

function serve(params: InitializeParams): InitializeResult {
  const client = params.capabilities;
  const options = params.initializationOptions as { displayLanguage?: string } | undefined;
  let folders = (params.workspaceFolders ?? []).map((f) => f.uri);
  const settings = new SettingsStore(
    {
      editorSettings: (uri) =>
        client.workspace?.configuration
          ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'govReport' })
          : Promise.resolve(undefined),
      rcFile: (uri) => findRcFile(uri, folders),
      warn: (text) => void connection.window.showWarningMessage(text),
    },
    toLocale(options?.displayLanguage ?? params.locale),
  );
  const analyses = new Analyses();
  const validator = new Validator({
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    analyze: (document, s) => analyses.of(document, s),
    publish: (diagnostics) => void connection.sendDiagnostics(diagnostics),
    status: (status) => void connection.sendNotification(STATUS_NOTIFICATION, status),
    error: (message) => connection.console.error(message),
  });
  const refresh = () => {
    settings.invalidate();
    validator.settingsChanged(documents.keys());
  };

  /** The analysis of the document as it is now, unless the request was cancelled meanwhile. */
  const current = async (uri: string, token: CancellationToken): Promise<Analysis | undefined> => {
    const s = await settings.get(uri);
    const document = documents.get(uri);
    return document && !token.isCancellationRequested ? analyses.of(document, s) : undefined;
  };

  documents.onDidChangeContent((e) => validator.changed(e.document.uri));
  documents.onDidSave((e) => validator.saved(e.document.uri));
  documents.onDidClose((e) => {
    validator.closed(e.document.uri);
    analyses.forget(e.document.uri);
    settings.forget(e.document.uri);
  });
  connection.onDidChangeConfiguration(refresh);
  connection.onDidChangeWatchedFiles(refresh);

  connection.onCodeAction(async (p, token) => {
    const a = await current(p.textDocument.uri, token);
    if (!a?.result) return null;
    return codeActions({
      uri: a.uri,
      version: a.version,
      text: a.text,
      index: a.index,
      findings: a.result.findings,
      lintOptions: toLintOptions(a.settings.config),
      locale: a.settings.locale,
      range: toSpan(a.index, p.range),
      only: p.context.only,
      versionedEdits: client.workspace?.workspaceEdit?.documentChanges === true,
    });
  });
  connection.onDocumentSymbol(async (p, token) => {
    const a = await current(p.textDocument.uri, token);
    return a?.result ? documentSymbols(a.result.document, a.index) : null;
  });
  connection.onFoldingRanges(async (p, token) => {
    const a = await current(p.textDocument.uri, token);
    return a?.result ? foldingRanges(a.result.document, a.index) : null;
  });
  connection.onHover(async (p, token) => {
    const a = await current(p.textDocument.uri, token);
    return a?.result
      ? hoverAt(a.result.document, a.index, toOffset(a.index, p.position), a.settings.locale)
      : null;
  });

  connection.onInitialized(() => {
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govReport' });
    }
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        refresh();
      });
    }
  });

  return {
    capabilities: {
      textDocumentSync: {
        openClose: true,
        change: TextDocumentSyncKind.Incremental,
        save: { includeText: false },
      },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'gov-report-lint' },
      foldingRangeProvider: true,
      hoverProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gov-report-lint' },
  };
}
