/** The row labels of 表二 and 表三 as data for matching, and the matcher (exact, cut short, or fuzzy). */
import type { TemplateId } from '../model.js';
import type { Template } from '../templates/schema.js';
import { commonSubsequence } from '../text/distance.js';

/** A row label the parser looks for. */
export interface RowLabel {
  readonly rowId: string;
  /** Normalised ordinal ("一、", "（一）", "1.") or "" (表二 rows have none). */
  readonly ordinal: string;
  /** Normalised label text after the ordinal. */
  readonly body: string;
  /** The label as the active template prints it. */
  readonly display: string;
  /** Set when only this template version uses the label's text. */
  readonly version: TemplateId | null;
  readonly group: boolean;
  /** Column ids of the row's value cells, in order. */
  readonly columns: readonly string[];
  /** 表二 block the row belongs to. */
  readonly block: string | null;
}

/** Text normalised for matching, with the source offset of each normalised character. */
export interface MappedText {
  readonly norm: string;
  readonly offsets: readonly number[];
  /** Offset just past the last source character. */
  readonly end: number;
}

/** Characters dropped by the normalisation: white space (JavaScript's `\s`) and quotes. */
function isDropped(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return code === 0x22 || code === 0x27; // " '
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2018 && code <= 0x2019) || // ‘ ’
    (code >= 0x201c && code <= 0x201d) || // “ ”
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const MAP: Readonly<Record<number, string>> = {
  0x28: '（', // (
  0x29: '）', // )
  0x3a: '：', // :
  0x2c: '，', // ,
  0xff0e: '.', // ．
};

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isFullwidthDigit = (code: number) => code >= 0xff10 && code <= 0xff19;

/**
 * The normalisation behind {@link mapText} and {@link normalize}, in one pass over the characters:
 * unchanged characters are copied in runs, and `offsets` (when given) receives each kept character's offset.
 */
function normalizePieces(
  pieces: readonly { start: number; text: string }[],
  offsets: number[] | null,
): string {
  const parts: string[] = [];
  let previousIsDigit = false;
  for (const { start, text } of pieces) {
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let replacement: string | undefined;
      if (isDropped(code)) replacement = '';
      else if (isFullwidthDigit(code)) replacement = String.fromCharCode(code - 0xfee0);
      else if (code === 0x3001 && previousIsDigit)
        replacement = '.'; // 、 after a digit
      else replacement = MAP[code];
      if (replacement === undefined) {
        offsets?.push(start + i);
        previousIsDigit = isAsciiDigit(code);
        continue;
      }
      if (i > run) parts.push(text.slice(run, i));
      run = i + 1;
      if (replacement === '') continue;
      parts.push(replacement);
      offsets?.push(start + i);
      previousIsDigit = isAsciiDigit(replacement.charCodeAt(0));
    }
    if (run < text.length) parts.push(run === 0 ? text : text.slice(run));
  }
  return parts.join('');
}

/** Normalises pieces of source text (each with its offset) into one comparable string with an offset map. */
export function mapText(pieces: readonly { start: number; text: string }[]): MappedText {
  const offsets: number[] = [];
  const norm = normalizePieces(pieces, offsets);
  const last = pieces[pieces.length - 1];
  return { norm, offsets, end: last ? last.start + last.text.length : 0 };
}

/** Normalises one label for comparison. */
export function normalize(text: string): string {
  return normalizePieces([{ start: 0, text }], null);
}

/** The labels of 表二's rows: the active template's, plus the other version's spellings of the same rows. */
export function table2Labels(active: Template, other: Template): RowLabel[] {
  const labels: RowLabel[] = [];
  for (const block of active.table2.blocks) {
    for (const row of block.rows) {
      const otherRow = other.table2.blocks.flatMap((b) => b.rows).find((r) => r.id === row.id);
      const spellings = new Set([row.label, ...(otherRow ? [otherRow.label] : [])]);
      for (const spelling of spellings) {
        labels.push({
          rowId: row.id,
          ordinal: '',
          body: normalize(spelling),
          display: row.label,
          version: spellings.size > 1 ? (spelling === row.label ? active.id : other.id) : null,
          group: false,
          columns: block.columns.map((c) => c.id),
          block: block.id,
        });
      }
    }
  }
  return labels;
}

/** The labels of 表三's rows and groups, in template order. */
export function table3Labels(active: Template): RowLabel[] {
  const columns = active.table3.columns.map((c) => c.id);
  return active.table3.rows.map((row) => ({
    rowId: row.id,
    ordinal: normalize(row.ordinal),
    body: normalize(row.label),
    display: row.ordinal + row.label,
    version: null,
    group: row.kind === 'group',
    columns,
    block: null,
  }));
}

/** A label found in a run of text: where (as indices into the normalised text) and how well. */
export interface LabelHit {
  readonly label: RowLabel;
  readonly from: number;
  readonly to: number;
  readonly quality: 'exact' | 'cut' | 'fuzzy';
}

const QUALITY_RANK = { exact: 3, cut: 2, fuzzy: 1 } as const;

/**
 * Finds the label a run of text names. Several labels in one run (a group label before its first item)
 * resolve to the last one. `expected` are the labels likely next, the only ones matched fuzzily.
 */
export function findLabel(
  norm: string,
  labels: readonly RowLabel[],
  expected: readonly RowLabel[],
): LabelHit | null {
  let best: LabelHit | null = null;
  const consider = (hit: LabelHit) => {
    if (
      !best ||
      hit.to > best.to ||
      (hit.to === best.to && QUALITY_RANK[hit.quality] > QUALITY_RANK[best.quality]) ||
      (hit.to === best.to && hit.quality === best.quality && hit.to - hit.from > best.to - best.from)
    ) {
      best = hit;
    }
  };
  for (const label of labels) {
    const full = label.ordinal + label.body;
    const key = label.body.length >= 4 || label.ordinal === '' ? label.body : full;
    // Labels without an ordinal (表二) start or end their run of text (header words may run into them).
    const at =
      label.ordinal !== ''
        ? norm.lastIndexOf(key)
        : norm.endsWith(key)
          ? norm.length - key.length
          : norm.startsWith(key)
            ? 0
            : -1;
    if (at >= 0) {
      const withOrdinal =
        label.ordinal !== '' && norm.slice(0, at).endsWith(label.ordinal) && key === label.body;
      consider({
        label,
        from: withOrdinal ? at - label.ordinal.length : at,
        to: at + key.length,
        quality: 'exact',
      });
      continue;
    }
    const cut = cutShort(norm, full, label.ordinal.length);
    if (cut >= 0) consider({ label, from: cut, to: norm.length, quality: 'cut' });
  }
  if (best) return best;
  for (const label of expected) {
    const full = label.ordinal + label.body;
    if (label.group || full.startsWith(norm)) continue;
    if (label.ordinal !== '' && !norm.startsWith(label.ordinal)) continue;
    if (norm.length > full.length * 1.3 || norm.length < full.length * 0.6) continue;
    if (commonSubsequence(norm, full) / full.length >= 0.7) {
      consider({ label, from: 0, to: norm.length, quality: 'fuzzy' });
    }
  }
  return best;
}

/** Where `norm` ends with the start of `full` (a label cut by a line break), at least 4 characters past its ordinal. */
function cutShort(norm: string, full: string, ordinalLength: number): number {
  const minimum = Math.min(full.length - 1, ordinalLength + 4);
  if (minimum < 4 || norm.length < minimum) return -1;
  const at = norm.lastIndexOf(full.slice(0, minimum));
  return at >= 0 && full.startsWith(norm.slice(at)) && norm.length - at < full.length ? at : -1;
}
