/**
 * The CLI's I/O layer: reads the command line, the configuration files and the reports, runs the
 * engine, writes fixes and prints one of the output formats. Everything it touches comes in {@link CliIo}.
 */
import { dirname } from 'node:path';
import {
  RULES,
  defaultConfig,
  localize,
  toLintOptions,
  type Config,
  type LintOptions,
  type Locale,
} from '../core/index.js';
import { version } from '../../../package.json';
import { parseArgs, type CliOptions } from './args.js';
import { readReportText, type CheckSettings, type FileJob } from './check-file.js';
import { withCrossYear, type CheckedFile } from './cross-year.js';
import { ConfigFiles } from './config-file.js';
import { say, type CliMessageId } from './messages.js';
import { formatJson } from './output-json.js';
import { formatSarif } from './output-sarif.js';
import { formatTextParts } from './output-text.js';
import { checkFiles, workerCount, type Workers } from './parallel.js';
import { countFindings, isPrinted, summarize, type FileReport, type PrintedReport } from './results.js';
import { collectFiles, displayPath, fileDisplay } from './walk.js';

/** The process as the CLI sees it; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /**
   * A script that runs `runWorker()` of `parallel.ts` in a worker thread (the CLI bundle itself). With it,
   * large batches are checked on several cores; without it, on the calling thread.
   */
  readonly workerScript?: string;
  /** How many worker threads to start (tests); by default as many as the batch is worth (`workerCount`). */
  readonly workers?: number;
}

/** Exit codes: no errors, errors found, bad usage or unreadable input. */
export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

/** Batches at least this large show progress on a terminal. */
const PROGRESS_MIN_FILES = 200;
const PROGRESS_EVERY = 50;

/** Runs `gov-report-lint` with `argv` (the arguments after the program name) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const locale = parsed.locale ?? 'zh';
    io.writeStderr(`gov-report-lint: ${localize(parsed.error, locale)}\n${say(locale, 'seeHelp')}\n`);
    return EXIT.trouble;
  }
  const options = parsed.options;
  const configs = new ConfigFiles(RULES.map((rule) => rule.meta.id));
  const cwdConfig = configs.nearest(io.cwd);
  const locale: Locale = options.locale ?? (cwdConfig?.config.locale === 'en' ? 'en' : 'zh');
  if (options.help) {
    io.writeStdout(say(locale, 'help'));
    return EXIT.ok;
  }
  if (options.version) {
    io.writeStdout(`${version}\n`);
    return EXIT.ok;
  }
  return new Run(options, io, configs, cwdConfig?.config ?? defaultConfig(), locale).execute();
}

/** One batch: the state shared while the files are checked. */
class Run {
  private trouble = false;
  private fixes = 0;
  private fixedFiles = 0;
  private progressShown = false;
  /** Options by configuration, so the files of one configuration share one object. */
  private readonly optionsByConfig = new Map<Config, LintOptions>();
  private readonly showFile: (file: string) => string;

  constructor(
    private readonly options: CliOptions,
    private readonly io: CliIo,
    private readonly configs: ConfigFiles,
    private readonly cwdConfig: Config,
    private readonly locale: Locale,
  ) {
    this.showFile = fileDisplay(io.cwd);
  }

