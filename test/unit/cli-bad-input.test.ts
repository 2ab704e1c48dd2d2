/**
 * The built CLI (`dist/cli.js`) on bad input (issue 5 §5): unreadable files, a directory of 10,000 files, and
 * `--fix` killed in the middle of a batch. Missing paths, non-UTF-8 and binary files are in cli.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText } from '../../server/src/cli/check-text.js';
import { variant } from '../bench/inputs.js';
import { corpusReport, ROOT } from './support/corpus.js';

const CLI = join(ROOT, 'dist/cli.js');

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'grl-bad-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `--format json` summary and the paths of the files reported. */
function summary(stdout: string): { files: number; paths: string[] } {
  const output = JSON.parse(stdout) as { files: { path: string }[]; summary: { files: number } };
  return { files: output.summary.files, paths: output.files.map((f) => f.path) };
}

test('a file that cannot be read is named with the reason, exit 2, the others are still linted', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'good.txt'), corpusReport('002').text);
  // Reading /proc/self/mem fails with EIO even for root; chmod 000 only stops other users.
  const linux = process.platform === 'linux';
  if (linux) symlinkSync('/proc/self/mem', join(dir, 'broken.txt'));
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, 'x');
  chmodSync(locked, 0o000);
  const root = process.getuid?.() === 0;

  const run = cli(dir, '--format', 'json', '.');
  const expected = ['good.txt', ...(root ? ['locked.txt'] : [])];
  assert.deepEqual(summary(run.stdout).paths, expected);
  if (linux) assert.match(run.stderr, /无法读取 broken\.txt：EIO/);
  if (!root) assert.match(run.stderr, /无法读取 locked\.txt：EACCES/);
  if (linux || !root) assert.equal(run.status, 2);
  const en = cli(dir, '--locale', 'en', '.');
  if (linux) assert.match(en.stderr, /cannot read broken\.txt: EIO/);
});

test('a directory of 10,000 small files: every file checked once, in order, with one summary', (t) => {
  const dir = tempDir(t);
  const count = 10_000;
  for (let block = 0; block < 10; block++) {
    const sub = join(dir, `part-${block}`);
    mkdirSync(sub);
    for (let i = 0; i < count / 10; i++) {
      writeFileSync(join(sub, `${String(i).padStart(4, '0')}.txt`), `一、总体情况\n第 ${block}-${i} 份\n`);
    }
  }
  const run = cli(dir, '--format', 'json', '.');
  assert.equal(run.stderr, '');
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}`);
  const { files, paths } = summary(run.stdout);
  assert.equal(files, count);
  assert.equal(new Set(paths).size, count, 'each file once');
  assert.deepEqual(paths, [...paths].sort(), 'in a stable order');
});

test('--fix killed in the middle of a batch leaves every file either as it was or fully fixed', async (t) => {
  const dir = tempDir(t);
  const seed = corpusReport('000').text; // has safe fixes (heading levels, emphasis)
  const originals = Array.from({ length: 300 }, (_, i) => variant(seed, i));
  const names = originals.map((_, i) => `r${String(i).padStart(4, '0')}.txt`);
  originals.forEach((text, i) => writeFileSync(join(dir, names[i] ?? ''), text));
  const fixed = originals.map((text) => checkText(text, {}, true).text);
  assert.notEqual(fixed[0], originals[0], 'the batch has fixes to write');

  const child = spawn(process.execPath, [CLI, '--fix', '.'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Kill it as soon as the first files have been rewritten.
  for (let i = 0; i < 2000 && child.exitCode === null; i++) {
    if (readFileSync(join(dir, names[0] ?? ''), 'utf8') !== originals[0]) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  child.kill('SIGKILL');
  await exited;

  let rewritten = 0;
  names.forEach((name, i) => {
    const now = readFileSync(join(dir, name), 'utf8');
    assert.ok(now === originals[i] || now === fixed[i], `${name} is neither the original nor the fixed text`);
    if (now !== originals[i]) rewritten++;
  });
  assert.ok(rewritten > 0, 'some files were fixed before the kill');
  const leftovers = readdirSync(dir).filter((name) => !names.includes(name));
  assert.ok(
    leftovers.every((name) => /^\.r\d{4}\.txt\.\d+\.[0-9a-f]{8}\.tmp$/.test(name)),
    `only hidden temporary files may be left by a kill: ${leftovers.join(', ')}`,
  );
  const after = cli(dir, '--format', 'json', '.');
  assert.equal(summary(after.stdout).files, names.length, 'a left temporary file is not taken for a report');
});
