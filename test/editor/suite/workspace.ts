/** Opening seed reports in the test workspace, as a user would. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'gov-report-lint.gov-report-lint';

/** The repository's seed report whose file name starts with `prefix` (e.g. `002`). */
function seedPath(prefix: string): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const dir = join(extension.extensionPath, 'test', 'fixtures', 'reports');
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed report ${prefix}_* in ${dir}`);
  return join(dir, file);
}

/**
 * Copies a seed report into the workspace folder under `fileName` and opens it in an editor.
 * Each test uses its own file name, so edits made by one test never reach another.
 */
export async function openSeedAs(prefix: string, fileName: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  const target = vscode.Uri.joinPath(folder.uri, fileName);
  await vscode.workspace.fs.copy(vscode.Uri.file(seedPath(prefix)), target, { overwrite: true });
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  return document;
}

/** The 0-based number of the first line of `document` containing `text`. */
export function lineContaining(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  throw new Error(`no line of ${document.uri.path} contains "${text}"`);
}
