/** Message formatting: placeholders filled in both languages, eagerly or when first read. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { format, lint } from '../../server/src/core/index.js';
import { formatLazily } from '../../server/src/core/i18n.js';

const MESSAGE = { zh: '{{cell}}为空{{shown}}', en: '{{cellEn}} is blank{{unknown}}' };
const DATA = { cell: '表三「自然人」', shown: '（"/"）', cellEn: 'table 3, natural persons' };

test('a lazily formatted message reads and serialises as the eagerly formatted one', () => {
  const eager = format(MESSAGE, DATA);
  assert.deepEqual(eager, {
    zh: '表三「自然人」为空（"/"）',
    en: 'table 3, natural persons is blank{{unknown}}',
  });
  const lazy = formatLazily(MESSAGE, DATA);
  assert.equal(lazy.en, eager.en);
  assert.equal(lazy.zh, eager.zh);
  assert.equal(lazy.zh, eager.zh, 'read twice');
  assert.equal(JSON.stringify(lazy), JSON.stringify(eager));
  assert.deepEqual(JSON.parse(JSON.stringify(formatLazily(MESSAGE))), format(MESSAGE));
});

test("a finding's message serialises as { zh, en }", () => {
  const [finding] = lint('一段与年报无关的文字。\n一、总体情况\n').findings;
  assert.ok(finding);
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(finding.message)) as object), ['zh', 'en']);
  assert.match(finding.message.zh, /[\u4e00-\u9fff]/);
  assert.match(finding.message.en, /[a-z]/);
});
