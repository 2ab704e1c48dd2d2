/**
 * Blank tables and report skeletons for the insert command (request `govReport/renderTemplate`), rendered by
 * the engine's template renderer, the one the `table-missing` fix and the snippets use.
 */
import * as z from 'zod/mini';
import { renderReport, renderTable, TEMPLATES, type ReportDocument } from '../core/index.js';
import type { RenderTemplateParams } from './protocol.js';

const ParamsSchema = z.object({
  kind: z.enum(['table2', 'table3', 'table4', 'report']),
  template: z.enum(['2019', '2021']),
  eol: z.enum(['\n', '\r\n']),
  uri: z.optional(z.string()),
});

/** The body a skeleton names when the document it goes into names none. */
export const AGENCY_PLACEHOLDER = '（机关名称）';

/** The parameters of a render request, or null when they are not valid ones. */
export function parseRenderParams(raw: unknown): RenderTemplateParams | null {
  const parsed = ParamsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { uri, ...rest } = parsed.data;
  return uri === undefined ? rest : { ...rest, uri };
}

/**
 * The text of a blank table (every value 0), or of a whole report skeleton. A skeleton takes its year and
 * body from `document` (the report it goes into) when it names them; otherwise it is for `lastYear` and
 * names {@link AGENCY_PLACEHOLDER}. The year is moved into the template's years (a 2019-format skeleton is
 * for 2019 or 2020).
 */
export function renderTemplate(
  params: RenderTemplateParams,
  document: ReportDocument | undefined,
  lastYear: number,
): string {
  const template = TEMPLATES[params.template];
  if (params.kind !== 'report') return renderTable(template, params.kind, '0', params.eol);
  const { from, to } = template.years;
  const year = Math.min(Math.max(document?.year ?? lastYear, from), to ?? Infinity);
  return renderReport(template, year, document?.title?.agency ?? AGENCY_PLACEHOLDER, params.eol);
}
