/**
 * The extension: starts the language server over IPC, filters which documents it sees, and adds the
 * commands (fix all, insert a table, restart, and the code lenses' reveal) and a status item. Everything
 * else happens in the server.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
  type Range,
} from 'vscode-languageclient/node';
import {
  FIX_ALL_KIND,
  REVEAL_COMMAND,
  STATUS_NOTIFICATION,
  type StatusParams,
} from '../../server/src/lsp/protocol.js';
import { insertTable, type InsertTableArgs } from './insert-table.js';
import { DETECTED_LANGUAGES, ReportFilter } from './report-filter.js';
import { ReportStatus } from './status.js';

let client: LanguageClient | undefined;

/** Starts the language client. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const filter = new ReportFilter();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'govreport' },
      ...DETECTED_LANGUAGES.flatMap((language) =>
        ['file', 'untitled'].map((scheme) => ({ language, scheme })),
      ),
    ],
    initializationOptions: { displayLanguage: vscode.env.language },
    middleware: filter.middleware(() => client),
  };
  client = new LanguageClient(
    'govReport',
    vscode.l10n.t('Government report checker'),
    serverOptions,
    clientOptions,
  );
  const status = new ReportStatus();
  context.subscriptions.push(
    status,
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params)),
    vscode.commands.registerCommand('govReport.fixAll', () => fixAll(filter)),
    vscode.commands.registerCommand('govReport.insertTable', (args?: InsertTableArgs) =>
      insertTable(client, (uri) => status.templateOf(uri), args),
    ),
    vscode.commands.registerCommand('govReport.restartServer', () => restart(status)),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
    // Which plain-text and Markdown files are reports is decided when they open: decide again.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('govReport.detect')) return;
      filter.forgetDetected();
      await restart(status);
    }),
  );
  await client.start();
}

/** Stops the language client. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

async function restart(status: ReportStatus): Promise<void> {
  status.clear();
  await client?.restart();
}

/** Selects a range of a document (a code lens's first problem of a table) and shows it. */
async function reveal(uri: string, range: Range): Promise<void> {
  if (!client) return;
  const editor = await vscode.window.showTextDocument(client.protocol2CodeConverter.asUri(uri));
  const target = client.protocol2CodeConverter.asRange(range);
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Applies the server's `source.fixAll.govReport` action to the active report. */
async function fixAll(filter: ReportFilter): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !filter.accepts(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a government report first.'));
    return;
  }
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    whole,
    FIX_ALL_KIND,
  );
  const edit = actions?.find((action) => action.kind?.value === FIX_ALL_KIND)?.edit;
  if (!edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No auto-fixable problems in this document.'));
    return;
  }
  await vscode.workspace.applyEdit(edit);
}
