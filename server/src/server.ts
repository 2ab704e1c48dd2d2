/**
 * The language server: connection, open documents, and wiring. Each handler gets the document's
 * current analysis from the engine and converts it; the logic lives in `lsp/` and `core/`.
 * Started by the client over IPC; `--stdio` works too (used by the protocol tests).
 */
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ResponseError,
  ErrorCodes,
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
import { codeLenses } from './lsp/code-lens.js';
import { toOffset, toSpan } from './lsp/convert.js';
import { isInside } from './lsp/file-uri.js';
import { foldingRanges } from './lsp/folding.js';
import { hoverAt } from './lsp/hover.js';
import { PreviousReports } from './lsp/previous-reports.js';
import { findRcFile, SettingsStore } from './lsp/settings.js';
import { FIX_ALL_KIND, RENDER_TEMPLATE_REQUEST, STATUS_NOTIFICATION } from './lsp/protocol.js';
import { parseRenderParams, renderTemplate } from './lsp/render.js';
import { documentSymbols } from './lsp/symbols.js';
import { Validator } from './lsp/validation.js';
import { isCandidate, WorkspaceReports } from './lsp/workspace-reports.js';

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
  const previous = new PreviousReports();
  const saved = new WorkspaceReports((key, report) => previous.setSaved(key, report));
  const analyses = new Analyses(previous);
  const validator = new Validator({
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    analyze: (document, s) => analyses.of(document, s),
    stale: () => previous.stale(),
    publish: (diagnostics) => void connection.sendDiagnostics(diagnostics),
    status: (status) => void connection.sendNotification(STATUS_NOTIFICATION, status),
    error: (message) => connection.console.error(message),
    refreshViews: () => {
      if (client.workspace?.codeLens?.refreshSupport) {
        connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      }
    },
  });
  /** Settings sources changed (for the documents `affects` selects): check those whose settings changed. */
  const refresh = async (affects?: (uri: string) => boolean) => {
    validator.settingsChanged(await settings.reload(affects));
  };

  /** The analysis of the document as it is now, unless the request was cancelled meanwhile. */
  const current = async (uri: string, token: CancellationToken): Promise<Analysis | undefined> => {
    if (!documents.get(uri)) return undefined;
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
    // The reports that compared with this document compare with its saved file now.
    validator.reportsChanged();
  });
  connection.onDidChangeConfiguration(() => refresh());
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    // An options file applies to the documents in its folder and below.
    const rcFolders = changes
      .filter((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))
      .map((c) => c.uri.slice(0, -CONFIG_FILE_NAME.length - 1));
    if (rcFolders.length > 0) void refresh((uri) => rcFolders.some((folder) => isInside(uri, folder)));
    const reports = changes.filter((c) => isCandidate(c.uri));
    if (reports.length > 0) {
      await saved.update(reports);
      validator.reportsChanged();
    }
  });

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
  connection.onCodeLens(async (p, token) => {
    const a = await current(p.textDocument.uri, token);
    return a?.result ? codeLenses(a.result, a.index, a.uri, a.settings.locale) : null;
  });
  connection.onRequest(RENDER_TEMPLATE_REQUEST, async (raw: unknown, token) => {
    const params = parseRenderParams(raw);
    if (!params)
      throw new ResponseError(ErrorCodes.InvalidParams, `invalid ${RENDER_TEMPLATE_REQUEST} parameters`);
    const a = params.uri === undefined ? undefined : await current(params.uri, token);
    return { text: renderTemplate(params, a?.result?.document, new Date().getFullYear() - 1) };
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
        watchers: [`**/${CONFIG_FILE_NAME}`, '**/*.txt', '**/*.md'].map((globPattern) => ({ globPattern })),
      });
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        void refresh();
        for (const folder of removed) saved.removeFolder(folder);
        await saved.scan(e.added.map((f) => f.uri));
        validator.reportsChanged();
      });
    }
    void saved.scan(folders).then(() => validator.reportsChanged());
  });

  return {
    capabilities: {
      textDocumentSync: {
        openClose: true,
        change: TextDocumentSyncKind.Incremental,
        save: { includeText: false },
      },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      codeLensProvider: { resolveProvider: false },
      documentSymbolProvider: { label: 'gov-report-lint' },
      foldingRangeProvider: true,
      hoverProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gov-report-lint' },
  };
}
