/** Reads the command line: `gov-report-lint [paths…] --format text|json|sarif [--fix] …`. */
import { format, type Locale, type Message, type TemplateId } from '../core/index.js';
import { CLI_MESSAGES } from './messages.js';

/** The output formats. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What the command line asks for. */
export interface CliOptions {
  /** Files and directories as given; empty means the current directory. */
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly fix: boolean;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** Set only when given; otherwise the configuration file decides. */
  readonly template?: TemplateId;
  readonly locale?: Locale;
}

/** The outcome of {@link parseArgs}: options, or the first usage error (with the locale asked for, if any). */
export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly error: Message; readonly locale?: Locale };

const VALUE_OPTIONS = {
  '--format': OUTPUT_FORMATS,
  '--template': ['2019', '2021'],
  '--locale': ['zh', 'en'],
} as const satisfies Record<string, readonly string[]>;

const FLAG_OPTIONS = {
  '--fix': 'fix',
  '--quiet': 'quiet',
  '-q': 'quiet',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
} as const;

type ValueOption = keyof typeof VALUE_OPTIONS;

/**
 * Parses the arguments after the program name. Options may come before or after paths, as
 * `--format json` or `--format=json`; `--` ends the options. Later occurrences win.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const paths: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = { fix: false, quiet: false, help: false, version: false };
  let error: Message | undefined;
  const fail = (message: Message) => (error ??= message);

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name in FLAG_OPTIONS) {
      if (eq !== -1) fail(format(CLI_MESSAGES.noValue, { option: name }));
      flags[FLAG_OPTIONS[name as keyof typeof FLAG_OPTIONS]] = true;
      continue;
    }
    if (!(name in VALUE_OPTIONS)) {
      fail(format(CLI_MESSAGES.unknownOption, { option: name }));
      continue;
    }
    const option = name as ValueOption;
    const allowed: readonly string[] = VALUE_OPTIONS[option];
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) fail(format(CLI_MESSAGES.missingValue, { option, allowed: allowed.join('|') }));
    else if (!allowed.includes(value))
      fail(format(CLI_MESSAGES.badValue, { option, value, allowed: allowed.join('|') }));
    else values[option] = value;
  }

  const locale = values['--locale'] as Locale | undefined;
  if (error) return locale ? { ok: false, error, locale } : { ok: false, error };
  const template = values['--template'] as TemplateId | undefined;
  return {
    ok: true,
    options: {
      paths,
      format: (values['--format'] as OutputFormat | undefined) ?? 'text',
      ...flags,
      ...(template ? { template } : {}),
      ...(locale ? { locale } : {}),
    },
  };
}
