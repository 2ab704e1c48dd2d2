/**
 * The language server over a real JSON-RPC connection (stdio): start-up, the latency from `didChange` to
 * `publishDiagnostics`, and its memory with many open reports.
 *
 * The debounce is excluded by running with `govReport.run: onSave`: each measured edit is a `didChange`
 * followed at once by a `didSave`, which lints without delay. The same edit on an empty document gives the
 * round trip of a server that has nothing to lint; the difference is what linting costs the user. The two
 * documents are edited in turn, and measured after a warm-up long enough for the engine's JIT to settle (as
 * `lint()` is in process: a fresh server's seed edits take ≈300 lints to get there); the first edits of a
 * fresh server are shown apart.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { LineIndex, type Position } from '../../server/src/core/index.js';
import { LspHarness } from '../unit/support/lsp-harness.js';
import type { CorpusReport } from '../unit/support/corpus.js';
import { concatenated, variant } from './inputs.js';
import { median, ms, now, type BenchRow } from './measure.js';

/** Issue 5 §2. */
export const SERVER_TARGETS = { overheadMs: 1, openReports: 100, rssMb: 150 } as const;

/** Iterations of the latency measurements. */
export interface ServerEffort {
  /** Edits of each document before measuring (a fresh server's seed edits settle after ≈300). */
  readonly warmup: number;
  /** Measured edits of each document. */
  readonly runs: number;
  /** Measured edits of the 1.6 MB document. */
  readonly largeRuns: number;
}

function startServer(server: string): Promise<LspHarness> {
  return LspHarness.start({ server, configuration: (p) => p.items.map(() => ({ run: 'onSave' })) });
}

/** A document the benchmark edits: a space is added at its end, then removed again, alternately. */
interface EditedDocument {
  readonly uri: string;
  readonly end: Position;
  version: number;
}

/** Opens `text` at `uri` and waits for its first diagnostics. */
async function openForEdits(harness: LspHarness, uri: string, text: string): Promise<EditedDocument> {
  await harness.open(uri, text);
  await harness.diagnosticsFor(uri, 1);
  return { uri, end: new LineIndex(text).positionAt(text.length), version: 1 };
}

/** Sends one edit (`didChange` + `didSave`) and returns the time until the edited version's diagnostics arrive. */
async function timeEdit(harness: LspHarness, document: EditedDocument): Promise<number> {
  const { uri, end } = document;
  const version = ++document.version;
  const change =
    version % 2 === 0
      ? { range: { start: end, end }, text: ' ' }
      : { range: { start: end, end: { line: end.line, character: end.character + 1 } }, text: '' };
  const start = now();
  await harness.change(uri, version, [change]);
  await harness.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  await harness.diagnosticsFor(uri, version);
  const time = now() - start;
  harness.published.length = 0; // the 1.6 MB document publishes thousands of diagnostics per run
  return time;
}

/** Edit latencies of some documents: the median of each, and of the first edits (while the JIT warms up). */
interface Latencies {
  readonly medians: number[];
  readonly firstMedians: number[];
}

/** How many of the warm-up edits {@link Latencies.firstMedians} covers. */
const FIRST_EDITS = 20;

/**
 * Opens the texts, then edits them in turn, `warmup` rounds and `runs` measured rounds: interleaved, so that a
 * change of the machine's load falls on all of them alike. Closes them at the end.
 */
async function editLatencies(
  harness: LspHarness,
  texts: readonly { uri: string; text: string }[],
  warmup: number,
  runs: number,
): Promise<Latencies> {
  const documents: EditedDocument[] = [];
  for (const { uri, text } of texts) documents.push(await openForEdits(harness, uri, text));
  const times = documents.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, document] of documents.entries()) times[i]?.push(await timeEdit(harness, document));
  }
  for (const { uri } of documents) await harness.close(uri);
  return {
    medians: times.map((t) => median(t.slice(warmup))),
    firstMedians: times.map((t) => median(t.slice(0, Math.min(warmup, FIRST_EDITS)))),
  };
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

  const seed = seeds.find((s) => s.name.startsWith('000')) ?? seeds[0];
  if (!seed) throw new Error('no seed report');
  const harness = await startServer(server);
  try {
    const { medians, firstMedians } = await editLatencies(
      harness,
      [
        { uri: 'file:///bench/empty.txt', text: '' },
        { uri: 'file:///bench/seed.txt', text: seed.text },
      ],
      effort.warmup,
      effort.runs,
    );
    const [empty = NaN, seedTime = NaN] = medians;
    const [firstEmpty = NaN, firstSeed = NaN] = firstMedians;
    const large = await editLatencies(
      harness,
      [{ uri: 'file:///bench/large.txt', text: concatenated(seeds, 40) }],
      1,
      effort.largeRuns,
    );
    rows.push({ measure: 'didChange → diagnostics, empty document (round trip)', value: ms(empty) });
    rows.push({
      measure: `didChange → diagnostics, seed ${seed.name}`,
      value: `${ms(seedTime)} (+${ms(seedTime - empty)})`,
      target: `≤ +${SERVER_TARGETS.overheadMs} ms`,
      ok: seedTime - empty <= SERVER_TARGETS.overheadMs,
    });
    rows.push({
      measure: `didChange → diagnostics, seed, a fresh server's first ${FIRST_EDITS} edits`,
      value: `${ms(firstSeed)} (+${ms(firstSeed - firstEmpty)})`,
    });
    rows.push({ measure: 'didChange → diagnostics, seeds ×40 (1.6 MB)', value: ms(large.medians[0] ?? NaN) });
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
    const crowded = await editLatencies(
      many,
      [{ uri: 'file:///bench/seed.txt', text: seed.text }],
      effort.warmup,
      effort.runs,
    );
    rows.push({
      measure: `didChange → diagnostics, seed, with ${SERVER_TARGETS.openReports} other reports open`,
      value: ms(crowded.medians[0] ?? NaN),
    });
  } finally {
    await many.stop();
  }
  return rows;
}
