import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args.js';

test('defaults: text format, no fix, current directory left to the walker', () => {
  assert.deepEqual(parseArgs([]), {
    ok: true,
    options: { paths: [], format: 'text', fix: false, quiet: false, help: false, version: false },
  });
});

test('paths and options in any order, with "=" or a separate value; later values win', () => {
  const parsed = parseArgs([
    'a.txt',
    '--format',
    'json',
    'dir',
    '--fix',
    '--template=2021',
    '--locale',
    'en',
    '-q',
    '--format=sarif',
  ]);
  assert.deepEqual(parsed, {
    ok: true,
    options: {
      paths: ['a.txt', 'dir'],
      format: 'sarif',
      fix: true,
      quiet: true,
      help: false,
      version: false,
      template: '2021',
      locale: 'en',
    },
  });
});

test('"--" ends the options, so a file may start with a dash', () => {
  const parsed = parseArgs(['--', '--fix', '-a.txt']);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.options.paths, ['--fix', '-a.txt']);
  assert.equal(parsed.options.fix, false);
});

test('help and version flags, short and long', () => {
  for (const [arg, key] of [
    ['-h', 'help'],
    ['--help', 'help'],
    ['-v', 'version'],
    ['--version', 'version'],
  ] as const) {
    const parsed = parseArgs([arg]);
    assert.ok(parsed.ok);
    assert.equal(parsed.options[key], true);
  }
});

test('usage errors name the option and the accepted values', () => {
  const cases: [string[], RegExp][] = [
    [['--bogus'], /--bogus/],
    [['--format', 'xml'], /xml.*text\|json\|sarif/],
    [['--format'], /--format.*text\|json\|sarif/],
    [['--template', '2018'], /2018.*2019\|2021/],
    [['--locale=fr'], /fr.*zh\|en/],
    [['--fix=yes'], /--fix/],
  ];
  for (const [argv, pattern] of cases) {
    const parsed = parseArgs(argv);
    assert.equal(parsed.ok, false, argv.join(' '));
    if (!parsed.ok) {
      assert.match(parsed.error.en, pattern);
      assert.match(parsed.error.zh, pattern);
    }
  }
});

test('a usage error keeps the locale asked for, so it can be shown in that language', () => {
  const parsed = parseArgs(['--locale', 'en', '--format', 'xml']);
  assert.deepEqual(parsed.ok ? null : parsed.locale, 'en');
  const first = parseArgs(['--bogus', '--format', 'xml']);
  assert.match(first.ok ? '' : first.error.en, /--bogus/);
});
