/**
 * Fixture documents: each corpus report is linted and its findings compared with the readable listing in
 * test/fixtures/expected/<name>.expected.txt; its safe-fixed text with <name>.fixed.txt. `UPDATE=1 npm test`
 * regenerates them (review the diff by hand: the listings are checked against the reports).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixAll, lint, safeFixEdits } from '../../server/src/core/index.js';
import { EXPECTED_DIR, REAL_DIR, corpusReports, listing } from './support/corpus.js';

const update = process.env['UPDATE'] === '1';

for (const report of corpusReports()) {
  test(`fixture ${report.name}: findings match the expected listing`, () => {
    const actual = listing(report.text, lint(report.text).findings);
    const file = join(EXPECTED_DIR, `${report.name}.expected.txt`);
    if (update || !existsSync(file)) writeFileSync(file, actual.join('\n') + '\n');
    const expected = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const missing = expected.filter((l) => !actual.includes(l));
    const unexpected = actual.filter((l) => !expected.includes(l));
    assert.deepEqual(
      { falseNegatives: missing, falsePositives: unexpected },
      { falseNegatives: [], falsePositives: [] },
    );
  });

  test(`fixture ${report.name}: fix-all leaves nothing safe to fix and changes only fixed text`, () => {
    const fixed = fixAll(report.text).text;
    const file = join(EXPECTED_DIR, `${report.name}.fixed.txt`);
    // The real reports stay in ../shared: their fixed text is not copied into the repo.
    if (fixed !== report.text && !report.path.startsWith(REAL_DIR)) {
      if (update || !existsSync(file)) writeFileSync(file, fixed);
      assert.equal(fixed, readFileSync(file, 'utf8'));
    }
    assert.equal(safeFixEdits(lint(fixed).findings).count, 0);
    assert.equal(fixAll(fixed).text, fixed);
  });
}
