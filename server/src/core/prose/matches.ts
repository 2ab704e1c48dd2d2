/** Matching for the prose without `String.prototype.matchAll`, which clones its pattern on every call. */

const NONE: readonly RegExpExecArray[] = [];

/** The matches of the global `pattern` in `text`, in order (the same empty array when there are none). */
export function allMatches(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (match === null) return NONE;
  const out: RegExpExecArray[] = [];
  while (match !== null) {
    out.push(match);
    if (match[0] === '') pattern.lastIndex++;
    match = pattern.exec(text);
  }
  return out;
}
