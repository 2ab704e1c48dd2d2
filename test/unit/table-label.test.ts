/** table-label: which renames of a 表二 header are safe (applied by fix-all), which only offered. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixAll } from '../../server/src/core/index.js';
import { findingsOf, makeReport, replaceLine } from './support/reports.js';

/** The 2021 report with the 表二 header line after `block` replaced by `header`. */
function withHeader(block: string, header: string): string {
  return makeReport('2021', (lines) => {
    const at = lines.findIndex((l) => l.startsWith(block));
    lines[at + 1] = header;
  });
}

describe('table-label renames', () => {
  test('a typo of a column label is renamed safely', () => {
    const text = withHeader('第二十条第（一）项', '信息内容\t本年制法件数\t本年废止件数\t现行有效件数');
    const { findings } = findingsOf(text, 'table-label');
    assert.deepEqual(
      findings.map((f) => [f.message.zh, f.fixes[0]?.safe]),
      [['表二的标签「本年制法件数」与模板「本年制发件数」不一致', true]],
    );
    assert.equal(fixAll(text, {}).text, makeReport('2021'));
  });

  test('another quantity in the template label’s place is offered, not renamed by fix-all', () => {
    const text = withHeader('第二十条第（五）项', '信息内容\t本年受理申请数量');
    const { findings } = findingsOf(text, 'table-label');
    assert.deepEqual(
      findings.map((f) => [f.fixes[0]?.edits[0]?.newText, f.fixes[0]?.safe]),
      [['本年处理决定数量', false]],
    );
    assert.equal(fixAll(text, {}).text, text);
  });

  test('a label of the other version is left to template-version (no rename to a different quantity)', () => {
    // A 2021 table whose 第二十条第（八）项 header is the 2019 one: template-version says so; table-label is silent.
    const text = makeReport('2021', (lines) =>
      replaceLine(lines, '信息内容\t本年收费金额', '信息内容\t上一年项目数量'),
    );
    assert.deepEqual(findingsOf(text, 'table-label').findings, []);
    assert.equal(findingsOf(text, 'template-version').findings.length, 1);
  });
});
