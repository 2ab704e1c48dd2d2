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
/** Just enough files for one worker thread (see FILES_PER_THREAD in parallel.ts). */
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

async function inProcess(argv: string[], cwd: string): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(argv, {
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    writeStdout: (s) => (stdout += s),
    writeStderr: () => {},
  });
  return { status, stdout };
}

test('a large batch gets a worker per spare core (at most), a small one none', () => {
  assert.equal(workerCount(10), 0);
  assert.equal(workerCount(199), 0);
  assert.ok(workerCount(FILES) <= availableParallelism() - 1);
  if (availableParallelism() > 1) assert.ok(workerCount(FILES) >= 1);
  assert.equal(workerCount(100_000), availableParallelism() - 1);
});

test('the CLI process (worker threads) prints exactly what one thread prints', async (t) => {
  const dir = batch(t);
  const viaProcess = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const single = await inProcess(['--format', 'json', '.'], dir);
  assert.equal(viaProcess.status, single.status);
  assert.equal(viaProcess.stdout, single.stdout);
});

test('--fix on worker threads writes the same files as one thread', async (t) => {
  const parallel = batch(t);
  const single = batch(t);
  const viaProcess = spawnSync(process.execPath, [CLI, '--fix', '.'], {
    cwd: parallel,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const viaThread = await inProcess(['--fix', '.'], single);
  assert.equal(viaProcess.stdout, viaThread.stdout);
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
  const outcomes = await checkFiles(jobs, settings, join(dir, 'no-such-worker.js'), () => {});
  assert.equal(outcomes.length, FILES);
  assert.ok(outcomes.every((o) => o.checked !== undefined && o.problem === undefined));
  assert.deepEqual(
    outcomes.map((o) => o.checked?.report.path),
    jobs.map((j) => j.path),
  );
});
