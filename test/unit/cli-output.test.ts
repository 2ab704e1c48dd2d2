import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, type Finding, type Span } from '../../server/src/core/index.js';
import type { RuleMeta } from '../../server/src/core/rules/rule.js';
import { decodeReport } from '../../server/src/cli/read.js';
import { locateFindings, summarize, type FileReport } from '../../server/src/cli/results.js';
import { formatText } from '../../server/src/cli/output-text.js';
import { formatJson } from '../../server/src/cli/output-json.js';
import { formatSarif, ruleHelpUri } from '../../server/src/cli/output-sarif.js';

/** A hand-made finding over `span`, with an optional related span and fixes. */
function finding(
  span: Span,
  options: { severity?: Finding['severity']; rule?: string; related?: Span; fix?: 'safe' | 'offered' } = {},
): Finding {
  return {
    rule: options.rule ?? 'table3-row-total',
    severity: options.severity ?? 'error',
    span,
    message: { zh: '总计应为 12，实为 13', en: 'total should be 12, found 13' },
    related: options.related ? [{ span: options.related, message: { zh: '加数', en: 'a part' } }] : [],
    fixes: options.fix
      ? [
          {
            title: { zh: '改为 12', en: 'set to 12' },
            edits: [{ ...span, newText: '12' }],
            safe: options.fix === 'safe',
          },
        ]
      : [],
  };
}

/** Offsets of `needle` in `text`. */
function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  assert.notEqual(start, -1, `${needle} not in text`);
  return { start, end: start + needle.length };
}

test('lines and columns are 1-based, count UTF-16 units (a surrogate pair is two) and ignore the BOM', () => {
  const bytes = Buffer.from('\uFEFF标题\r\n𠀀甲 13\r\n（七）总计\t13', 'utf8');
  const decoded = decodeReport(bytes);
  assert.ok(decoded.ok && decoded.bom);
  const text = decoded.text;
  const [located] = locateFindings(text, [finding(spanOf(text, '13'))], 'zh');
  // "𠀀" is two code units, "甲" one, the space one: "13" starts at character 4 of line 2.
  assert.deepEqual(
    {
      line: located?.line,
      column: located?.column,
      endLine: located?.endLine,
      endColumn: located?.endColumn,
    },
    { line: 2, column: 5, endLine: 2, endColumn: 7 },
  );
});

test('a span across a CRLF ends on the next line; the title line of a BOM file starts at column 1', () => {
  const text = 'ab\r\ncd\r\nef';
  const [across, first] = locateFindings(
    text,
    [finding({ start: 1, end: 5 }), finding({ start: 0, end: 1 })],
    'en',
  );
  assert.deepEqual([across?.line, across?.column, across?.endLine, across?.endColumn], [1, 2, 2, 2]);
  assert.deepEqual([first?.line, first?.column], [1, 1]);
});

test('messages follow the locale; fixable means any fix, autoFixable a safe one; related places are located', () => {
  const text = '一\n（七）总计 13\n（一）予以公开 5';
  const findings = [
    finding(spanOf(text, '13'), { fix: 'offered', related: spanOf(text, '5') }),
    finding(spanOf(text, '予以公开'), { severity: 'warning', rule: 'table-label', fix: 'safe' }),
    finding(spanOf(text, '一'), { severity: 'info', rule: 'heading-numbering' }),
  ];
  const zh = locateFindings(text, findings, 'zh');
  const en = locateFindings(text, findings, 'en');
  assert.equal(zh[0]?.message, '总计应为 12，实为 13');
  assert.equal(en[0]?.message, 'total should be 12, found 13');
  assert.deepEqual(
    zh.map((f) => [f.fixable, f.autoFixable]),
    [
      [true, false],
      [true, true],
      [false, false],
    ],
  );
  assert.deepEqual(en[0]?.related, [{ line: 3, column: 9, endLine: 3, endColumn: 10, message: 'a part' }]);
});

const sample: FileReport[] = [
  {
    path: 'reports/a.txt',
    year: 2020,
    template: '2019',
    findings: [
      {
        rule: 'table3-row-total',
        severity: 'error',
        line: 41,
        column: 9,
        endLine: 41,
        endColumn: 11,
        message: '总计应为 12，实为 13',
        fixable: true,
        autoFixable: false,
        related: [{ line: 40, column: 3, endLine: 40, endColumn: 4, message: '加数' }],
      },
      {
        rule: 'table-label',
        severity: 'warning',
        line: 50,
        column: 1,
        endLine: 50,
        endColumn: 4,
        message: '标签应为“本年新制作数量”',
        fixable: true,
        autoFixable: true,
        related: [],
      },
      {
        rule: 'table2-plausibility',
        severity: 'info',
        line: 160,
        column: 2,
        endLine: 160,
        endColumn: 3,
        message: '请核对',
        fixable: false,
        autoFixable: false,
        related: [],
      },
    ],
  },
  { path: 'reports/b.txt', year: null, template: 'unknown', findings: [] },
];

test('summarize counts files and findings by severity', () => {
  assert.deepEqual(summarize(sample), { files: 2, errors: 1, warnings: 1, infos: 1 });
});

