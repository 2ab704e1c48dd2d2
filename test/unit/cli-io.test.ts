import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeReport, encodeReport, readBytes } from '../../server/src/cli/read.js';
import { collectFiles, displayPath, fileDisplay } from '../../server/src/cli/walk.js';
import { ConfigFiles, CONFIG_FILE_NAME } from '../../server/src/cli/config-file.js';
import { writeFileAtomic } from '../../server/src/cli/write-atomic.js';
import { checkText, keepLineEndings } from '../../server/src/cli/check-text.js';

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'grl-io-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('decodeReport: UTF-8 with and without BOM, GBK, UTF-16, NUL bytes', () => {
  assert.deepEqual(decodeReport(Buffer.from('\uFEFF一、总体情况', 'utf8')), {
    ok: true,
    text: '一、总体情况',
    bom: true,
  });
  assert.deepEqual(decodeReport(Buffer.from('二、', 'utf8')), { ok: true, text: '二、', bom: false });
  assert.deepEqual(decodeReport(new Uint8Array()), { ok: true, text: '', bom: false });
  // "你好" in GBK.
  assert.deepEqual(decodeReport(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3])), {
    ok: false,
    reason: 'not-utf8',
  });
  assert.deepEqual(decodeReport(Buffer.from('\uFEFF一', 'utf16le')), { ok: false, reason: 'not-utf8' });
  assert.deepEqual(decodeReport(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), {
    ok: false,
    reason: 'binary',
  });
  assert.deepEqual(decodeReport(Buffer.from('a\u0000b', 'utf8')), { ok: false, reason: 'binary' });
});

test('readBytes: whole files of any size, empty ones too; errors as the system reports them', (t) => {
  const dir = tempDir(t);
  const large = Buffer.from('一、总体情况\n'.repeat(200_000)); // ≈3.8 MB: beyond the first buffer
  writeFileSync(join(dir, 'large.txt'), large);
  writeFileSync(join(dir, 'small.txt'), '二、');
  writeFileSync(join(dir, 'empty.txt'), '');
  assert.ok(Buffer.from(readBytes(join(dir, 'large.txt'))).equals(large));
  assert.equal(Buffer.from(readBytes(join(dir, 'small.txt'))).toString(), '二、');
  assert.equal(readBytes(join(dir, 'empty.txt')).length, 0);
  assert.throws(() => readBytes(join(dir, 'missing.txt')), { code: 'ENOENT' });
  assert.throws(() => readBytes(dir), { code: 'EISDIR' });
});

test('encodeReport puts the BOM back only when there was one', () => {
  assert.deepEqual([...encodeReport('一', true)], [0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x80]);
  assert.deepEqual([...encodeReport('一', false)], [0xe4, 0xb8, 0x80]);
});

test('collectFiles: .txt/.md recursively, skips node_modules and dot-directories, explicit files any extension, sorted', (t) => {
  const dir = tempDir(t);
  for (const path of [
    'b.txt',
    'a.MD',
    'notes.csv',
    'sub/c.txt',
    'sub/deeper/d.md',
    'node_modules/x.txt',
    '.git/y.txt',
    '.hidden/z.md',
    'data.json',
  ]) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), 'x');
  }
  symlinkSync(join(dir, 'b.txt'), join(dir, 'link.txt'));
  symlinkSync(join(dir, 'sub'), join(dir, 'sublink.txt')); // a link to a directory is not followed
  const { files, problems } = collectFiles(['.', 'data.json', 'b.txt', 'missing.txt'], dir);
  assert.deepEqual(
    files.map((f) => displayPath(f, dir)),
    ['a.MD', 'b.txt', 'data.json', 'link.txt', 'sub/c.txt', 'sub/deeper/d.md'],
  );
  assert.deepEqual(problems, [{ path: join(dir, 'missing.txt'), kind: 'missing' }]);
  // An explicitly named dot-directory is searched.
  assert.deepEqual(
    collectFiles(['.hidden'], dir).files.map((f) => displayPath(f, dir)),
    ['.hidden/z.md'],
  );
  assert.equal(displayPath(join(dir, 'sub', 'c.txt'), join(dir, 'sub', 'deeper')), '../c.txt');
  // The per-directory shortcut shows every file as displayPath does, from any working directory.
  for (const cwd of [dir, join(dir, 'sub'), join(dir, 'sub', 'deeper'), join(dir, '..'), '/']) {
    const show = fileDisplay(cwd);
    const all = [...files, join(dir, 'z.txt'), '/top.txt'];
    assert.deepEqual(
      all.map((f) => show(f)),
      all.map((f) => displayPath(f, cwd)),
    );
  }
});

