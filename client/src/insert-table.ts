/**
 * The command `govReport.insertTable`: asks which table (or a whole report skeleton) and which format
 * version, gets the text from the server (the engine renders it, as for the `table-missing` fix) and
 * inserts it at the cursor, on lines of its own. With arguments (e.g. from a key binding,
 * `"args": { "kind": "table3" }`) it asks nothing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  RENDER_TEMPLATE_REQUEST,
  type RenderKind,
  type RenderTemplateParams,
  type RenderTemplateResult,
  type StatusParams,
} from '../../server/src/lsp/protocol.js';

type Version = RenderTemplateParams['template'];

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/** The command's optional argument: what to insert, and for which version (default: as detected, else 2021). */
export interface InsertTableArgs {
  readonly kind?: RenderKind;
  readonly template?: Version;
}

/**
 * Runs the command in the active editor (any document: a report is often started in an empty file).
 * `detected` is the template the server detected in a document, which is offered first.
 */
export async function insertTable(
  client: LanguageClient | undefined,
  detected: (uri: string) => StatusParams['template'] | undefined,
  args: InsertTableArgs = {},
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first.'));
    return;
  }
  const { document } = editor;
  const choices = versions(detected(document.uri.toString()));
  const kind = args.kind ?? (await pick(kinds(), vscode.l10n.t('Insert which table?')));
  if (!kind) return;
  // Called with arguments, the command asks nothing: the first choice is the default version.
  const template =
    args.template ??
    (args.kind ? choices[0]?.value : await pick(choices, vscode.l10n.t('Which format version?')));
  if (!template) return;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const params: RenderTemplateParams = {
    kind,
    template,
    eol,
    uri: client.code2ProtocolConverter.asUri(document.uri),
  };
  const { text } = await client.sendRequest<RenderTemplateResult>(RENDER_TEMPLATE_REQUEST, params);
  const at = editor.selection;
  const before = document.lineAt(at.start.line).text.slice(0, at.start.character);
  // The rendered lines start a line of their own, and whatever followed the cursor goes below them.
  const lead = before === '' ? '' : eol;
  await editor.edit((edit) => edit.replace(at, lead + text + eol));
}

async function pick<T>(choices: Choice<T>[], placeHolder: string): Promise<T | undefined> {
  return (await vscode.window.showQuickPick(choices, { placeHolder }))?.value;
}

function kinds(): Choice<RenderKind>[] {
  return [
    { value: 'table2', label: vscode.l10n.t('Table 2: proactive disclosure') },
    { value: 'table3', label: vscode.l10n.t('Table 3: requests received and handled') },
    { value: 'table4', label: vscode.l10n.t('Table 4: administrative reconsideration and litigation') },
    {
      value: 'report',
      label: vscode.l10n.t('Whole report skeleton'),
      description: vscode.l10n.t('title, the six sections and the three tables'),
    },
  ];
}

/** Both versions, the one detected in the document (else 2021, the current one) first. */
function versions(detected: StatusParams['template'] | undefined): Choice<Version>[] {
  const choices: Choice<Version>[] = [
    { value: '2021', label: vscode.l10n.t('2021 format'), description: '国办公开办函〔2021〕30号' },
    { value: '2019', label: vscode.l10n.t('2019 format'), description: '国办公开办函〔2019〕60号' },
  ];
  if (detected === '2019') choices.reverse();
  const first = choices[0];
  if (first && first.value === detected)
    choices[0] = { ...first, detail: vscode.l10n.t('Detected in this document') };
  return choices;
}
