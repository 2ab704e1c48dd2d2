/**
 * Code actions from the findings of a fresh lint of the current text (no fix cache that could go stale):
 * a quick fix per fix of a finding, "fix all of this rule" (its safe fixes), and
 * `source.fixAll.govReport` (every safe fix, as for `editor.codeActionsOnSave`).
 */
import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import {
  fixAll,
  localize,
  safeFixEdits,
  type Finding,
  type LineIndex,
  type LintOptions,
  type Locale,
  type Span,
  type TextEdit,
} from '../core/index.js';
import { toLspEdit } from './convert.js';
import { toDiagnostic } from './diagnostics.js';
import { FIX_ALL_KIND } from './protocol.js';

/** What {@link codeActions} needs: the document, its findings and the request. */
export interface CodeActionInput {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly index: LineIndex;
  readonly findings: readonly Finding[];
  readonly lintOptions: LintOptions;
  readonly locale: Locale;
  /** The requested range, as offsets. */
  readonly range: Span;
  /** The kinds the client asked for (all when undefined). */
  readonly only: readonly string[] | undefined;
  /** Whether the client accepts versioned document edits (then a stale edit is refused). */
  readonly versionedEdits: boolean;
}

/** The code actions for a request. Source actions are computed only when asked for by kind. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(input.only, CodeActionKind.QuickFix, true)) actions.push(...quickFixes(input));
  if (wants(input.only, FIX_ALL_KIND, false)) {
    const fixAllAction = sourceFixAll(input);
    if (fixAllAction) actions.push(fixAllAction);
  }
  return actions;
}

function wants(only: readonly string[] | undefined, kind: string, byDefault: boolean): boolean {
  if (!only || only.length === 0) return byDefault;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function quickFixes(input: CodeActionInput): CodeAction[] {
  const { range, findings, locale } = input;
  const touched = findings.filter(
    (f) => f.fixes.length > 0 && f.span.start <= range.end && range.start <= f.span.end,
  );
  const actions: CodeAction[] = [];
  for (const finding of touched) {
    const diagnostic = toDiagnostic(finding, input.index, input.uri, locale);
    const safeCount = finding.fixes.filter((fix) => fix.safe).length;
    for (const fix of finding.fixes) {
      actions.push({
        title: localize(fix.title, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.safe && safeCount === 1,
        edit: workspaceEdit(input, fix.edits),
      });
    }
  }
  for (const rule of new Set(touched.map((f) => f.rule))) {
    const ofRule = findings.filter((f) => f.rule === rule);
    const { edits, count } = safeFixEdits(ofRule);
    if (count < 2) continue;
    actions.push({
      title: localize(
        {
          zh: `修复本文件中所有可安全修复的 ${rule} 问题（${count} 处）`,
          en: `Fix all safe ${rule} problems in this file (${count})`,
        },
        locale,
      ),
      kind: CodeActionKind.QuickFix,
      edit: workspaceEdit(input, edits),
    });
  }
  return actions;
}

function sourceFixAll(input: CodeActionInput): CodeAction | undefined {
  const fixed = fixAll(input.text, input.lintOptions);
  const edit = minimalEdit(input.text, fixed.text);
  if (fixed.applied === 0 || !edit) return undefined;
  return {
    title: localize({ zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' }, input.locale),
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(input, [edit]),
  };
}

/**
 * The single smallest replacement that turns `before` into `after` (common prefix and suffix kept),
 * or undefined when they are equal. Never splits a surrogate pair.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function workspaceEdit(input: CodeActionInput, edits: readonly TextEdit[]): WorkspaceEdit {
  const lspEdits = edits.map((edit) => toLspEdit(input.index, edit));
  return input.versionedEdits
    ? { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits: lspEdits }] }
    : { changes: { [input.uri]: lspEdits } };
}