test('ConfigFiles: the nearest file wins, each directory and file is read once, problems name the key', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  mkdirSync(join(dir, 'c'));
  writeFileSync(join(dir, CONFIG_FILE_NAME), JSON.stringify({ locale: 'en', template: '2019' }));
  writeFileSync(
    join(dir, 'a', CONFIG_FILE_NAME),
    '\uFEFF' +
      JSON.stringify({ template: '2021', colour: 1, rules: { 'no-such-rule': 'off', 'blank-cell': 'loud' } }),
  );
  writeFileSync(join(dir, 'c', CONFIG_FILE_NAME), '{ "template": ');
  const configs = new ConfigFiles(['blank-cell']);
  assert.equal(configs.nearest(join(dir, 'a', 'b'))?.config.template, '2021');
  assert.equal(configs.nearest(join(dir, 'a', 'b'))?.path, join(dir, 'a', CONFIG_FILE_NAME));
  assert.equal(configs.nearest(dir)?.config.locale, 'en');
  const warnings = configs.takeWarnings();
  assert.ok(warnings.every((w) => w.path === join(dir, 'a', CONFIG_FILE_NAME)));
  const text = warnings.map((w) => w.message.en).join('\n');
  assert.match(text, /colour/);
  assert.match(text, /rules/); // "loud" is no severity
  assert.equal(configs.nearest(join(dir, 'a'))?.config.template, '2021');
  assert.deepEqual(configs.takeWarnings(), [], 'a file is read and reported once');

  const broken = configs.nearest(join(dir, 'c'));
  assert.equal(broken?.config.template, 'auto', 'invalid JSON gives the defaults');
  const [jsonWarning] = configs.takeWarnings();
  assert.equal(jsonWarning?.path, join(dir, 'c', CONFIG_FILE_NAME));
  assert.match(jsonWarning?.message.zh ?? '', /不是有效的 JSON/);
});

test('writeFileAtomic replaces the file (new inode), keeps its mode, leaves no temporary file', (t) => {
  const dir = tempDir(t);
  const path = join(dir, '报告.txt');
  writeFileSync(path, 'old');
  chmodSync(path, 0o640);
  const before = statSync(path).ino;
  writeFileAtomic(path, Buffer.from('新内容', 'utf8'));
  assert.equal(readFileSync(path, 'utf8'), '新内容');
  assert.notEqual(statSync(path).ino, before);
  assert.equal(statSync(path).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ['报告.txt']);
});

test('writeFileAtomic failing leaves the original untouched and no temporary file', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'a.txt');
  mkdirSync(path); // renaming a file over a directory fails
  assert.throws(() => writeFileAtomic(path, Buffer.from('x')));
  assert.deepEqual(readdirSync(dir), ['a.txt']);
  assert.ok(statSync(path).isDirectory());
});

test('keepLineEndings: CRLF texts keep CRLF for inserted lines; LF and mixed texts are left alone', () => {
  assert.equal(keepLineEndings('a\r\nb\r\n', 'a\r\nnew\nb\r\n'), 'a\r\nnew\r\nb\r\n');
  assert.equal(keepLineEndings('a\nb\n', 'a\nnew\nb\n'), 'a\nnew\nb\n');
  assert.equal(keepLineEndings('a\r\nb\n', 'a\r\nnew\nb\n'), 'a\r\nnew\nb\n');
  assert.equal(keepLineEndings('one line', 'one\nline'), 'one\nline');
});

test('checkText without fixes returns the text itself and its lint result', () => {
  const text = '一、总体情况\n';
  const plain = checkText(text, {}, false);
  const fixed = checkText(text, {}, true);
  assert.equal(plain.text, text);
  assert.equal(plain.fixesApplied, 0);
  assert.equal(plain.result.document.text, text);
  // Whatever the engine fixes, the findings returned are those of the returned text.
  assert.equal(fixed.result.document.text, fixed.text);
  assert.equal(fixed.text === text, fixed.fixesApplied === 0);
});
