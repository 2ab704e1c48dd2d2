/** The CLI as a whole process over a generated batch of report files, process start included. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusReport } from '../unit/support/corpus.js';
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

/** Median wall time of the CLI over a batch of `CLI_TARGET.files` variants of the seeds (after one warm run). */
export function benchCli(cli: string, seeds: readonly CorpusReport[], runs: number): BenchRow[] {
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
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
