/** String similarity helpers for fuzzy heading and label matching (short strings only). */

/**
 * Two rows of dynamic-programming cells, reused by every call (the functions below are not re-entrant):
 * the parser calls them a hundred times per report, and fresh arrays per row cost more than the work.
 */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

function rows(length: number): [Int32Array, Int32Array] {
  if (rowA.length < length) {
    rowA = new Int32Array(length * 2);
    rowB = new Int32Array(length * 2);
  }
  return [rowA, rowB];
}

/** Levenshtein distance (in UTF-16 code units), giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let [prev, cur] = rows(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** Length of the longest common subsequence of `a` and `b` (in UTF-16 code units). */
export function commonSubsequence(a: string, b: string): number {
  let [prev, cur] = rows(b.length + 1);
  prev.fill(0, 0, b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = 0;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}