test('text output: compiler-style lines grouped per file, related places indented, Chinese summary', () => {
  const out = formatText(sample, summarize(sample), { locale: 'zh', color: false });
  assert.equal(
    out,
    [
      'reports/a.txt:41:9   error    table3-row-total     总计应为 12，实为 13',
      '    ↳ reports/a.txt:40:3  加数',
      'reports/a.txt:50:1   warning  table-label          标签应为“本年新制作数量”',
      'reports/a.txt:160:2  info     table2-plausibility  请核对',
      '',
      // b.txt has no year, no template and no findings: no report, and said so.
      'reports/b.txt：不像政府信息公开工作年度报告（空文件，或没有报告的标题、章节和表格），未检查',
      '',
      '✖ 3 个问题（1 个错误，1 个警告，1 个提示），共 2 个文件',
      '  其中 1 个问题可用 --fix 自动修复',
      '',
    ].join('\n'),
  );
});

test('text output in English pluralises, and reports what --fix did instead of the hint', () => {
  const out = formatText(sample, summarize(sample), {
    locale: 'en',
    color: false,
    fixed: { fixes: 3, files: 1 },
  });
  const tail = out.trimEnd().split('\n').slice(-2);
  assert.deepEqual(tail, [
    '✔ applied 3 fixes to 1 file',
    '✖ 3 problems (1 error, 1 warning, 1 info) in 2 files',
  ]);
});

test('text output without findings, with and without colour', () => {
  const clean = [{ path: 'a.txt', year: 2021, template: '2021' as const, findings: [] }];
  assert.equal(
    formatText(clean, summarize(clean), { locale: 'zh', color: false }),
    '✔ 没有发现问题，共 1 个文件\n',
  );
  assert.equal(formatText([], summarize([]), { locale: 'en', color: false }), '✔ no problems in 0 files\n');
  const coloured = formatText(sample, summarize(sample), { locale: 'zh', color: true });
  assert.ok(coloured.includes('\u001b[31merror  \u001b[0m'));
  assert.ok(coloured.includes('\u001b[33mwarning\u001b[0m'));
  assert.ok(!formatText(sample, summarize(sample), { locale: 'zh', color: false }).includes('\u001b'));
});

test('JSON output is exactly the SPEC §10 object', () => {
  const parsed: unknown = JSON.parse(formatJson(sample, summarize(sample)));
  assert.deepEqual(parsed, {
    version: 1,
    files: [
      {
        path: 'reports/a.txt',
        year: 2020,
        template: '2019',
        findings: [
          {
            rule: 'table3-row-total',
            severity: 'error',
            line: 41,
            column: 9,
            endLine: 41,
            endColumn: 11,
            message: '总计应为 12，实为 13',
            fixable: true,
          },
          {
            rule: 'table-label',
            severity: 'warning',
            line: 50,
            column: 1,
            endLine: 50,
            endColumn: 4,
            message: '标签应为“本年新制作数量”',
            fixable: true,
          },
          {
            rule: 'table2-plausibility',
            severity: 'info',
            line: 160,
            column: 2,
            endLine: 160,
            endColumn: 3,
            message: '请核对',
            fixable: false,
          },
        ],
      },
      { path: 'reports/b.txt', year: null, template: 'unknown', findings: [] },
    ],
    summary: { files: 2, errors: 1, warnings: 1, infos: 1 },
  });
});

const metas: RuleMeta[] = [
  {
    id: 'table3-row-total',
    description: { zh: '表三行总计', en: 'Table 3 row totals' },
    defaultSeverity: 'error',
    fixable: 'offered',
  },
  {
    id: 'table-label',
    description: { zh: '表格标签', en: 'Table labels' },
    defaultSeverity: 'warning',
    fixable: 'safe',
  },
  {
    id: 'table2-plausibility',
    description: { zh: '表二合理性', en: 'Table 2 plausibility' },
    defaultSeverity: 'info',
    fixable: 'none',
  },
];

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
    columnKind: string;
    results: Record<string, unknown>[];
  }[];
}

test('SARIF output: 2.1.0, one run, rules with help links and default levels, located results', () => {
  const files: FileReport[] = [{ ...sample[0]!, path: '年报/a b.txt' }];
  const log = JSON.parse(formatSarif(files, metas, 'en', '9.9.9')) as SarifLog;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  assert.equal(run.tool.driver.name, 'gov-report-lint');
  assert.equal(run.tool.driver.version, '9.9.9');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.tool.driver.rules[2], {
    id: 'table2-plausibility',
    shortDescription: { text: 'Table 2 plausibility' },
    helpUri: 'https://github.com/gov-report-lint/gov-report-lint#table2-plausibility',
    defaultConfiguration: { level: 'note' },
  });
  const uri = '%E5%B9%B4%E6%8A%A5/a%20b.txt';
  assert.deepEqual(run.results[0], {
    ruleId: 'table3-row-total',
    ruleIndex: 0,
    level: 'error',
    message: { text: '总计应为 12，实为 13' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: 41, startColumn: 9, endLine: 41, endColumn: 11 },
        },
      },
    ],
    relatedLocations: [
      {
        id: 0,
        message: { text: '加数' },
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: 40, startColumn: 3, endLine: 40, endColumn: 4 },
        },
      },
    ],
  });
  assert.deepEqual(
    run.results.map((r) => [r['level'], 'relatedLocations' in r]),
    [
      ['error', true],
      ['warning', false],
      ['note', false],
    ],
  );
});

test('SARIF rules list every engine rule with its README anchor', () => {
  const log = JSON.parse(
    formatSarif(
      [],
      RULES.map((r) => r.meta),
      'zh',
      '0.0.0',
    ),
  ) as SarifLog;
  const rules = log.runs[0]!.tool.driver.rules;
  assert.deepEqual(
    rules.map((r) => r['id']),
    RULES.map((r) => r.meta.id),
  );
  for (const rule of rules) assert.equal(rule['helpUri'], ruleHelpUri(String(rule['id'])));
});
