import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsOfRule, diagnosticsWhen, reportDiagnostics, ruleOf, SOURCE } from './diagnostics.js';
import { lineContaining, openAs, openSeedAs, seedText } from './workspace.js';

describe('diagnostics', () => {
  it('reports the missing section 四 of seed 002 as an error with a link to the rule', async () => {
    const document = await openSeedAs('002', 'missing-section.report.txt');
    const [missing, ...more] = await diagnosticsOfRule(document.uri, 'required-section');
    assert.ok(missing);
    assert.equal(more.length, 0, 'only section 四 is missing');
    assert.equal(missing.source, SOURCE);
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(
      typeof missing.code === 'object' && missing.code.target,
      'the code links to the rule documentation',
    );
    // It points where the section belongs: after section 三 began, no later than section 五.
    const line = missing.range.start.line;
    assert.ok(line > lineContaining(document, '三、收到和处理政府信息公开申请情况'), `line ${line}`);
    assert.ok(line <= lineContaining(document, '五、存在的主要问题及改进情况'), `line ${line}`);
  });

  it('marks each of the five blank 表四 cells of seed 000 with a warning', async () => {
    const document = await openSeedAs('000', 'blank-cells.report.txt');
    const blanks = await diagnosticsOfRule(document.uri, 'blank-cell');
    const table4Heading = lineContaining(document, '四、政府信息公开行政复议、行政诉讼情况');
    const nextHeading = lineContaining(document, '五、存在的主要问题及改进情况');
    assert.equal(blanks.length, 5);
    for (const blank of blanks) {
      assert.equal(blank.severity, vscode.DiagnosticSeverity.Warning);
      const line = blank.range.start.line;
      assert.ok(table4Heading < line && line < nextHeading, `blank cell outside 表四, line ${line}`);
    }
    const starts = new Set(blanks.map((b) => `${b.range.start.line}:${b.range.start.character}`));
    assert.equal(starts.size, 5, 'one diagnostic per cell');
  });

  it('checks a plain .txt file whose first lines hold a report title', async () => {
    const document = await openSeedAs('002', 'detected.txt');
    assert.equal(document.languageId, 'plaintext');
    const missing = await diagnosticsOfRule(document.uri, 'required-section');
    assert.equal(missing.length, 1);
  });

  it('leaves a .txt file without a report title alone', async () => {
    const text = seedText('002')
      .split('\n')
      .filter((line) => !line.includes('年度报告'))
      .join('\n');
    const untitled = await openAs('no-title.txt', text);
    // Opened after it, this report's diagnostics arrive after any the untitled file could have had.
    const report = await openSeedAs('002', 'with-title.txt');
    await diagnosticsOfRule(report.uri, 'required-section');
    assert.deepEqual(reportDiagnostics(untitled.uri), []);
  });

  it('follows the govReport.rules setting', async () => {
    const document = await openSeedAs('000', 'rule-off.report.txt');
    await diagnosticsOfRule(document.uri, 'blank-cell');
    const settings = vscode.workspace.getConfiguration('govReport');
    await settings.update('rules', { 'blank-cell': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      const after = await diagnosticsWhen(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'blank-cell'));
      assert.ok(after.length > 0, 'the other rules still report');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
