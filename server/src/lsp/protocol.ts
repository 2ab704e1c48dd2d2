/**
 * Names shared by the client and the server beyond LSP itself. The client bundles this file, so it
 * imports nothing at run time.
 */
import type { DetectedTemplate } from '../core/index.js';

/** The notification the server sends after each lint: what it detected in a document. */
export const STATUS_NOTIFICATION = 'govReport/status';

/** The parameters of {@link STATUS_NOTIFICATION}. */
export interface StatusParams {
  readonly uri: string;
  readonly template: DetectedTemplate;
  readonly year: number | null;
}

/** The code action kind that applies every safe fix (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.govReport';
