/**
 * Splitting a run of digits that a PDF glued together ("3001530061 43119") into cells, only where the table's
 * arithmetic makes the split unique: the last part must equal the sum of the others.
 */

const MAX_RUN = 24;

/**
 * Splits `digits` into `parts` numbers without leading zeros. With `lastIsSum`, the split must satisfy
 * last = sum of the rest and be the only one that does; without it, only a run of exactly `parts` digits
 * splits (one digit each). Returns null when no unique split exists.
 */
export function splitDigitRun(digits: string, parts: number, lastIsSum: boolean): string[] | null {
  if (!/^\d+$/.test(digits) || digits.length < parts || digits.length > MAX_RUN) return null;
  if (digits.length === parts) return digits.split('');
  if (!lastIsSum) return null;
  let found: string[] | null = null;
  let count = 0;
  const walk = (from: number, acc: string[]): void => {
    if (count > 1) return;
    if (acc.length === parts - 1) {
      const last = digits.slice(from);
      if (!validPart(last)) return;
      const sum = acc.reduce((s, p) => s + Number(p), 0);
      if (sum === Number(last)) {
        count++;
        found = [...acc, last];
      }
      return;
    }
    const remainingParts = parts - acc.length;
    for (let len = 1; from + len <= digits.length - (remainingParts - 1); len++) {
      const part = digits.slice(from, from + len);
      if (!validPart(part)) break;
      acc.push(part);
      walk(from + len, acc);
      acc.pop();
    }
  };
  walk(0, []);
  return count === 1 ? found : null;
}

function validPart(part: string): boolean {
  return part.length > 0 && (part === '0' || !part.startsWith('0'));
}
