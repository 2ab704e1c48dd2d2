/**
 * The official template versions. The data files are fixed and bundled, so they are not validated at every
 * start (≈10 ms): test/unit/templates.test.ts checks them against the schema, the source of their types.
 */
import data2019 from './template-2019.json';
import data2021 from './template-2021.json';
import type { Template } from './schema.js';
import type { TemplateId } from '../model.js';

/** Both versions, by id. */
export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
  '2019': data2019 as Template,
  '2021': data2021 as Template,
};

/** The version a report of `year` must use (null before 2019). */
export function templateForYear(year: number): TemplateId | null {
  if (year >= TEMPLATES['2021'].years.from) return '2021';
  if (year >= TEMPLATES['2019'].years.from) return '2019';
  return null;
}
