import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsOf, diagnosticsOfRule, diagnosticsWhen, ruleOf } from './diagnostics.js';
import { openSeedAs } from './workspace.js';

const FIX_ALL_KIND = 'source.fixAll.govReport';

/** The code actions VS Code collects for `range` (of `kind`, when given). */
async function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  return actions ?? [];
}

/** The text edits an action makes to `uri`. */
function editsTo(action: vscode.CodeAction, uri: vscode.Uri): vscode.TextEdit[] {
  return action.edit?.get(uri) ?? [];
}

const count = (uri: vscode.Uri, rule: string): number => diagnosticsOf(uri, rule).length;

describe('quick fixes', () => {
  it('fills a blank 表四 cell with 0, and its diagnostic goes', async () => {
    const document = await openSeedAs('000', 'fill-zero.report.txt');
    const blanks = await diagnosticsOfRule(document.uri, 'blank-cell');
    const [first] = [...blanks].sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.ok(first);
    const actions = await codeActionsAt(document.uri, first.range);
    // VS Code's command returns actions without their diagnostics; the edit identifies the fix.
    const fill = actions.find(
      (a) =>
        a.kind?.value === vscode.CodeActionKind.QuickFix.value &&
        editsTo(a, document.uri).some((e) => e.newText === '0' && e.range.isEqual(first.range)),
    );
    assert.ok(fill?.edit, `no "fill 0" quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fill.title.trim().length > 0);

    assert.equal(await vscode.workspace.applyEdit(fill.edit), true);
    const after = await diagnosticsWhen(
      document.uri,
      () => count(document.uri, 'blank-cell') === blanks.length - 1,
    );
    const fixedAt = first.range.start;
    assert.equal(document.getText(new vscode.Range(fixedAt, fixedAt.translate(0, 1))), '0');
    assert.ok(!after.some((d) => ruleOf(d) === 'blank-cell' && d.range.start.isEqual(fixedAt)));
  });

  it('offers source.fixAll.govReport, which applies the safe fixes only', async () => {
    const document = await openSeedAs('000', 'fix-all.report.txt');
    await diagnosticsOfRule(document.uri, 'heading-level');
    const blanks = count(document.uri, 'blank-cell');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const [fixAll, ...others] = await codeActionsAt(document.uri, whole, FIX_ALL_KIND);
    assert.ok(fixAll?.edit, `no ${FIX_ALL_KIND} action`);
    assert.equal(others.length, 0);
    assert.equal(fixAll.kind?.value, FIX_ALL_KIND);

    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    // Heading levels are normalised (safe); blank cells stay blank: filling in 0 is the writer's call.
    await diagnosticsWhen(document.uri, () => count(document.uri, 'heading-level') === 0);
    assert.equal(count(document.uri, 'blank-cell'), blanks);
  });

  it('runs the same fixes from the command govReport.fixAll', async () => {
    const document = await openSeedAs('000', 'fix-all-command.report.txt');
    await diagnosticsOfRule(document.uri, 'heading-level');
    await vscode.commands.executeCommand('govReport.fixAll');
    await diagnosticsWhen(document.uri, () => count(document.uri, 'heading-level') === 0);
    assert.ok(document.isDirty, 'the fixes are edits the user can undo or save');
  });
});
