/** Reading the extension's diagnostics, waiting for them by event rather than by time. */
import * as vscode from 'vscode';

/** The `source` of every diagnostic the language server publishes. */
export const SOURCE = 'gov-report-lint';

/** The rule id of a diagnostic (its `code`, which carries a documentation link). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The extension's current diagnostics for `uri`. */
export function reportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The extension's current diagnostics of one rule for `uri`. */
export function diagnosticsOf(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return reportDiagnostics(uri).filter((d) => ruleOf(d) === rule);
}

/**
 * Resolves with the extension's diagnostics for `uri` as soon as `accept` holds for them — now, or
 * after a later change of that document's diagnostics. Never resolves otherwise (mocha's timeout
 * ends the test).
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const settleIfAccepted = (): boolean => {
      const diagnostics = reportDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      resolve(diagnostics);
      return true;
    };
    if (settleIfAccepted()) return;
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && settleIfAccepted()) {
        subscription.dispose();
      }
    });
  });
}

/** Waits until `uri` has at least one diagnostic of `rule`, and returns that rule's diagnostics. */
export async function diagnosticsOfRule(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  const all = await diagnosticsWhen(uri, (ds) => ds.some((d) => ruleOf(d) === rule));
  return all.filter((d) => ruleOf(d) === rule);
}
