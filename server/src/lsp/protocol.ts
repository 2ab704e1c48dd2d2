/**
 * Names shared by the client and the server beyond LSP itself. The client bundles this file, so it
 * imports nothing at run time.
 */
import type { DetectedTemplate, TemplateId } from '../core/index.js';

/**
 * What the server detected in a document: sent after its first lint since it opened, and after each lint that
 * detects another template or year.
 */
export const STATUS_NOTIFICATION = 'govReport/status';

/** The parameters of {@link STATUS_NOTIFICATION}. */
export interface StatusParams {
  readonly uri: string;
  readonly template: DetectedTemplate;
  readonly year: number | null;
}

/** The code action kind that applies every safe fix (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.govReport';

/**
 * The client command a code lens runs to show a problem: arguments `[uri, range]` (an LSP range),
 * selects the range in that document.
 */
export const REVEAL_COMMAND = 'govReport.revealProblem';

/** The request for a blank table or report skeleton, rendered from a template by the engine. */
export const RENDER_TEMPLATE_REQUEST = 'govReport/renderTemplate';

/** What {@link RENDER_TEMPLATE_REQUEST} can render: one of the three tables, or a whole report. */
export type RenderKind = 'table2' | 'table3' | 'table4' | 'report';

/** The parameters of {@link RENDER_TEMPLATE_REQUEST}. */
export interface RenderTemplateParams {
  readonly kind: RenderKind;
  readonly template: TemplateId;
  /** The line break to use (the document's). */
  readonly eol: '\n' | '\r\n';
  /** The document it goes into: a report skeleton takes its year and body from it, when it names them. */
  readonly uri?: string;
}

/** The result of {@link RENDER_TEMPLATE_REQUEST}. */
export interface RenderTemplateResult {
  readonly text: string;
}
