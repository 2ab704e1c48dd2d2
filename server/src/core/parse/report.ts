/** Parses a report's text into a {@link ReportDocument}. (Work in progress: returns an empty model.) */
import type { ReportDocument, TemplateId } from '../model.js';

/** Options of {@link parseReport}. */
export interface ParseOptions {
  readonly template: TemplateId | 'auto';
}

/** Reads sections, headings and tables from `text`. Never throws. */
export function parseReport(text: string, _options: ParseOptions): ReportDocument {
  return { text, title: null, year: null, yearEvidence: [], template: 'unknown', versionEvidence: [], sections: [], tables: [], issues: [] };
}
