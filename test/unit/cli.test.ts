/** End-to-end runs of the built CLI (`dist/cli.js`; `npm test` builds first) on temporary directories. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RULES } from '../../server/src/core/index.js';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SEEDS = join(ROOT, 'test/fixtures/reports');
/** Missing section 四 → `required-section` error (corpus/EXPECTED.md). */
const SEED_MISSING_SECTION = '002_36b2b34b1ecdcd54.txt';
/** Bold inside a heading and mixed heading levels → safe `heading-level` fixes. */
const SEED_HEADINGS = '000_8657728a9e804489.txt';

const ALL_RULES_OFF = JSON.stringify({
  rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off'])),
});

interface JsonOutput {
  version: number;
  files: {
    path: string;
    year: number | null;
    template: string;
    findings: {
      rule: string;
      severity: string;
      line: number;
      column: number;
      message: string;
      fixable: boolean;
    }[];
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(cwd: string, ...args: string[]) {
  const run = cli(cwd, '--format', 'json', ...args);
  return { ...run, output: JSON.parse(run.stdout) as JsonOutput };
}

/** A temporary directory holding `files` (name → content, or a seed name to copy with `seed:`). */
function workspace(
  t: { after(fn: () => void): void },
  files: Record<string, string | Uint8Array> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'grl-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    if (typeof content === 'string' && content.startsWith('seed:'))
      copyFileSync(join(SEEDS, content.slice(5)), join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

test('--help and --version exit 0 on stdout', (t) => {
  const dir = workspace(t);
  const help = cli(dir, '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /用法：gov-report-lint/);
  assert.match(cli(dir, '-h', '--locale', 'en').stdout, /^Usage: gov-report-lint/);
  const version = cli(dir, '--version');
  assert.equal(version.status, 0);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout, `${pkg.version}\n`);
});

test('bad usage exits 2 with a message on stderr and nothing on stdout', (t) => {
  const dir = workspace(t, { 'a.txt': 'seed:' + SEED_MISSING_SECTION });
  for (const args of [['--bogus'], ['--format', 'xml'], ['--template', '2018'], ['--locale']]) {
    const run = cli(dir, ...args, 'a.txt');
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /gov-report-lint --help/);
  }
  assert.match(cli(dir, '--locale', 'en', '--format', 'xml').stderr, /invalid value "xml" for --format/);
});

test('exit 0 when no errors are found; paths relative with forward slashes, sorted', (t) => {
  const dir = workspace(t, {
    '.govreportrc.json': ALL_RULES_OFF,
    'reports/b.txt': 'seed:' + SEED_MISSING_SECTION,
    'reports/sub/a.md': 'seed:' + SEED_HEADINGS,
    'reports/node_modules/x.txt': 'x',
    'reports/.cache/y.txt': 'y',
    'reports/table.csv': 'z',
  });
  const run = json(dir, 'reports');
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(
    run.output.files.map((f) => f.path),
    ['reports/b.txt', 'reports/sub/a.md'],
  );
  assert.deepEqual(run.output.summary, { files: 2, errors: 0, warnings: 0, infos: 0 });
  const text = cli(dir, 'reports');
  assert.equal(text.stdout, '✔ 没有发现问题，共 2 个文件\n');
  assert.ok(!text.stdout.includes('\u001b'), 'no colours when stdout is not a terminal');
});

test('exit 1 when a report has an error; text lines read like a compiler', (t) => {
  const dir = workspace(t, { '报告/002.txt': 'seed:' + SEED_MISSING_SECTION });
  const run = json(dir, '报告');
  assert.equal(run.status, 1, run.stderr);
  const [file] = run.output.files;
  assert.equal(file?.path, '报告/002.txt');
  const missing = file?.findings.find((f) => f.rule === 'required-section');
  assert.equal(missing?.severity, 'error');
  assert.match(missing?.message ?? '', /四|行政复议/);
  assert.ok(run.output.summary.errors >= 1);
  const text = cli(dir, '报告');
  assert.equal(text.status, 1);
  assert.match(text.stdout, /^报告\/002\.txt:\d+:\d+ +error {4}required-section +\S/m);
  assert.match(text.stdout, /✖ \d+ 个问题（\d+ 个错误/);
  assert.match(cli(dir, '--locale', 'en', '报告').stdout, /✖ \d+ problems? \(\d+ errors?/);
});

test('a severity set in .govreportrc.json applies', (t) => {
  const dir = workspace(t, {
    '.govreportrc.json': JSON.stringify({ rules: { 'required-section': 'warning' } }),
    '002.txt': 'seed:' + SEED_MISSING_SECTION,
  });
  const findings =
    json(dir, '002.txt').output.files[0]?.findings.filter((f) => f.rule === 'required-section') ?? [];
  assert.ok(findings.length > 0);
  assert.ok(findings.every((f) => f.severity === 'warning'));
});

test('--quiet reports errors only', (t) => {
  const dir = workspace(t, { '000.txt': 'seed:' + SEED_HEADINGS });
  const all = json(dir, '000.txt').output.files[0]?.findings ?? [];
  const quiet = json(dir, '000.txt', '--quiet').output.files[0]?.findings ?? [];
  assert.ok(all.some((f) => f.severity !== 'error'));
  assert.deepEqual(
    quiet,
    all.filter((f) => f.severity === 'error'),
  );
});

test('a missing path is reported on stderr, exit 2, the other files still linted', (t) => {
  const dir = workspace(t, { '.govreportrc.json': ALL_RULES_OFF, 'good.txt': 'seed:' + SEED_HEADINGS });
  const run = json(dir, 'nope.txt', 'good.txt');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /找不到 nope\.txt/);
  assert.deepEqual(
    run.output.files.map((f) => f.path),
    ['good.txt'],
  );
});

test('exit 2 wins over exit 1', (t) => {
  const dir = workspace(t, { '002.txt': 'seed:' + SEED_MISSING_SECTION });
  assert.equal(cli(dir, '002.txt', 'nope').status, 2);
});

test('non-UTF-8 and binary files are named on stderr, exit 2, the good file is still reported', (t) => {
  const dir = workspace(t, {
    '.govreportrc.json': ALL_RULES_OFF,
    'docs/gbk.txt': Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a]),
    'docs/image.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    'docs/good.txt': 'seed:' + SEED_HEADINGS,
  });
  const run = json(dir, 'docs');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /无法读取 docs\/gbk\.txt：不是 UTF-8 文本/);
  assert.match(run.stderr, /无法读取 docs\/image\.md：是二进制文件/);
  assert.deepEqual(
    run.output.files.map((f) => f.path),
    ['docs/good.txt'],
  );
  assert.equal(run.output.summary.files, 1);
  const en = cli(dir, '--locale', 'en', 'docs');
  assert.match(en.stderr, /cannot read docs\/gbk\.txt: not UTF-8 text/);
  assert.match(en.stdout, /in 1 file\n$/);
});

