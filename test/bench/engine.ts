/** In-process `lint()`: each corpus report, and the seeds concatenated 1×, 10× and 40× (linear growth). */
import type { CorpusReport } from '../unit/support/corpus.js';
import { concatenated, utf8Size } from './inputs.js';
import { bytes, median, medianTime, ms, now, type BenchRow } from './measure.js';

/** Issue 5 §2. */
export const ENGINE_TARGETS = { perReportMs: 0.5, largeMs: 50, growth40x: 45 } as const;

/** How hard to try: iterations per report and per large document. */
export interface EngineEffort {
  readonly warmup: number;
  readonly runs: number;
  readonly largeRuns: number;
}

/** The engine's `lint()`, as loaded from the production bundle (see bundles.ts). */
export type Lint = (text: string) => unknown;

/**
 * Per-report medians and the concatenation series, of `lint` from the engine's production bundle: the code the
 * server and the CLI run (bundled, the engine runs faster than as separate modules transpiled on load).
 */
export function benchEngine(
  lint: Lint,
  reports: readonly CorpusReport[],
  seeds: readonly CorpusReport[],
  effort: EngineEffort,
): BenchRow[] {
  const rows: BenchRow[] = [];
  const perReport = roundRobinMedians(lint, reports, effort).map((time, i) => ({
    report: reports[i]!,
    time,
  }));
  for (const { report, time } of perReport) {
    rows.push({ measure: `lint() ${report.name} (${bytes(utf8Size(report.text))})`, value: ms(time) });
  }
  const slowest = Math.max(...perReport.map((p) => p.time));
  rows.push({
    measure: `lint() per report, median, slowest of ${reports.length}`,
    value: ms(slowest),
    target: `≤ ${ENGINE_TARGETS.perReportMs} ms`,
    ok: slowest <= ENGINE_TARGETS.perReportMs,
  });

  const series = [1, 10, 40].map((times) => {
    const text = concatenated(seeds, times);
    const warmup = Math.max(1, Math.round(effort.warmup / times / 10));
    const runs = times === 1 ? effort.runs : effort.largeRuns;
    return { times, size: utf8Size(text), time: medianTime(() => lint(text), warmup, runs) };
  });
  for (const { times, size, time } of series) {
    const large = times === 40;
    rows.push({
      measure: `lint() seeds ×${times} (${bytes(size)})`,
      value: ms(time),
      ...(large ? { target: `≤ ${ENGINE_TARGETS.largeMs} ms`, ok: time <= ENGINE_TARGETS.largeMs } : {}),
    });
  }
  const [one, , forty] = series;
  if (one && forty) {
    const ratio = forty.time / one.time;
    rows.push({
      measure: 'growth: time ×40 / time ×1',
      value: `${ratio.toFixed(1)}×`,
      target: `≤ ${ENGINE_TARGETS.growth40x}×`,
      ok: ratio <= ENGINE_TARGETS.growth40x,
    });
  }
  return rows;
}

/**
 * The median time of each report's `lint()`, the reports taken in turn (`warmup` rounds first, then `runs`):
 * every report is measured with the engine as warm as the others, as in a server or a batch that sees many.
 */
function roundRobinMedians(lint: Lint, reports: readonly CorpusReport[], effort: EngineEffort): number[] {
  for (let round = 0; round < effort.warmup; round++) for (const report of reports) lint(report.text);
  const times = reports.map(() => [] as number[]);
  for (let round = 0; round < effort.runs; round++) {
    reports.forEach((report, i) => {
      const start = now();
      lint(report.text);
      times[i]?.push(now() - start);
    });
  }
  return times.map(median);
}
