/**
 * The schema of a template version (SPEC §1, §3–5). Each official version is one JSON data file that
 * satisfies it (checked by test/unit/templates.test.ts); rules read labels and relations from the data.
 */
import * as z from 'zod/mini';

const Column = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  /** count: non-negative integer; delta: integer, may be negative; amount: decimal. */
  kind: z.enum(['count', 'delta', 'amount']),
});

const Table2Block = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  columns: z.array(Column).check(z.minLength(1)),
  rows: z
    .array(z.object({ id: z.string().check(z.minLength(1)), label: z.string().check(z.minLength(1)) }))
    .check(z.minLength(1)),
});

const Table3Row = z.object({
  id: z.string().check(z.minLength(1)),
  /** As printed: "一、", "（一）", "1.". */
  ordinal: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  /** group rows carry no values; their children do. */
  kind: z.enum(['data', 'group']),
  /** new: 一; carried: 二; result: a row summed into 三（七）; total: 三（七）; carryover: 四. */
  role: z.optional(z.enum(['new', 'carried', 'result', 'total', 'carryover'])),
  parent: z.optional(z.string()),
});

const Rename = z.object({
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  safe: z.boolean(),
});

/** The zod schema every template data file satisfies. */
export const TemplateSchema = z.object({
  id: z.enum(['2019', '2021']),
  document: z.string(),
  /** First report year the version applies to, and the last (null: still current). */
  years: z.object({ from: z.int(), to: z.nullable(z.int()) }),
  table2: z.object({ blocks: z.array(Table2Block).check(z.minLength(1)) }),
  table3: z.object({
    corner: z.string(),
    columns: z.array(Column).check(z.length(7)),
    rows: z.array(Table3Row).check(z.minLength(1)),
  }),
  table4: z.object({
    groups: z.array(z.object({ id: z.string(), label: z.string() })).check(z.length(3)),
    parts: z.array(Column).check(z.length(5)),
  }),
  /** Labels only this version uses: they reveal the version a report is written in. */
  markers: z.array(z.string().check(z.minLength(1))),
  /** Labels of the other version and this version's equivalent. */
  renames: z.array(Rename),
});

/** A template version, as data. */
export type Template = z.infer<typeof TemplateSchema>;
/** A 表二 block of a template. */
export type Table2BlockDef = z.infer<typeof Table2Block>;
/** A 表三 row of a template. */
export type Table3RowDef = z.infer<typeof Table3Row>;
/** A column of a template table. */
export type ColumnDef = z.infer<typeof Column>;
