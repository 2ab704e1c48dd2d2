/** Opening seed reports in the test workspace, as a user would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'gov-report-lint.gov-report-lint';

/** The text of the repository's seed report whose file name starts with `prefix` (e.g. `002`). */
export function seedText(prefix: string): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const dir = join(extension.extensionPath, 'test', 'fixtures', 'reports');
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed report ${prefix}_* in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/**
 * Saves `text` in the workspace folder as `fileName` and opens it in an editor. Each test uses its
 * own file names, so edits made by one test never reach another.
 */
export async function openAs(fileName: string, text: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  const target = vscode.Uri.joinPath(folder.uri, fileName);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  return document;
}

/** Opens a copy of a seed report saved as `fileName` (see {@link openAs}). */
export function openSeedAs(prefix: string, fileName: string): Promise<vscode.TextDocument> {
  return openAs(fileName, seedText(prefix));
}

/** The 0-based number of the first line of `document` containing `text`. */
export function lineContaining(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  throw new Error(`no line of ${document.uri.path} contains "${text}"`);
}