test('an invalid .govreportrc.json gives one warning naming the file and the key, defaults for the rest', (t) => {
  const config = JSON.parse(ALL_RULES_OFF) as Record<string, unknown>;
  const dir = workspace(t, {
    '.govreportrc.json': JSON.stringify({ ...config, locale: 'fr', colour: true }),
    'a.txt': 'seed:' + SEED_MISSING_SECTION,
  });
  const run = cli(dir, 'a.txt');
  assert.equal(run.status, 0, 'a configuration problem is not fatal');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 2, run.stderr);
  assert.match(run.stderr, /\.govreportrc\.json：配置项 "locale" 的值无效/);
  assert.match(run.stderr, /\.govreportrc\.json：未知的配置项 "colour"/);
  assert.equal(run.stdout, '✔ 没有发现问题，共 1 个文件\n', 'the valid "rules" key still applies');
});

test('a .govreportrc.json that is not JSON is named in a warning; linting goes on', (t) => {
  const dir = workspace(t, { 'sub/.govreportrc.json': '{ "locale": ', 'sub/a.txt': 'seed:' + SEED_HEADINGS });
  const run = json(dir, 'sub');
  assert.notEqual(run.status, 2);
  assert.match(run.stderr, /sub\/\.govreportrc\.json：不是有效的 JSON/);
  assert.equal(run.output.summary.files, 1);
});

test('the locale comes from the configuration file unless --locale overrides it', (t) => {
  const dir = workspace(t, {
    '.govreportrc.json': JSON.stringify({ locale: 'en', rules: JSON.parse(ALL_RULES_OFF).rules }),
    'a.txt': 'x',
  });
  // "x" is no report: a note says so, in the run's language, before the summary.
  assert.match(cli(dir, 'a.txt').stdout, /^a\.txt: does not look like .*\n\n✔ no problems in 1 file\n$/);
  assert.match(
    cli(dir, 'a.txt', '--locale', 'zh').stdout,
    /^a\.txt：不像.*\n\n✔ 没有发现问题，共 1 个文件\n$/,
  );
});

test('the nearest .govreportrc.json wins per file; --template overrides it', (t) => {
  const dir = workspace(t, {
    '.govreportrc.json': JSON.stringify({ template: '2019' }),
    'a/002.txt': 'seed:' + SEED_MISSING_SECTION,
    'b/.govreportrc.json': JSON.stringify({ template: '2021' }),
    'b/002.txt': 'seed:' + SEED_MISSING_SECTION,
  });
  const templates = (...args: string[]) => json(dir, ...args).output.files.map((f) => [f.path, f.template]);
  assert.deepEqual(templates('.'), [
    ['a/002.txt', '2019'],
    ['b/002.txt', '2021'],
  ]);
  assert.deepEqual(templates('.', '--template', '2021'), [
    ['a/002.txt', '2021'],
    ['b/002.txt', '2021'],
  ]);
});

