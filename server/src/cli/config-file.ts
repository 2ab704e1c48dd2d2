/** Finds and reads `.govreportrc.json`: the nearest one up the directory tree wins. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, format, parseConfig, type Config, type Message } from '../core/index.js';
import { CLI_MESSAGES } from './messages.js';

/** The configuration file's name. */
export { CONFIG_FILE_NAME };

/** A configuration file as read: its options (defaults where invalid) and what was wrong with it. */
export interface ConfigFile {
  /** Absolute path. */
  readonly path: string;
  readonly config: Config;
}

/** A problem with a configuration file (the message names the key, not the file). */
export interface ConfigWarning {
  /** Absolute path of the file. */
  readonly path: string;
  readonly message: Message;
}

/**
 * Looks configuration files up per directory, reading each file and each directory at most once.
 * Problems are collected in {@link ConfigFiles.takeWarnings}, once per file.
 */
export class ConfigFiles {
  private readonly byDirectory = new Map<string, ConfigFile | null>();
  private warnings: ConfigWarning[] = [];

  constructor(private readonly knownRuleIds: readonly string[]) {}

  /** The configuration file in `dir` or its nearest ancestor, or null when there is none. */
  nearest(dir: string): ConfigFile | null {
    const cached = this.byDirectory.get(dir);
    if (cached !== undefined) return cached;
    const candidate = join(dir, CONFIG_FILE_NAME);
    const parent = dirname(dir);
    const found = statSync(candidate, { throwIfNoEntry: false })?.isFile()
      ? this.read(candidate)
      : parent === dir
        ? null
        : this.nearest(parent);
    this.byDirectory.set(dir, found);
    return found;
  }

  /** The warnings collected since the last call. */
  takeWarnings(): ConfigWarning[] {
    const taken = this.warnings;
    this.warnings = [];
    return taken;
  }

  private read(path: string): ConfigFile {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      const id = err instanceof SyntaxError ? 'configInvalidJson' : 'configUnreadable';
      this.warnings.push({ path, message: format(CLI_MESSAGES[id], { detail }) });
      raw = undefined;
    }
    const { config, errors } = parseConfig(raw, this.knownRuleIds);
    for (const error of errors) this.warnings.push({ path, message: error.message });
    return { path, config };
  }
}
