/** The row labels of 表二 and 表三 as data for matching, and the matcher (exact, cut short, or fuzzy). */
import { isAsciiDigit, isFullwidthDigit, isWhiteSpace } from '../text/chars.js';
import type { TemplateId } from '../model.js';
import type { Template } from '../templates/schema.js';
import { commonSubsequence } from '../text/distance.js';
import { lastOf } from '../text/last.js';
import { entityAt } from './normalize.js';

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
  /** Id of the 表三 group the row belongs to (null: a top-level row, or 表二's). */
  readonly parent: string | null;
}

/** Text normalised for matching, with the source offset of each normalised character. */
export interface MappedText {
  readonly norm: string;
  /**
   * Offset of each character of `norm` from `start` in the source; null when `norm` is the source text
   * unchanged from `start`.
   */
  readonly offsets: readonly number[] | null;
  readonly start: number;
  /** Offset just past the last source character. */
  readonly end: number;
}

/** The source offset of `norm[i]` (undefined past the end). */
export function sourceOffset(mapped: MappedText, i: number): number | undefined {
  if (i < 0 || i >= mapped.norm.length) return undefined;
  const offset = mapped.offsets ? mapped.offsets[i] : i;
  return offset === undefined ? undefined : mapped.start + offset;
}

/** Characters dropped by the normalisation: white space (JavaScript's `\s`) and quotes. */
function isDropped(code: number): boolean {
  return (
    isWhiteSpace(code) ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d
  );
}

const MAP: Readonly<Record<number, string>> = {
  0x28: '（', // (
  0x29: '）', // )
  0x3a: '：', // :
  0x2c: '，', // ,
  0xff0e: '.', // ．
};

/** For a character from U+3002 on: true unless the normalisation drops or replaces it. */
const keepsWide = (code: number) => code !== 0xfeff && code !== 0xff0e && !isFullwidthDigit(code);

/** What the normalisation makes of a character other than CJK text: undefined when it keeps it as it is. */
function replacementOf(code: number, previousIsDigit: boolean): string | undefined {
  if (isDropped(code)) return '';
  if (isFullwidthDigit(code)) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3001 && previousIsDigit) return '.'; // 、 after a digit
  return MAP[code];
}

/**
 * The normalisation behind {@link mapText} and {@link normalize}, in one pass over the characters:
 * unchanged characters are copied in runs, and `offsets` (when given) receives each kept character's offset.
 */
function normalizePieces(
  pieces: readonly { start: number; text: string }[],
  offsets: number[] | null,
): string {
  let out = ''; // concatenation: a text the normalisation leaves as it is comes back without a copy
  let previousIsDigit = false;
  for (const { start, text } of pieces) {
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x3002 && keepsWide(code)) {
        // CJK text and full-width punctuation, the bulk of every label: kept as it is.
        offsets?.push(start + i);
        previousIsDigit = false;
        continue;
      }
      // An HTML entity ("&ldquo;", "&#8220;") is the character it stands for, at the "&".
      const entity = code === 0x26 ? entityAt(text, i) : null;
      const replacement = entity
        ? (replacementOf(entity.char.charCodeAt(0), previousIsDigit) ?? entity.char)
        : replacementOf(code, previousIsDigit);
      if (replacement === undefined) {
        offsets?.push(start + i);
        previousIsDigit = isAsciiDigit(code);
        continue;
      }
      if (i > run) out += text.slice(run, i);
      run = i + (entity?.length ?? 1);
      if (replacement !== '') {
        out += replacement;
        for (let k = 0; k < replacement.length; k++) offsets?.push(start + i);
        previousIsDigit = isAsciiDigit(replacement.charCodeAt(0));
      }
      i = run - 1;
    }
    if (run < text.length) out += run === 0 ? text : text.slice(run);
  }
  return out;
}

