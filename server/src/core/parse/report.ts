/**
 * Parses a report's text into a {@link ReportDocument}: its title, year and template version, then its body (see
 * body.ts): the section headings (by text, fuzzily), their sub-headings, and the three tables. Never throws;
 * what it cannot read becomes a parse issue.
 */
import type { ReportDocument, TemplateId } from '../model.js';
import { TEMPLATES } from '../templates/index.js';
import { readBody } from './body.js';
import { decideTemplate, findVersionMarkers, pickYear, readTitle, readYears } from './meta.js';

/** Options of {@link parseReport}. */
export interface ParseOptions {
  readonly template: TemplateId | 'auto';
}

const PRE_2019_TITLES = /收费及减免|申诉情况|不予公开政府信息的情况/;

/** Reads sections, headings and tables from `text`. Never throws. */
export function parseReport(text: string, options: ParseOptions): ReportDocument {
  const title = readTitle(text, Math.min(text.length, 3000));
  const yearEvidence = readYears(text, title);
  const year = pickYear(yearEvidence);
  const markers = findVersionMarkers(text);
  const looksPre2019 = PRE_2019_TITLES.test(text);
  const provisional = decideTemplate(options.template, markers, year, looksPre2019);
  const activeId: TemplateId = provisional === '2019' ? '2019' : '2021';
  const active = TEMPLATES[activeId];
  const other = TEMPLATES[activeId === '2019' ? '2021' : '2019'];

  let body = readBody(text, active, other, null);
  // No "一、" section at all, but headings that name the sections in order, numbered "（一）" "1." "1、" "（1）" or
  // not at all: the report numbers its sections so.
  const numbering = body.sections.length === 0 ? body.numberings.chosen() : null;
  if (numbering !== null) body = readBody(text, active, other, numbering);
  const versionEvidence = [...markers, ...body.evidence].sort((a, b) => a.span.start - b.span.start);
  const template =
    options.template !== 'auto' || provisional === 'pre-2019'
      ? provisional
      : decideTemplate('auto', versionEvidence, year, looksPre2019);
  return {
    text,
    title,
    year,
    yearEvidence,
    template,
    versionEvidence,
    sections: body.sections,
    strayHeadings: body.stray,
    tables: body.tables,
    issues: body.issues,
  };
}
