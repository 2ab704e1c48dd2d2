/** The short names of the three tables, as reports and messages write them. */
import type { Message, TableKind } from '../model.js';

/** 表二 / 表三 / 表四 and their English names. */
export const TABLE_SHORT_NAME: Readonly<Record<TableKind, Message>> = {
  table2: { zh: '表二', en: 'table 2' },
  table3: { zh: '表三', en: 'table 3' },
  table4: { zh: '表四', en: 'table 4' },
};
