/**
 * When to lint and what to publish. Changes are debounced (`run: onType`) or wait for a save
 * (`run: onSave`); every run re-reads the document after its await and publishes only when the
 * version it linted is still the current one, tagging the diagnostics with that version. After each
 * run, the reports that compare with a report of the year before that has changed meanwhile (this one,
 * or a saved file) are checked again.
 */
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis.js';
import { toDiagnostic, tooLargeDiagnostic } from './diagnostics.js';
import type { Settings } from './settings.js';
import type { StatusParams } from './protocol.js';

/** What the validator needs from the server. */
export interface ValidationHost {
  /** The open document at `uri`, as it is now. */
  document(uri: string): TextDocument | undefined;
  settings(uri: string): Promise<Settings>;
  analyze(document: TextDocument, settings: Settings): Analysis;
  /** The open documents whose analysis compared with an outdated report of the year before. */
  stale(): readonly string[];
  publish(params: PublishDiagnosticsParams): void;
  /** What a run detected, when it differs from what was sent last for the document. */
  status(params: StatusParams): void;
  /** Logs a failed run (the server keeps serving). */
  error(message: string): void;
  /** Diagnostics changed while the text did not: views computed from them (code lenses) are outdated. */
  refreshViews(): void;
}

/**
 * How long typing must pause before a document is checked again (`run: onType`). A new change within it
 * restarts the wait, so a burst of keystrokes is checked once; the first check after opening, a save, and
 * checks caused by settings or by last year's report run at once.
 */
export const DEBOUNCE_MS = 200;

/** Why a document is linted: its text changed, it was saved, the settings or last year's report changed. */
type Reason = 'change' | 'save' | 'settings' | 'related';

/** Cancels a scheduled call. */
type Cancel = () => void;

/**
 * Calls `fn` after `delay` ms. A zero delay calls it on the event loop's next turn (`setImmediate`):
 * `setTimeout(fn, 0)` would wait at least 1 ms, longer than a seed report's lint takes.
 */
function later(delay: number, fn: () => void): Cancel {
  if (delay > 0) {
    const timer = setTimeout(fn, delay);
    return () => clearTimeout(timer);
  }
  const immediate = setImmediate(fn);
  return () => clearImmediate(immediate);
}

/** Schedules lints per document and publishes their diagnostics. */
export class Validator {
  /** Cancels each document's scheduled run. */
  private readonly pending = new Map<string, Cancel>();
  /** The status last sent for each open document. */
  private readonly statuses = new Map<string, StatusParams>();
  /** Documents published at least once since they were opened. */
  private readonly checked = new Set<string>();

  constructor(
    private readonly host: ValidationHost,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /** The document's text changed (also called once when it opens). */
  changed(uri: string): void {
    this.schedule(uri, this.checked.has(uri) ? this.debounceMs : 0, 'change');
  }

  /** The document was saved. */
  saved(uri: string): void {
    this.schedule(uri, 0, 'save');
  }

  /** The effective settings of these documents changed: lint them again, whatever the run mode. */
  settingsChanged(uris: readonly string[]): void {
    for (const uri of uris) this.schedule(uri, 0, 'settings');
  }

  /**
   * Saved reports or open documents came, changed or went: check again the reports whose last year's report is
   * another one now (the host knows which; usually none).
   */
  reportsChanged(): void {
    for (const uri of this.host.stale()) this.schedule(uri, 0, 'related');
  }

  /** The document closed: drop pending work and clear its diagnostics. */
  closed(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.checked.delete(uri);
    this.statuses.delete(uri);
    this.host.publish({ uri, diagnostics: [] });
  }

  private schedule(uri: string, delay: number, reason: Reason): void {
    this.pending.get(uri)?.();
    this.pending.set(
      uri,
      later(delay, () => {
        this.pending.delete(uri);
        this.run(uri, reason).catch((err: unknown) =>
          this.host.error(
            `gov-report-lint: checking ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
          ),
        );
      }),
    );
  }

  private async run(uri: string, reason: Reason): Promise<void> {
    const version = this.host.document(uri)?.version;
    if (version === undefined) return;
    const settings = await this.host.settings(uri);
    const document = this.host.document(uri);
    // A newer version has scheduled its own run; this one must not publish.
    if (!document || document.version !== version) return;
    if (reason === 'change' && settings.config.run === 'onSave' && this.checked.has(uri)) return;
    const analysis = this.host.analyze(document, settings);
    const { result, index, size } = analysis;
    const { locale, config } = settings;
    this.checked.add(uri);
    this.host.publish({
      uri,
      version,
      diagnostics: result
        ? result.findings.map((finding) => toDiagnostic(finding, index, uri, locale))
        : [tooLargeDiagnostic(size, config.maxFileSize, locale)],
    });
    this.sendStatus({
      uri,
      template: result?.document.template ?? 'unknown',
      year: result?.document.year ?? null,
    });
    if (reason === 'settings' || reason === 'related') this.host.refreshViews();
    this.reportsChanged();
  }

  /** Sends a document's status unless it is the one sent last (most edits change neither template nor year). */
  private sendStatus(status: StatusParams): void {
    const last = this.statuses.get(status.uri);
    if (last?.template === status.template && last.year === status.year) return;
    this.statuses.set(status.uri, status);
    this.host.status(status);
  }
}