/** Normalises pieces of source text (each with its offset) into one comparable string with an offset map. */
export function mapText(pieces: readonly { start: number; text: string }[]): MappedText {
  const first = pieces[0];
  const last = lastOf(pieces);
  const start = first?.start ?? 0;
  const end = last ? last.start + last.text.length : 0;
  if (pieces.length === 1 && first) {
    const { norm, offsets } = mapOne(first.text);
    return { norm, offsets, start, end };
  }
  const offsets: number[] = [];
  const norm = normalizePieces(pieces, offsets);
  for (let i = 0; i < offsets.length; i++) offsets[i] = (offsets[i] ?? 0) - start;
  return { norm, offsets, start, end };
}

/** One piece normalised, with offsets from its start (null: unchanged); remembered, labels recur. */
function mapOne(text: string): { norm: string; offsets: readonly number[] | null } {
  let mapped = MAPPED.get(text);
  if (!mapped) {
    const norm = normalizePieces([{ start: 0, text }], null);
    if (norm === text) mapped = { norm, offsets: null };
    else {
      const offsets: number[] = [];
      mapped = { norm: normalizePieces([{ start: 0, text }], offsets), offsets };
    }
    if (MAPPED.size >= MAX_REMEMBERED) MAPPED.clear();
    MAPPED.set(text, mapped);
  }
  return mapped;
}
const MAPPED = new Map<string, { norm: string; offsets: readonly number[] | null }>();

/** Normalises one label for comparison. */
export function normalize(text: string): string {
  return normalizePieces([{ start: 0, text }], null);
}

const TABLE2_LABELS = new WeakMap<Template, WeakMap<Template, readonly RowLabel[]>>();
const TABLE3_LABELS = new WeakMap<Template, WeakMap<Template, readonly RowLabel[]>>();

/** The labels of 表二's rows: the active template's, plus the other version's spellings of the same rows. */
export function table2Labels(active: Template, other: Template): readonly RowLabel[] {
  const byOther = TABLE2_LABELS.get(active) ?? new WeakMap<Template, readonly RowLabel[]>();
  TABLE2_LABELS.set(active, byOther);
  let labels = byOther.get(other);
  if (!labels) {
    labels = buildTable2Labels(active, other);
    byOther.set(other, labels);
  }
  return labels;
}

function buildTable2Labels(active: Template, other: Template): RowLabel[] {
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
          parent: null,
        });
      }
    }
  }
  return labels;
}

/**
 * The labels of 表三's rows and groups, in template order, with the other version's rows the active template
 * lacks right after their parent: the 2021 form's three （六） rows in a report read as 2019 (a 2019 表二 with a
 * 2021 表三). They are read as rows of their own, not as values of the 2019 form's single （六） row nor as values
 * of no row; the template's rules know no such row. They are no version evidence: the template is decided before
 * the tables are read, and their labels' markers already count.
 */
export function table3Labels(active: Template, other: Template): readonly RowLabel[] {
  const byOther = TABLE3_LABELS.get(active) ?? new WeakMap<Template, readonly RowLabel[]>();
  TABLE3_LABELS.set(active, byOther);
  let labels = byOther.get(other);
  if (!labels) {
    labels = buildTable3Labels(active, other);
    byOther.set(other, labels);
  }
  return labels;
}

function buildTable3Labels(active: Template, other: Template): RowLabel[] {
  const columns = active.table3.columns.map((c) => c.id);
  const known = new Set(active.table3.rows.map((row) => row.id));
  const label = (row: Template['table3']['rows'][number]): RowLabel => ({
    rowId: row.id,
    ordinal: normalize(row.ordinal),
    body: normalize(row.label),
    display: row.ordinal + row.label,
    version: null,
    group: row.kind === 'group',
    columns,
    block: null,
    parent: row.parent ?? null,
  });
  return active.table3.rows.flatMap((row) => [
    label(row),
    ...other.table3.rows.filter((r) => r.parent === row.id && !known.has(r.id)).map(label),
  ]);
}

/** A label with the strings {@link findLabel} looks for. */
interface LabelKeys {
  readonly label: RowLabel;
  /** Ordinal and body. */
  readonly full: string;
  /** What an exact match must contain: the body, or the full label when the body is short. */
  readonly key: string;
  /**
   * What a label cut short by a line break must end with: its start up to 4 characters past the ordinal
   * (at most all but its last character); null when that is under 4 characters.
   */
  readonly cutPrefix: string | null;
}