  async execute(): Promise<number> {
    this.reportConfigWarnings();
    const { files, problems } = collectFiles(this.options.paths, this.io.cwd);
    for (const problem of problems) {
      const path = this.show(problem.path);
      if (problem.kind === 'missing') this.fail('pathMissing', { path });
      else this.fail('pathUnreadable', { path, detail: problem.detail ?? '' });
    }
    const jobs: FileJob[] = files.map((file) => ({
      file,
      path: this.showFile(file),
      options: this.lintOptionsFor(file),
    }));
    const settings: CheckSettings = {
      fix: this.options.fix,
      quiet: this.options.quiet,
      locale: this.locale,
      ...(this.options.format === 'text' ? { text: { color: this.useColor() } } : {}),
    };
    const showProgress = this.io.stderrIsTTY && files.length >= PROGRESS_MIN_FILES;
    const outcomes = await checkFiles(jobs, settings, this.workersFor(jobs.length), (i) => {
      if (showProgress && i % PROGRESS_EVERY === 0) this.progress(i, files.length);
    });
    this.clearProgress();
    const checked: CheckedFile[] = [];
    for (const outcome of outcomes) {
      if (outcome.problem) this.fail(outcome.problem.id, outcome.problem.data);
      if (outcome.fixesApplied > 0) {
        this.fixes += outcome.fixesApplied;
        this.fixedFiles++;
      }
      if (outcome.checked) checked.push(outcome.checked);
    }
    const reports = withCrossYear(checked, settings, readReportText);
    for (const chunk of joinedInChunks(this.render(reports))) this.io.writeStdout(chunk);
    if (this.trouble) return EXIT.trouble;
    return reports.some((r) => countFindings(r).errors > 0) ? EXIT.findings : EXIT.ok;
  }

  /** The worker threads for a batch of `files`: none without a worker script. */
  private workersFor(files: number): Workers {
    const script = this.io.workerScript;
    if (script === undefined) return { script: '', count: 0 };
    return { script, count: this.io.workers ?? workerCount(files) };
  }

  /** The nearest configuration file's options (else the working directory's), with the command line on top. */
  private lintOptionsFor(file: string): LintOptions {
    const config = this.configs.nearest(dirname(file))?.config ?? this.cwdConfig;
    this.reportConfigWarnings();
    let options = this.optionsByConfig.get(config);
    if (!options) {
      const template = this.options.template;
      options = { ...toLintOptions(config), ...(template ? { template } : {}) };
      this.optionsByConfig.set(config, options);
    }
    return options;
  }

  /** The output, in the parts it is written in. */
  private render(reports: readonly (FileReport | PrintedReport)[]): string[] {
    const summary = summarize(reports);
    // Only text runs print files where they are checked.
    const found = () => reports.filter((r): r is FileReport => !isPrinted(r));
    switch (this.options.format) {
      case 'json':
        return [formatJson(found(), summary)];
      case 'sarif':
        return [
          formatSarif(
            found(),
            RULES.map((rule) => rule.meta),
            this.locale,
            version,
          ),
        ];
      case 'text': {
        const fixed = this.options.fix ? { fixed: { fixes: this.fixes, files: this.fixedFiles } } : {};
        return formatTextParts(reports, summary, { locale: this.locale, color: this.useColor(), ...fixed });
      }
    }
  }

  /** ANSI colours on a terminal, unless NO_COLOR is set. */
  private useColor(): boolean {
    return this.io.stdoutIsTTY && !this.io.env['NO_COLOR'];
  }

  private reportConfigWarnings(): void {
    for (const warning of this.configs.takeWarnings()) {
      const message = localize(warning.message, this.locale);
      this.warn(say(this.locale, 'inFile', { path: this.show(warning.path), message }));
    }
  }

  /** Reports a problem that makes the exit code 2; the other files are still checked. */
  private fail(id: CliMessageId, data: Readonly<Record<string, string>>): void {
    this.trouble = true;
    this.warn(say(this.locale, id, data));
  }

  private warn(text: string): void {
    this.clearProgress();
    this.io.writeStderr(`gov-report-lint: ${text}\n`);
  }

  private progress(done: number, total: number): void {
    this.io.writeStderr(`\r${say(this.locale, 'progress', { done, total })}`);
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.io.writeStderr('\r\u001b[K');
    this.progressShown = false;
  }

  private show(path: string): string {
    return displayPath(path, this.io.cwd);
  }
}

/** Output written in pieces of at least this many characters: one write per file costs ≈10 µs more. */
const OUTPUT_CHUNK = 1 << 16;

/** The parts joined into as few strings as keep each near {@link OUTPUT_CHUNK} characters. */
function joinedInChunks(parts: readonly string[]): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const part of parts) {
    chunk += part;
    if (chunk.length >= OUTPUT_CHUNK) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}
