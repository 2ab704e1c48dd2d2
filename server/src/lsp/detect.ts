/**
 * Which plain-text and Markdown files are annual reports: those whose first lines hold a title such
 * as "XXXX年政府信息公开工作年度报告". Pure and import-free: the client filters open documents with it,
 * the server picks the workspace's saved reports with it.
 */

/** How many lines from the top may hold the title. */
export const TITLE_LINES = 10;

const TITLE = /政府信息公开.*年度报告/;

/** Lines longer than this are cut before matching (a report pasted from a web page can be one line). */
const MAX_LINE = 400;

/** True when one of the first {@link TITLE_LINES} lines of `text` reads like a report title. */
export function looksLikeReport(text: string): boolean {
  return text.split(/\r\n|\r|\n/, TITLE_LINES).some((line) => TITLE.test(line.slice(0, MAX_LINE)));
}
