import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhen } from './diagnostics.js';
import { lineContaining, openSeedAs } from './workspace.js';

/** The plain text of a hover's contents. */
function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('hover', () => {
  it('shows the parts a 表三 total adds up', async () => {
    const document = await openSeedAs('000', 'hover.report.txt');
    await diagnosticsWhen(document.uri, (ds) => ds.length > 0);
    // Seed 000's row "(七) 总计  2 0 0 0 0 0 2": the last cell totals its row and its column.
    const line = lineContaining(document, '(七) 总计');
    const position = new vscode.Position(line, document.lineAt(line).text.lastIndexOf('2'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      position,
    );
    const text = hovers.map(hoverText).join('\n');
    assert.ok(text.includes('自然人 2'), text);
    assert.ok(text.includes('予以公开 2'), text);
  });
});