/**
 * A label list indexed by the first two characters of each label's key and cut prefix. A label can match a
 * text only when that pair occurs in the text, so {@link findLabel} tries only those labels (in list order)
 * instead of every label of the table for every run of text.
 */
class LabelIndex {
  private readonly keys: LabelKeys[];
  private readonly byPair = new Map<number, number[]>();
  /** Labels whose key is shorter than two characters: always tried. */
  private readonly always: number[] = [];
  /**
   * Labels whose key holds their ordinal (a body too short to stand alone: "（七）总计"), by body: the label's
   * index, and the index of its previous sibling ("（六）"), after which the label is expected.
   */
  private readonly byBody = new Map<string, { index: number; after: number }>();
  private readonly remembered = new Map<string, LabelHit | null>();
  private readonly rememberedFuzzy = new Map<number, Map<string, LabelHit | null>>();

  constructor(private readonly labels: readonly RowLabel[]) {
    this.keys = labels.map((label) => {
      const full = label.ordinal + label.body;
      const minimum = Math.min(full.length - 1, label.ordinal.length + 4);
      return {
        label,
        full,
        key: label.body.length >= 4 || label.ordinal === '' ? label.body : full,
        cutPrefix: minimum >= 4 ? full.slice(0, minimum) : null,
      };
    });
    this.keys.forEach(({ label, key, cutPrefix }, i) => {
      if (key !== label.body && !label.group && !this.byBody.has(label.body))
        this.byBody.set(label.body, { index: i, after: previousSibling(labels, i) });
      if (key.length < 2) this.always.push(i);
      else this.add(pairAt(key, 0), i);
      if (cutPrefix !== null) this.add(pairAt(cutPrefix, 0), i);
    });
  }

  /** The labels that may match `norm`, in list order. */
  candidates(norm: string): LabelKeys[] {
    const positions = [...this.always];
    for (let i = 0; i + 1 < norm.length; i++) {
      const list = this.byPair.get(pairAt(norm, i));
      if (list) for (const position of list) if (!positions.includes(position)) positions.push(position);
    }
    return positions.sort((a, b) => a - b).map((i) => this.keys[i] as LabelKeys);
  }

  /**
   * The best exact or cut-short match of `norm` ({@link findLabel} without its fuzzy fallback), remembered:
   * the same label texts come back line after line and report after report. At most `MAX_REMEMBERED` texts
   * are kept per label list.
   */
  exactOrCut(norm: string): LabelHit | null {
    let hit = this.remembered.get(norm);
    if (hit === undefined) {
      hit = bestExactOrCut(norm, this.candidates(norm));
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(norm, hit);
    }
    return hit;
  }

  /**
   * A short label written without its ordinal ("总计" for "（七）总计"), as the whole of `norm`. So short a body
   * names other things too (表三's 总计 column): it is the label only where the label is expected, when the
   * last row read (`next` - 1) is its previous sibling or a row after that ("（六）" or one of its rows).
   */
  bare(norm: string, next: number): LabelHit | null {
    const entry = this.byBody.get(norm);
    const expected = entry !== undefined && entry.after < next && next <= entry.index;
    const label = expected ? this.labels[entry.index] : undefined;
    return label ? { label, from: 0, to: norm.length, quality: 'bare' } : null;
  }

  /**
   * The best fuzzy match of `norm` among the {@link EXPECTED_LABELS} labels from index `next` on, remembered
   * per `next` like {@link exactOrCut}: header cells and unreadable text come back in every report.
   */
  fuzzy(norm: string, next: number): LabelHit | null {
    let remembered = this.rememberedFuzzy.get(next);
    if (!remembered) {
      remembered = new Map();
      this.rememberedFuzzy.set(next, remembered);
    }
    let hit = remembered.get(norm);
    if (hit === undefined) {
      hit = bestFuzzy(norm, this.labels.slice(next, next + EXPECTED_LABELS));
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(norm, hit);
    }
    return hit;
  }

  private add(pair: number, position: number): void {
    const list = this.byPair.get(pair);
    if (!list) this.byPair.set(pair, [position]);
    else if (!list.includes(position)) list.push(position);
  }
}