test('--format sarif prints a SARIF 2.1.0 log with the engine rules', (t) => {
  const dir = workspace(t, { 'r/002.txt': 'seed:' + SEED_MISSING_SECTION });
  const run = cli(dir, '--format', 'sarif', 'r');
  const log = JSON.parse(run.stdout) as {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string }[] } };
      results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    }[];
  };
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs[0]?.tool.driver.name, 'gov-report-lint');
  assert.deepEqual(
    log.runs[0]?.tool.driver.rules.map((r) => r.id),
    RULES.map((r) => r.meta.id),
  );
  for (const result of log.runs[0]?.results ?? []) {
    assert.equal(result.locations[0]?.physicalLocation.artifactLocation.uri, 'r/002.txt');
  }
  const hasError = (log.runs[0]?.results ?? []).some((r) => r.level === 'error');
  assert.equal(run.status, hasError ? 1 : 0);
});

test('--fix writes atomically, keeps BOM and CRLF, never rewrites unchanged files, reports what remains', (t) => {
  const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
  const crlfBom = '\uFEFF' + readFileSync(join(SEEDS, SEED_HEADINGS), 'utf8').replace(/\r?\n/g, '\r\n');
  const dir = workspace(t, {
    ...Object.fromEntries(seeds.map((name) => [`r/${name}`, 'seed:' + name])),
    'r/crlf-bom.txt': crlfBom,
  });
  const names = readdirSync(join(dir, 'r')).sort();
  const before = new Map(
    names.map((name) => [
      name,
      { bytes: readFileSync(join(dir, 'r', name)), ino: statSync(join(dir, 'r', name)).ino },
    ]),
  );

  const fixRun = json(dir, 'r', '--fix');
  assert.deepEqual(readdirSync(join(dir, 'r')).sort(), names, 'no temporary file is left behind');
  for (const name of names) {
    const path = join(dir, 'r', name);
    const old = before.get(name)!;
    const now = readFileSync(path);
    if (now.equals(old.bytes)) {
      assert.equal(statSync(path).ino, old.ino, `${name} unchanged, so not rewritten`);
    } else {
      assert.notEqual(statSync(path).ino, old.ino, `${name} replaced by rename, not written in place`);
    }
  }
  const fixedCrlf = readFileSync(join(dir, 'r', 'crlf-bom.txt'), 'utf8');
  assert.ok(fixedCrlf.startsWith('\uFEFF'), 'the BOM is kept');
  assert.equal(fixedCrlf.split('\n').length, fixedCrlf.split('\r\n').length, 'only CRLF line ends');

  const after = json(dir, 'r');
  assert.deepEqual(fixRun.output, after.output, '--fix reports the findings that remain');
  assert.equal(fixRun.status, after.status);
  const snapshot = names.map((name) => readFileSync(join(dir, 'r', name)));
  json(dir, 'r', '--fix');
  assert.deepEqual(
    names.map((name) => readFileSync(join(dir, 'r', name))),
    snapshot,
    'a second --fix changes nothing',
  );
});

test('--fix changes the file when the engine has safe fixes', (t) => {
  const dir = workspace(t, { 'a.txt': 'seed:' + SEED_HEADINGS });
  const original = readFileSync(join(dir, 'a.txt'), 'utf8');
  const run = cli(dir, 'a.txt', '--fix');
  assert.notEqual(readFileSync(join(dir, 'a.txt'), 'utf8'), original);
  assert.match(run.stdout, /✔ 已自动修复 \d+ 处，写入 1 个文件/);
});

test('a file that is no report (empty, or other text) is named as not checked, not passed as clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-cli-'));
  try {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'notes.txt'), '会议纪要：下周一讨论预算。\n');
    copyFileSync(join(SEEDS, SEED_HEADINGS), join(dir, 'report.txt'));
    const run = cli(dir, '.');
    assert.equal(run.status, 0);
    const notChecked = run.stdout.split('\n').filter((l) => l.includes('未检查'));
    assert.deepEqual(notChecked, [
      'empty.txt：不像政府信息公开工作年度报告（空文件，或没有报告的标题、章节和表格），未检查',
      'notes.txt：不像政府信息公开工作年度报告（空文件，或没有报告的标题、章节和表格），未检查',
    ]);
    assert.match(run.stdout, /^report\.txt:\d+:\d+ /m);
    assert.match(
      cli(dir, '--locale', 'en', 'empty.txt').stdout,
      /^empty\.txt: does not look like an annual report/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
