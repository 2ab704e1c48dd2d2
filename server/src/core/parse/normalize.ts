/** Normalisation of labels and numbers as they are written in reports. */
import { charTest, contentStart, isFullwidthDigit, isWhiteSpace } from '../text/chars.js';

const FULLWIDTH_DIGIT = /[０-９]/g;

/** Replaces full-width digits by ASCII digits (same length, so offsets stay valid). */
export function asciiDigits(s: string): string {
  // Most texts (short: lines, labels, cells) have none: a loop finds that sooner than a pattern's call.
  for (let i = 0; i < s.length; i++) {
    if (isFullwidthDigit(s.charCodeAt(i))) {
      return s.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    }
  }
  return s;
}

/**
 * A label's comparable form: no white space or quotes, full-width parentheses, "1、" and "1．" as "1.",
 * ASCII digits, half-width colon as full-width.
 */
export function normalizeLabel(s: string): string {
  return asciiDigits(s)
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/&nbsp;/g, '')
    .replace(/[“”"'‘’]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/(\d)[、．]/g, '$1.');
}

/**
 * The named HTML entities text copied from web pages (CMS exports) carries in labels: white space, quotes, dashes
 * and the characters markup escapes.
 */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  quot: '"',
  apos: "'",
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  amp: '&',
  lt: '<',
  gt: '>',
};
/**
 * An entity at a "&" (sticky): a name, "#" and decimal digits, or "#x" and hex digits, then ";" (lost at times, as
 * browsers allow: "&nbsp" before a character that cannot continue it).
 */
const ENTITY = /&(?:([a-z]{2,6})|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}))(?:;|(?!\w))/y;

/**
 * The HTML entity at `at` ("&ldquo;", "&#8220;", "&#x201C;"), decoded: the character it stands for and the
 * entity's length; null when there is none there (a "&" of text, an unknown name).
 */
export function entityAt(text: string, at: number): { char: string; length: number } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(text);
  if (!m) return null;
  const [entity, name, decimal, hex] = m;
  const code = name === undefined ? parseInt(decimal ?? hex ?? '', decimal === undefined ? 16 : 10) : -1;
  const char =
    name !== undefined
      ? NAMED_ENTITIES[name]
      : code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : undefined;
  return char === undefined ? null : { char, length: entity.length };
}

/** Characters that stand for "no value" in a cell: / ／ \\ - － — –. */
const isBlankMark = charTest('/／\\-－—–');

/** True for a cell text that means "no value": empty, "/", "-", "—", "&nbsp;" and the like. */
export function isBlankText(s: string): boolean {
  // Most cells hold a number or a label: their first character already rules a blank out.
  if (s === '') return true;
  const first = s.charCodeAt(0);
  if (!isWhiteSpace(first) && first !== 0x26 && !isBlankMark(first)) return false;
  if (contentStart(s) === s.length) return true; // "", "\u00a0", "   ": no need for the replaces below
  const t = s.replace(/&nbsp;?/g, '').replace(/[\s\u00a0\u3000]/g, '');
  return t === '' || /^[/／\\\-－—–]+$/.test(t);
}

/** Writes 1 … 99 as a Chinese numeral. */
export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return (tens === 1 ? '' : (digits[tens] ?? '')) + '十' + (unit ? (digits[unit] ?? '') : '');
}
