/**
 * What the `cross-year` check reads of last year's report, and nothing more: a saved report that is only ever
 * compared with is kept as this digest instead of its whole parse (the workspace may hold thousands).
 */
import type { Cell, ReportDocument, Table, TableKind, TableRow } from '../core/index.js';

/** 表三's row whose values last year carried over into this year. */
const CARRYOVER_ROW = 'carryover';
/** 表二's column of the documents in force at the end of the year. */
const IN_FORCE_COLUMN = 'in-force';

/**
 * A report reduced to what the `cross-year` check needs of last year's: its title's agency and its year (which
 * report it is), its template, 表三's 四、结转下年度继续办理 row, and 表二's 现行有效 cells. Everything else is
 * empty, and no string of the report's text is kept (a slice could pin the whole text in memory).
 */
export function crossYearDigest(report: ReportDocument): ReportDocument {
  const { title } = report;
  const tables = [
    digestTable(report, 'table3', (row) => (row.id === CARRYOVER_ROW ? row.cells : null)),
    digestTable(report, 'table2', (row) => row.cells.filter((c) => c?.columnId === IN_FORCE_COLUMN)),
  ];
  return {
    text: '',
    title: title && {
      span: title.span,
      text: '',
      agency: title.agency === null ? null : detach(title.agency),
    },
    year: report.year,
    yearEvidence: [],
    template: report.template,
    versionEvidence: [],
    sections: [],
    strayHeadings: [],
    tables: tables.filter((t) => t !== undefined),
    issues: [],
  };
}

/** The first table of `kind` (the one the check reads) with the rows and cells `keep` picks, or none. */
function digestTable(
  report: ReportDocument,
  kind: TableKind,
  keep: (row: TableRow) => readonly (Cell | undefined)[] | null,
): Table | undefined {
  const table = report.tables.find((t) => t.kind === kind);
  if (!table) return undefined;
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    const cells = keep(row);
    if (cells) rows.push({ id: row.id, label: '', labelSpan: row.labelSpan, cells: cells.map(digestCell) });
  }
  return { kind, span: table.span, rows, labels: [] };
}

function digestCell(cell: Cell | undefined): Cell | undefined {
  return (
    cell && {
      columnId: cell.columnId,
      span: cell.span,
      raw: '',
      state: cell.state,
      value: cell.value,
      notes: [],
    }
  );
}

/** A copy of `text` that shares no memory with the string it was cut from. */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
