/** The CLI as a whole process over a generated batch of report files, process start included. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusReport } from '../unit/support/corpus.js';
import { CLI_V8_FLAGS } from '../../server/src/cli/v8-flags.js';
import { writeBatch } from './inputs.js';
import { bytes, median, ms, now, type BenchRow } from './measure.js';

/** Issue 5 §2: 2,000 files in at most a second, wall clock. */
export const CLI_TARGET = { files: 2000, wallMs: 1000 } as const;

/** One timed run of `node <cli> <dir>`, output discarded; throws when the CLI fails (exit code 2 or a crash). */
function runOnce(cli: string, dir: string): number {
  const start = now();
  const result = spawnSync(process.execPath, [cli, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const time = now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${cli} exited with ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  }
  return time;
}

/**
 * `lint()` of each file of `dir` in turn in a fresh process with the CLI's V8 flags (the engine bundle `engine`,
 * as the CLI meets a batch):
 * milliseconds per file, in file order. Shows how long V8 takes to warm up, which bounds a short batch.
 */
const WARM_UP = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { lint } = require(process.argv[1]);
const dir = process.argv[2];
const times = [];
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const start = performance.now();
  lint(text);
  times.push(performance.now() - start);
}
process.stdout.write(JSON.stringify(times));
`;

/** Mean of `times[from, to)`. */
function meanOf(times: readonly number[], from: number, to: number): number {
  const part = times.slice(from, to);
  return part.reduce((a, b) => a + b, 0) / Math.max(1, part.length);
}

/** The warm-up of a fresh process over the batch in `dir`: ms per file among the first, middle and last files. */
function warmUpRow(engine: string, dir: string): BenchRow {
  const args = [...CLI_V8_FLAGS.split(' '), '-e', WARM_UP, engine, dir];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`warm-up run failed: ${result.stderr.slice(0, 500)}`);
  const times = JSON.parse(result.stdout) as number[];
  const n = times.length;
  const parts = [meanOf(times, 0, 100), meanOf(times, 100, n - 500), meanOf(times, n - 500, n)];
  return {
    measure: `lint() per file in a fresh process over the batch: files 1–100 / 101–${n - 500} / last 500`,
    value: parts.map((t) => t.toFixed(2)).join(' / ') + ' ms',
  };
}

/**
 * Median wall time of the CLI over a batch of `CLI_TARGET.files` variants of the seeds (after one warm run),
 * and how the engine (bundle `engine`) warms up over the same batch.
 */
export function benchCli(
  cli: string,
  engine: string,
  seeds: readonly CorpusReport[],
  runs: number,
): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-bench-'));
  try {
    const size = writeBatch(dir, seeds, CLI_TARGET.files);
    runOnce(cli, dir); // warms the file cache
    const times = Array.from({ length: runs }, () => runOnce(cli, dir));
    const time = median(times);
    const empty = mkdtempSync(join(tmpdir(), 'gov-report-bench-empty-'));
    const startOnly = median(Array.from({ length: runs }, () => runOnce(cli, empty)));
    rmSync(empty, { recursive: true, force: true });
    return [
      { measure: 'CLI process on an empty directory (start-up)', value: ms(startOnly) },
      {
        measure: `CLI process on ${CLI_TARGET.files} files (${bytes(size)}), wall`,
        value: ms(time),
        target: `≤ ${ms(CLI_TARGET.wallMs)}`,
        ok: time <= CLI_TARGET.wallMs,
      },
      { measure: 'CLI throughput', value: `${Math.round((CLI_TARGET.files / time) * 1000)} files/s` },
      warmUpRow(engine, dir),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
