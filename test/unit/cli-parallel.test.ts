/** Large batches on worker threads: the same output as one thread, and no file lost when a worker fails. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFiles, workerCount } from '../../server/src/cli/parallel.js';
import { runCli } from '../../server/src/cli/run.js';
import { variant } from '../bench/inputs.js';
import { corpusReports, ROOT } from './support/corpus.js';

const CLI = join(ROOT, 'dist/cli.js');
/** Files per batch: the tests start worker threads whatever this machine would choose for so few. */
const FILES = 200;

function batch(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'grl-parallel-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const seeds = corpusReports();
  for (let i = 0; i < FILES; i++) {
    writeFileSync(
      join(dir, `r${String(i).padStart(4, '0')}.txt`),
      variant(seeds[i % seeds.length]?.text ?? '', i),
    );
  }
  return dir;
}

/** The CLI in this process: on this thread only, or with `workers` threads running the built bundle. */
async function inProcess(
  argv: string[],
  cwd: string,
  workers = 0,
): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(argv, {
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    writeStdout: (s) => (stdout += s),
    writeStderr: () => {},
    workerScript: CLI,
    workers,
  });
  return { status, stdout };
}

test('worker threads where they pay: from a few hundred files with a core left for compiling', () => {
  assert.equal(workerCount(10, 8), 0);
  assert.equal(workerCount(199, 8), 0);
  assert.equal(workerCount(200, 8), 1);
  assert.equal(workerCount(800, 8), 3, 'up to half the cores');
  assert.equal(workerCount(100_000, 8), 7, 'every core for a huge batch');
  assert.equal(workerCount(1499, 2), 0, 'two cores: compiling would compete with linting');
  assert.equal(workerCount(1500, 2), 1);
  assert.equal(workerCount(100_000, 1), 0);
  assert.equal(workerCount(100_000), availableParallelism() - 1);
});

test('the CLI process prints exactly what one thread prints, and so do two threads', async (t) => {
  const dir = batch(t);
  const viaProcess = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const single = await inProcess(['--format', 'json', '.'], dir);
  assert.equal(viaProcess.status, single.status);
  assert.equal(viaProcess.stdout, single.stdout);
  const threads = await inProcess(['--format', 'json', '.'], dir, 1);
  assert.equal(threads.status, single.status);
  assert.equal(threads.stdout, single.stdout);
  assert.equal((await inProcess(['.'], dir, 1)).stdout, (await inProcess(['.'], dir)).stdout, 'text');
});

test('--fix on worker threads writes the same files as one thread', async (t) => {
  const parallel = batch(t);
  const single = batch(t);
  const viaThreads = await inProcess(['--fix', '.'], parallel, 1);
  const viaThread = await inProcess(['--fix', '.'], single);
  assert.equal(viaThreads.stdout, viaThread.stdout);
  assert.match(viaThread.stdout, /已自动修复/, 'the batch has something to fix');
  for (let i = 0; i < FILES; i += 7) {
    const name = `r${String(i).padStart(4, '0')}.txt`;
    assert.equal(readFileSync(join(parallel, name), 'utf8'), readFileSync(join(single, name), 'utf8'), name);
  }
});

test('when a worker cannot start, the main thread checks every file itself', async (t) => {
  const dir = batch(t);
  const jobs = Array.from({ length: FILES }, (_, i) => {
    const file = join(dir, `r${String(i).padStart(4, '0')}.txt`);
    return { file, path: file, options: {} };
  });
  const settings = { fix: false, quiet: false, locale: 'zh' } as const;
  const worker = { script: join(dir, 'no-such-worker.js'), count: 1 };
  const outcomes = await checkFiles(jobs, settings, worker, () => {});
  assert.equal(outcomes.length, FILES);
  assert.ok(outcomes.every((o) => o.checked !== undefined && o.problem === undefined));
  assert.deepEqual(
    outcomes.map((o) => o.checked?.report.path),
    jobs.map((j) => j.path),
  );
});
