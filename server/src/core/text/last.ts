/**
 * The last element of `list`, or undefined when it is empty. `list[list.length - 1]` on an empty list reads
 * index -1, which V8 looks up as a named property: about ten times slower in optimised code, and on per-line
 * and per-figure paths empty lists are common.
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}
