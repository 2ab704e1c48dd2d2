/**
 * The reporting body named in its own text: "其中本机关…", "其中县政府办公室…" after a wider body's total. Only
 * where that is certain: a department's report (a 局, 委, 办公室 …; not a government, whose table may be the whole's).
 */
import type { ReportDocument } from '../model.js';

/** A body that governs an area: its 全区 / 全县 may be its own whole, and its 本机关 the whole's part. */
const GOVERNMENT = /(?:政府|管委会|管理委员会|办事处|街道|[省市区县镇乡州旗盟])$/;
/** Words that name a department that reports, whatever its title says. */
const DEPARTMENT_WORDS = ['本局', '本委', '本厅', '本办', '我局', '我委', '我厅', '我办'];
/** Words that name the reporting body when its title shows it is a department. */
const SELF_WORDS = ['本机关', '本单位', '本部门'];
const LEVEL = /[省市区县州旗盟]/g;
/** A short name shorter than this is too loose to name the body. */
const MIN_NAME = 4;

const memo = new WeakMap<ReportDocument, readonly string[]>();

/** The words that name the reporting body in its own text, longest first (computed once per document). */
function namesOf(document: ReportDocument): readonly string[] {
  let names = memo.get(document);
  if (!names) memo.set(document, (names = bodyNames(document.title?.agency ?? null)));
  return names;
}

/**
 * A department's names: the words any department uses, and when the title names a body that governs no area,
 * 本机关/本单位/本部门, its name and its short names (宁安县人民政府办公室: 县人民政府办公室, 县政府办公室, 县政府办).
 */
function bodyNames(agency: string | null): string[] {
  if (agency === null || GOVERNMENT.test(agency)) return DEPARTMENT_WORDS;
  const names = new Set([...DEPARTMENT_WORDS, ...SELF_WORDS, agency]);
  for (const m of agency.matchAll(LEVEL)) {
    const name = agency.slice(m.index);
    for (const variant of [name, name.replace('人民政府', '政府')]) {
      if (variant.length < MIN_NAME) continue;
      names.add(variant);
      if (variant.endsWith('办公室')) names.add(variant.slice(0, -2));
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * The length of "其中<the reporting body>" at the start of a figure's lead ("其中本机关新收", "其中由县政府办公室"),
 * or 0: the figures after it are the body's own, those before it a wider body's.
 */
export function thisBodyAt(lead: string, document: ReportDocument): number {
  if (!lead.startsWith('其中')) return 0;
  const at = lead.startsWith('由', 2) || lead.startsWith('以', 2) ? 3 : 2;
  const name = namesOf(document).find((n) => lead.startsWith(n, at));
  return name === undefined ? 0 : at + name.length;
}
