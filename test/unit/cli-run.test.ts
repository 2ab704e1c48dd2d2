/** The CLI's I/O layer run in-process with a fake terminal: colours, progress, text printed per file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../server/src/cli/run.js';
import { corpusReport } from './support/corpus.js';

const ESC = '\u001b[';

async function run(argv: string[], terminal: Partial<CliIo>) {
  const out = { stdout: '', stderr: '' };
  const status = await runCli(argv, {
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    writeStdout: (text) => (out.stdout += text),
    writeStderr: (text) => (out.stderr += text),
    ...terminal,
  });
  return { status, ...out };
}

function tempFiles(t: { after(fn: () => void): void }, count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'grl-run-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), '');
  return dir;
}

test('colours only on a terminal without NO_COLOR', async (t) => {
  const dir = tempFiles(t, 1);
  assert.ok((await run([], { cwd: dir, stdoutIsTTY: true })).stdout.includes(ESC));
  assert.ok(!(await run([], { cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC));
  assert.ok(!(await run([], { cwd: dir, stdoutIsTTY: false })).stdout.includes(ESC));
});

test('progress on stderr for a big batch, only when stderr is a terminal, cleared at the end', async (t) => {
  const dir = tempFiles(t, 200);
  const tty = await run([], { cwd: dir, stderrIsTTY: true });
  assert.match(tty.stderr, /正在检查 0\/200 个文件/);
  assert.ok(tty.stderr.endsWith('\r\u001b[K'));
  assert.match(tty.stdout, /共 200 个文件/);
  assert.equal((await run([], { cwd: dir, stderrIsTTY: false })).stderr, '');
  assert.equal(
    (await run([], { cwd: tempFiles(t, 3), stderrIsTTY: true })).stderr,
    '',
    'small batches show no progress',
  );
});

test('text output: cross-year findings join a report printed where it was checked, in line order', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'grl-run-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const y2024 = corpusReport('15-').text.replace('行政规范性文件 3 0 8', '行政规范性文件 3 0 9');
  writeFileSync(join(dir, 'hongze-2023.txt'), corpusReport('14-').text);
  writeFileSync(join(dir, 'hongze-2024.txt'), y2024);
  const json = JSON.parse((await run(['--format', 'json'], { cwd: dir })).stdout) as {
    files: { path: string; findings: { rule: string; line: number; column: number }[] }[];
  };
  const later = json.files.find((f) => f.path === 'hongze-2024.txt')?.findings ?? [];
  assert.ok(later.some((f) => f.rule === 'cross-year'));
  const text = (await run([], { cwd: dir })).stdout;
  const places = text.split('\n').flatMap((line) => {
    const m = /^hongze-2024\.txt:(\d+):(\d+) +\S+ +(\S+)/.exec(line);
    return m ? [`${m[1]}:${m[2]} ${m[3]}`] : [];
  });
  assert.deepEqual(
    places,
    later.map((f) => `${f.line}:${f.column} ${f.rule}`),
  );
});
