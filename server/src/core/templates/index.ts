/** The official template versions, validated against {@link TemplateSchema} when loaded. */
import data2019 from './template-2019.json';
import data2021 from './template-2021.json';
import { TemplateSchema, type Template } from './schema.js';
import type { TemplateId } from '../model.js';

/** Both versions, by id. */
export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
  '2019': TemplateSchema.parse(data2019),
  '2021': TemplateSchema.parse(data2021),
};

/** The version a report of `year` must use (null before 2019). */
export function templateForYear(year: number): TemplateId | null {
  if (year >= TEMPLATES['2021'].years.from) return '2021';
  if (year >= TEMPLATES['2019'].years.from) return '2019';
  return null;
}
