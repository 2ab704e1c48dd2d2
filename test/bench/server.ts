/**
 * The language server over a real JSON-RPC connection (stdio): start-up, the latency from `didChange` to
 * `publishDiagnostics`, and its memory with many open reports.
 *
 * The debounce is excluded by running with `govReport.run: onSave`: each measured edit is a `didChange`
 * followed at once by a `didSave`, which lints without delay. The same edit on an empty document gives the
 * round trip of a server that has nothing to lint; the difference is what linting costs the user.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { LineIndex } from '../../server/src/core/index.js';
import { LspHarness } from '../unit/support/lsp-harness.js';
import type { CorpusReport } from '../unit/support/corpus.js';
import { concatenated, variant } from './inputs.js';
import { median, medianTimeAsync, ms, now, type BenchRow } from './measure.js';

/** Issue 5 §2. */
export const SERVER_TARGETS = { overheadMs: 1, openReports: 100, rssMb: 150 } as const;

/** Iterations of the latency measurements. */
export interface ServerEffort {
  readonly warmup: number;
  readonly runs: number;
  readonly largeRuns: number;
}

function startServer(server: string): Promise<LspHarness> {
  return LspHarness.start({ server, configuration: (p) => p.items.map(() => ({ run: 'onSave' })) });
}

/**
 * Opens `text` and returns the median time from sending an edit (`didChange` + `didSave`) to receiving the
 * diagnostics of the edited version. The edit adds or removes a space at the end of the document.
 */
async function editLatency(
  harness: LspHarness,
  uri: string,
  text: string,
  warmup: number,
  runs: number,
): Promise<number> {
  await harness.open(uri, text);
  await harness.diagnosticsFor(uri, 1);
  const index = new LineIndex(text);
  const end = index.positionAt(text.length);
  const after = { line: end.line, character: end.character + 1 };
  let version = 1;
  const edit = async () => {
    version++;
    const change =
      version % 2 === 0
        ? { range: { start: end, end }, text: ' ' }
        : { range: { start: end, end: after }, text: '' };
    await harness.change(uri, version, [change]);
    await harness.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await harness.diagnosticsFor(uri, version);
    harness.published.length = 0; // the 1.6 MB document publishes thousands of diagnostics per run
  };
  const time = await medianTimeAsync(edit, warmup, runs);
  await harness.close(uri);
  return time;
}

/** Resident set size of a process in MB (Linux /proc, else `ps`). */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s*(\d+)\s*kB/.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: ask ps
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

/** Start-up, edit latency (seed and 1.6 MB document) against an empty document, and RSS with 100 reports. */
export async function benchServer(
  server: string,
  seeds: readonly CorpusReport[],
  effort: ServerEffort,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const startTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = now();
    const harness = await startServer(server);
    startTimes.push(now() - start);
    await harness.stop();
  }
  rows.push({ measure: 'server start → initialized (spawn included)', value: ms(median(startTimes)) });

  const harness = await startServer(server);
  try {
    const empty = await editLatency(harness, 'file:///bench/empty.txt', '', effort.warmup, effort.runs);
    const seed = seeds.find((s) => s.name.startsWith('000')) ?? seeds[0];
    if (!seed) throw new Error('no seed report');
    const seedTime = await editLatency(
      harness,
      'file:///bench/seed.txt',
      seed.text,
      effort.warmup,
      effort.runs,
    );
    const large = concatenated(seeds, 40);
    const largeTime = await editLatency(harness, 'file:///bench/large.txt', large, 1, effort.largeRuns);
    rows.push({ measure: 'didChange → diagnostics, empty document (round trip)', value: ms(empty) });
    rows.push({
      measure: `didChange → diagnostics, seed ${seed.name}`,
      value: `${ms(seedTime)} (+${ms(seedTime - empty)})`,
      target: `≤ +${SERVER_TARGETS.overheadMs} ms`,
      ok: seedTime - empty <= SERVER_TARGETS.overheadMs,
    });
    rows.push({ measure: 'didChange → diagnostics, seeds ×40 (1.6 MB)', value: ms(largeTime) });
  } finally {
    await harness.stop();
  }

  const many = await startServer(server);
  try {
    const uris = Array.from({ length: SERVER_TARGETS.openReports }, (_, i) => `file:///bench/open-${i}.txt`);
    await Promise.all(uris.map((uri, i) => many.open(uri, variant(seeds[i % seeds.length]?.text ?? '', i))));
    await Promise.all(uris.map((uri) => many.diagnosticsFor(uri, 1)));
    const pid = many.child.pid;
    if (pid === undefined) throw new Error('server has no pid');
    const rss = rssMb(pid);
    rows.push({
      measure: `server RSS with ${SERVER_TARGETS.openReports} reports open`,
      value: `${rss.toFixed(0)} MB`,
      target: `≤ ${SERVER_TARGETS.rssMb} MB`,
      ok: rss <= SERVER_TARGETS.rssMb,
    });
    const seed = seeds.find((s) => s.name.startsWith('000')) ?? seeds[0];
    const crowded = await editLatency(many, 'file:///bench/seed.txt', seed?.text ?? '', 5, effort.largeRuns);
    rows.push({
      measure: `didChange → diagnostics, seed, with ${SERVER_TARGETS.openReports} other reports open`,
      value: ms(crowded),
    });
  } finally {
    await many.stop();
  }
  return rows;
}
