/**
 * `npm run bench`: speed and size against the targets of issue 5, printed as one table.
 *
 *   npm run bench                      everything (a few minutes)
 *   npm run bench -- --quick           fewer iterations
 *   npm run bench -- --only=engine,cli sections: engine, cli, server, bundles
 *   npm run bench -- --markdownlint    also markdownlint on the same texts (see markdownlint.ts)
 *
 * Benchmarks, not tests: nothing fails on a slow machine; ✗ marks a missed target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { benchBundleSizes, benchClientLoad, buildProduction, ENGINE_BUNDLE } from './bundles.js';
import { benchCli } from './cli.js';
import { benchEngine, type Lint } from './engine.js';
import { benchReports, seedReports } from './inputs.js';
import { benchMarkdownlint, loadMarkdownlint } from './markdownlint.js';
import { renderTable, type BenchRow } from './measure.js';
import { benchServer } from './server.js';

const SECTIONS = ['engine', 'cli', 'server', 'bundles'] as const;
type Section = (typeof SECTIONS)[number];

const ROOT = resolve(__dirname, '../..');

function parseFlags(argv: readonly string[]) {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const sections = new Set<Section>(
    only
      ? (only.split(',').filter((s) => (SECTIONS as readonly string[]).includes(s)) as Section[])
      : SECTIONS,
  );
  return { quick: argv.includes('--quick'), markdownlint: argv.includes('--markdownlint'), sections };
}

/** The machine, with the load average sampled before the benchmarks add their own. */
function machine(load: readonly number[]): string {
  const [one, five] = load;
  return [
    `CPU: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores`,
    `Node ${process.version} (${process.platform}-${process.arch})`,
    `load average before the run ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)` +
      ((one ?? 0) > availableParallelism() * 0.5 ? ' — the machine is busy: times are inflated' : ''),
  ].join('\n');
}

async function main(): Promise<void> {
  const load = loadavg();
  const flags = parseFlags(process.argv.slice(2));
  const reports = benchReports();
  const seeds = seedReports();
  const rows: BenchRow[] = [];
  const progress = (s: string) => process.stderr.write(`bench: ${s}…\n`);
  const outdir = mkdtempSync(join(tmpdir(), 'gov-report-dist-'));
  try {
    progress('production build');
    buildProduction(ROOT, outdir);
    if (flags.sections.has('engine')) {
      progress('lint() in process');
      const effort = flags.quick
        ? { warmup: 100, runs: 200, largeRuns: 5 }
        : { warmup: 500, runs: 1000, largeRuns: 15 };
      const engine = createRequire(join(ROOT, 'package.json'))(join(outdir, ENGINE_BUNDLE)) as { lint: Lint };
      rows.push(...benchEngine(engine.lint, reports, seeds, effort));
    }
    if (flags.markdownlint) {
      const loaded = loadMarkdownlint(ROOT);
      if ('missing' in loaded) rows.push({ measure: 'markdownlint', value: loaded.missing });
      else {
        progress('markdownlint');
        rows.push(...benchMarkdownlint(loaded.lint, seeds, 20, flags.quick ? 20 : 100));
      }
    }
    if (flags.sections.has('cli')) {
      progress('CLI over a batch of files');
      rows.push(...benchCli(join(outdir, 'cli.js'), join(outdir, ENGINE_BUNDLE), seeds, flags.quick ? 3 : 5));
    }
    if (flags.sections.has('server')) {
      progress('language server');
      const effort = flags.quick
        ? { warmup: 300, runs: 100, largeRuns: 3 }
        : { warmup: 500, runs: 300, largeRuns: 9 };
      rows.push(...(await benchServer(join(outdir, 'server.js'), seeds, effort)));
    }
    if (flags.sections.has('bundles')) {
      progress('bundles');
      rows.push(...benchBundleSizes(outdir), ...benchClientLoad(outdir, flags.quick ? 3 : 7));
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
  process.stdout.write(`${machine(load)}\n\n${renderTable(rows)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
