import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSeedAs } from './workspace.js';

describe('the extension', () => {
  it('activates and contributes the govreport language', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('govreport'), 'the language govreport is not contributed');
  });

  it('opens *.report.txt files as govreport and other .txt files as plain text', async () => {
    const report = await openSeedAs('001', 'language.report.txt');
    const plain = await openSeedAs('001', 'language.txt');
    assert.equal(report.languageId, 'govreport');
    assert.equal(plain.languageId, 'plaintext');
  });
});
