/**
 * Last year's report among the open documents and the saved files: which one is found, which open reports go
 * stale when a candidate changes, and the digest a saved report is kept as.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, lintDocument, type ReportDocument } from '../../server/src/core/index.js';
import { fileKey } from '../../server/src/lsp/file-uri.js';
import { PreviousReports } from '../../server/src/lsp/previous-reports.js';
import { crossYearDigest } from '../../server/src/lsp/report-digest.js';
import { corpusReport } from './support/corpus.js';

const Y2023 = corpusReport('14-').text;
const Y2024 = corpusReport('15-').text;
const parse = (text: string) => lint(text).document;
const carrying = (n: number) =>
  Y2023.replace('四、结转下年度继续办理 0 0 0 0 0 0 0', `四、结转下年度继续办理 ${n} 0 0 0 0 0 ${n}`);

/** Opens `report` at `uri` as the server does: checked against what `find` returns. */
function open(index: PreviousReports, uri: string, report: ReportDocument): ReportDocument | undefined {
  const previous = index.find(uri, report);
  index.setOpen(uri, report, previous);
  return previous;
}

test('an open document wins over its saved file (in any spelling); a report is never its own last year’s', () => {
  const index = new PreviousReports();
  const current = parse(Y2024);
  const savedCopy = parse(Y2023);
  index.setSaved(fileKey('file:///w/r%40b/2023.txt'), savedCopy);
  assert.equal(index.find('file:///w/2024.txt', current), savedCopy);
  const openCopy = parse(carrying(1));
  open(index, 'file:///w/r@b/2023.txt', openCopy);
  assert.equal(index.find('file:///w/2024.txt', current), openCopy, 'the same file, spelt by the editor');
  index.close('file:///w/r@b/2023.txt');
  assert.equal(index.find('file:///w/2024.txt', current), savedCopy, 'closed: its file counts again');

  // Last year's report copied and rewritten for this year: its file still holds last year's text.
  const rewritten = 'file:///w/r@b/2023.txt';
  open(index, rewritten, current);
  assert.equal(index.find(rewritten, current), undefined);
  assert.equal(index.find('file:///w/other.txt', savedCopy), undefined, 'nothing of 2022');
});

test('a candidate’s change makes stale only the open reports it concerns, once', () => {
  const index = new PreviousReports();
  const bodies = ['洪泽区', '盱眙县', '金湖县'];
  const uri = (body: string, year: number) => `file:///w/${body}-${year}.txt`;
  for (const body of bodies) {
    open(index, uri(body, 2024), parse(Y2024.replaceAll('洪泽区', body)));
    open(index, uri(body, 2023), parse(Y2023.replaceAll('洪泽区', body)));
  }
  assert.deepEqual(index.stale(), uris(bodies, 2024), 'each 2024 report opened before its 2023 one');
  for (const body of bodies) open(index, uri(body, 2024), parse(Y2024.replaceAll('洪泽区', body)));
  assert.deepEqual(index.stale(), []);

  open(index, uri('盱眙县', 2023), parse(carrying(2).replaceAll('洪泽区', '盱眙县')));
  assert.deepEqual(index.stale(), [uri('盱眙县', 2024)]);
  assert.deepEqual(index.stale(), [], 'reported once');

  open(index, uri('盱眙县', 2024), parse(`${Y2024.replaceAll('洪泽区', '盱眙县')} `));
  assert.deepEqual(index.stale(), [], 'nobody compares with a 2024 report');

  // 金湖县's 2023 report is retitled 2022: its 2024 report has no last year's report now.
  open(index, uri('金湖县', 2023), parse(Y2023.replaceAll('洪泽区', '金湖县').replace(/2023/g, '2022')));
  assert.deepEqual(index.stale(), [uri('金湖县', 2024)]);

  index.setSaved(fileKey('file:///w/saved/洪泽区-2023.txt'), parse(carrying(3)));
  assert.deepEqual(
    index.stale(),
    [],
    'a saved file behind an open document of the same body changes nothing',
  );
  index.close(uri('洪泽区', 2023));
  assert.deepEqual(index.stale(), [uri('洪泽区', 2024)], 'closed: the saved file is last year’s now');
});

test('with 100 reports open, an edit looks only at the reports of the years next to its own', () => {
  const index = new PreviousReports();
  const seeds = ['000', '001', '002', '003', '004'].map((p) => parse(corpusReport(p).text));
  const read = new Set<number>();
  for (let i = 0; i < 98; i++) {
    const report = seeds[i % seeds.length] as ReportDocument;
    // The same seed under many URIs, each read through its own proxy: any look at it is seen.
    const watched = new Proxy(report, { get: (target, key) => (read.add(i), Reflect.get(target, key)) });
    open(index, `file:///w/seed-${i}.txt`, watched);
  }
  assert.ok(read.size > 0, 'the proxies see reads');
  open(index, 'file:///w/2023.txt', parse(Y2023));
  open(index, 'file:///w/2024.txt', parse(Y2024));
  read.clear();
  for (const version of [1, 2, 3]) {
    open(index, 'file:///w/2024.txt', parse(`${Y2024}${' '.repeat(version)}`));
    open(index, 'file:///w/2023.txt', parse(`${Y2023}${' '.repeat(version)}`));
    assert.deepEqual(index.stale(), ['file:///w/2024.txt']);
  }
  assert.equal(read.size, 0, 'none of the 98 reports of 2020 and 2021 was looked at');
});

function uris(bodies: readonly string[], year: number): string[] {
  return bodies.map((body) => `file:///w/${body}-${year}.txt`);
}

test('the digest of last year’s report gives the cross-year findings of its whole parse', () => {
  const BROKEN = Y2024.replace('行政规范性文件 3 0 8', '行政规范性文件 3 0 9').replace(
    '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
    '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
  );
  const lastYears = [Y2023, carrying(2), Y2023.replace('行政规范性文件 0 5 5', '行政规范性文件 0 5 6')];
  let found = 0;
  for (const current of [Y2024, BROKEN].map(parse)) {
    for (const previous of lastYears.map(parse)) {
      const whole = lintDocument(current, { previous });
      assert.deepEqual(lintDocument(current, { previous: crossYearDigest(previous) }), whole);
      found += whole.filter((f) => f.rule === 'cross-year').length;
    }
  }
  assert.ok(found >= 6, `the cases hold cross-year findings (${found})`);
  const digest = crossYearDigest(parse(Y2023));
  assert.deepEqual(
    [digest.text, digest.sections, digest.title?.agency],
    ['', [], parse(Y2023).title?.agency],
  );
});
