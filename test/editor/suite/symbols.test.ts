import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhen } from './diagnostics.js';
import { lineContaining, openSeedAs } from './workspace.js';

describe('document symbols', () => {
  it('outline seed 000 as title → six sections → sub-headings and tables', async () => {
    const document = await openSeedAs('000', 'outline.report.txt');
    // Diagnostics show that the server has the document; the outline is asked for after that.
    await diagnosticsWhen(document.uri, (ds) => ds.length > 0);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.ok(symbols);
    const [title, ...rest] = symbols;
    assert.ok(title);
    assert.equal(rest.length, 0, 'the title is the only root');
    assert.match(title.name, /二七区发展和改革委员会.*2020.*年度报告/);

    const sections = title.children;
    assert.deepEqual(
      sections.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、', '四、', '五、', '六、'],
    );
    const section = (ordinal: string): vscode.DocumentSymbol => {
      const found = sections.find((s) => s.name.startsWith(ordinal));
      assert.ok(found);
      return found;
    };
    // Section 四 is revealed at its heading, whatever its Markdown level.
    assert.equal(
      section('四、').selectionRange.start.line,
      lineContaining(document, '四、政府信息公开行政复议、行政诉讼情况'),
    );
    assert.ok(section('二、').children.some((c) => c.name === '表二'));
    assert.ok(section('三、').children.some((c) => c.name === '表三'));
    assert.ok(section('四、').children.some((c) => c.name === '表四'));
    const subHeadings = section('一、').children.map((c) => c.name.slice(0, 3));
    assert.deepEqual(subHeadings.slice(0, 5), ['（一）', '（二）', '（三）', '（四）', '（五）']);
  });
});
