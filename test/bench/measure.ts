/** Timing and the rows of the benchmark table. */

/** One line of the result table. */
export interface BenchRow {
  readonly measure: string;
  readonly value: string;
  /** The goal from issue 5, when there is one. */
  readonly target?: string;
  /** Whether the value meets the target. */
  readonly ok?: boolean;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Milliseconds since an arbitrary start, with sub-microsecond resolution. */
export function now(): number {
  return performance.now();
}

/** Runs `fn` `warmup` times, then `runs` times, and returns the median duration in milliseconds. */
export function medianTime(fn: () => void, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    fn();
    times.push(now() - start);
  }
  return median(times);
}

/** "0.312 ms", "41.7 ms", "1.23 s". */
export function ms(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value.toFixed(value < 1 ? 3 : value < 10 ? 2 : 1)} ms`;
}

/** "14.1 KB", "1.62 MB" (powers of 1024). */
export function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;
}

/** Renders the rows as an aligned text table with a ✓/✗ column for rows that have a target. */
export function renderTable(rows: readonly BenchRow[]): string {
  const header: BenchRow = { measure: 'measure', value: 'value', target: 'target' };
  const cells = [header, ...rows].map((r) => [
    r.measure,
    r.value,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? '✓' : '✗',
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => displayWidth(row[c] ?? ''))));
  const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
  const line = (row: string[]) =>
    `| ${pad(row[0] ?? '', widths[0] ?? 0)} | ${pad(row[1] ?? '', widths[1] ?? 0)} | ${pad(row[2] ?? '', widths[2] ?? 0)} | ${row[3] ?? ''} |`;
  const rule = `|${'-'.repeat((widths[0] ?? 0) + 2)}|${'-'.repeat((widths[1] ?? 0) + 2)}|${'-'.repeat((widths[2] ?? 0) + 2)}|---|`;
  const [head, ...body] = cells;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

/** Terminal columns of a string: CJK characters take two. */
function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}