/** The index of the label before `labels[i]` in the same group (the label just before when none). */
function previousSibling(labels: readonly RowLabel[], i: number): number {
  const parent = labels[i]?.parent;
  for (let j = i - 1; j >= 0; j--) if (labels[j]?.parent === parent) return j;
  return i - 1;
}

function pairAt(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

const MAX_REMEMBERED = 5000;
const INDEXES = new WeakMap<readonly RowLabel[], LabelIndex>();

function labelIndex(labels: readonly RowLabel[]): LabelIndex {
  let index = INDEXES.get(labels);
  if (!index) {
    index = new LabelIndex(labels);
    INDEXES.set(labels, index);
  }
  return index;
}

/**
 * A label found in a run of text: where (as indices into the normalised text) and how well. `bare`: a short
 * label's body without its ordinal, where that row is expected next ("总计" for "（七）总计").
 */
export interface LabelHit {
  readonly label: RowLabel;
  readonly from: number;
  readonly to: number;
  readonly quality: 'exact' | 'cut' | 'bare' | 'fuzzy';
}

/** How many labels from the next expected one on may match fuzzily. */
const EXPECTED_LABELS = 3;

const QUALITY_RANK = { exact: 4, cut: 3, bare: 2, fuzzy: 1 } as const;

/**
 * Finds the label a run of text names. Several labels in one run (a group label before its first item)
 * resolve to the last one. The labels likely next, the only ones matched without their ordinal when short or
 * fuzzily, are the {@link EXPECTED_LABELS} from index `next` on.
 */
export function findLabel(norm: string, labels: readonly RowLabel[], next: number): LabelHit | null {
  const index = labelIndex(labels);
  return index.exactOrCut(norm) ?? index.bare(norm, next) ?? index.fuzzy(norm, next);
}

/** The best fuzzy match of `norm` among `expected` (group labels and labels `norm` begins are left out). */
function bestFuzzy(norm: string, expected: readonly RowLabel[]): LabelHit | null {
  let best: LabelHit | null = null;
  for (const label of expected) {
    const full = label.ordinal + label.body;
    if (label.group || full.startsWith(norm)) continue;
    if (label.ordinal !== '' && !norm.startsWith(label.ordinal)) continue;
    if (norm.length > full.length * 1.3 || norm.length < full.length * 0.6) continue;
    if (commonSubsequence(norm, full) / full.length >= 0.7) {
      best = better(best, { label, from: 0, to: norm.length, quality: 'fuzzy' });
    }
  }
  return best;
}

/** The better of two hits: the one ending later, then the better quality, then the longer. */
function better(best: LabelHit | null, hit: LabelHit): LabelHit {
  if (
    !best ||
    hit.to > best.to ||
    (hit.to === best.to && QUALITY_RANK[hit.quality] > QUALITY_RANK[best.quality]) ||
    (hit.to === best.to && hit.quality === best.quality && hit.to - hit.from > best.to - best.from)
  ) {
    return hit;
  }
  return best;
}

/** The best exact or cut-short match of `norm` among `candidates`. */
function bestExactOrCut(norm: string, candidates: readonly LabelKeys[]): LabelHit | null {
  let best: LabelHit | null = null;
  for (const { label, full, key, cutPrefix } of candidates) {
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
      best = better(best, {
        label,
        from: withOrdinal ? at - label.ordinal.length : at,
        to: at + key.length,
        quality: 'exact',
      });
      continue;
    }
    const cut = cutPrefix === null ? -1 : cutShort(norm, full, cutPrefix);
    if (cut >= 0) best = better(best, { label, from: cut, to: norm.length, quality: 'cut' });
  }
  return best;
}

/** Where `norm` ends with the start of `full` (a label cut by a line break) that begins with `prefix`. */
function cutShort(norm: string, full: string, prefix: string): number {
  if (norm.length < prefix.length) return -1;
  const at = norm.lastIndexOf(prefix);
  return at >= 0 && full.startsWith(norm.slice(at)) && norm.length - at < full.length ? at : -1;
}
