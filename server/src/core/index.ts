/** The engine's public API: everything the language server and the CLI use. */
export { lint, lintDocument } from './lint.js';
export { parseReport } from './parse/report.js';
export { crossYear, findPrevious, isPreviousReport, sameBody, type ReportIdentity } from './cross-year.js';
export { tableSummaries, type TableSummary } from './summaries.js';
export { fixAll, safeFixEdits, type FixAllResult } from './fix.js';
export { LineIndex, type Position } from './text/line-index.js';
export { applyEdits } from './text/span.js';
export { format, localize, toLocale, type Locale } from './i18n.js';
export { RULES } from './rules/index.js';
export { TEMPLATES } from './templates/index.js';
export { TABLE_SHORT_NAME } from './templates/table-names.js';
export { renderReport, renderTable } from './templates/skeleton.js';
export type * from './model.js';
export {
  CONFIG_FILE_NAME,
  parseConfig,
  defaultConfig,
  toLintOptions,
  ConfigSchema,
  type Config,
  type ConfigError,
} from './config.js';
