import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { lint, localize, tableSummaries, TEMPLATES, toLocale } from '../../../server/src/core/index.js';
import { renderTable } from '../../../server/src/core/templates/skeleton.js';
import { diagnosticsOfRule } from './diagnostics.js';
import { openAs, openSeedAs } from './workspace.js';

describe('editor aids', () => {
  it('shows a lens above each table; the 表四 lens selects its first blank cell', async () => {
    const document = await openSeedAs('000', 'lens.report.txt');
    const blanks = await diagnosticsOfRule(document.uri, 'blank-cell');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const locale = toLocale(vscode.env.language);
    assert.deepEqual(
      lenses.map((lens) => lens.command?.title),
      tableSummaries(lint(document.getText())).map((s) => localize(s.text, locale)),
    );
    const command = lenses[2]?.command;
    assert.ok(command?.command, 'the 表四 lens has a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const [first] = [...blanks].sort((a, b) => a.range.start.compareTo(b.range.start));
    const selection = vscode.window.activeTextEditor?.selection;
    assert.ok(first && selection?.isEqual(first.range), `selection ${JSON.stringify(selection)}`);
  });

  it('govReport.insertTable inserts the blank table the engine renders, at the cursor', async () => {
    const document = await openAs('insert.report.txt', '');
    await vscode.commands.executeCommand('govReport.insertTable', { kind: 'table4', template: '2021' });
    assert.equal(document.getText(), `${renderTable(TEMPLATES['2021'], 'table4')}\n`);
  });
});
