/**
 * The options a document is checked with: the editor settings (`govReport.*`) overridden by the
 * workspace file `.govreportrc.json` (shared with the CLI), both validated by the engine's
 * `parseConfig`. An invalid key falls back to its default and yields one warning naming it; the other
 * keys keep working.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  defaultConfig,
  CONFIG_FILE_NAME,
  format,
  localize,
  parseConfig,
  RULES,
  type Config,
  type ConfigError,
  type Locale,
  type Message,
} from '../core/index.js';
import { isInside } from './file-uri.js';

/** The workspace options file, read by the editor and the CLI alike. */

/** What one document is checked with. */
export interface Settings {
  readonly config: Config;
  /** The language of diagnostics and messages (`auto` already resolved). */
  readonly locale: Locale;
}

/** An options file's location and text. */
export interface RcFile {
  readonly path: string;
  readonly text: string;
}

/** A warning about one settings source (the editor settings or one options file). */
export interface SettingsWarning {
  /** Identifies the source, so that a warning is repeated only when it changes. */
  readonly source: string;
  readonly text: string;
}

const KNOWN_RULE_IDS = RULES.map((rule) => rule.meta.id);

const SOURCE_LABEL = {
  editor: { zh: 'gov-report-lint 设置（govReport.*）', en: 'gov-report-lint settings (govReport.*)' },
  rc: { zh: 'gov-report-lint 配置文件 {{path}}', en: 'gov-report-lint options file {{path}}' },
  invalidJson: {
    zh: '不是有效的 JSON（{{detail}}），已忽略整个文件',
    en: 'is not valid JSON ({{detail}}); the whole file is ignored',
  },
} as const;

/**
 * Merges the editor settings and an options file into the settings of one document.
 * `displayLocale` is the editor's display language, used when the locale option is `auto`.
 */
export function resolveSettings(
  editorRaw: unknown,
  rc: RcFile | undefined,
  displayLocale: Locale,
): { settings: Settings; warnings: SettingsWarning[] } {
  const editor = parseConfig(editorRaw ?? undefined, KNOWN_RULE_IDS);
  const { raw: rcRaw, error: rcJsonError } = rc ? parseJson(rc.text) : { raw: undefined, error: undefined };
  const file = parseConfig(rcRaw, KNOWN_RULE_IDS);
  const config = mergeConfig(editor.config, file.config, setKeys(rcRaw, file.errors));
  const locale = config.locale === 'auto' ? displayLocale : config.locale;

  const warnings: SettingsWarning[] = [];
  const say = (m: Message, data: Readonly<Record<string, string>> = {}) => localize(format(m, data), locale);
  if (editor.errors.length > 0) {
    warnings.push({ source: 'editor', text: joinErrors(say(SOURCE_LABEL.editor), editor.errors, locale) });
  }
  if (rc) {
    const label = say(SOURCE_LABEL.rc, { path: rc.path });
    if (rcJsonError !== undefined) {
      warnings.push({
        source: rc.path,
        text: `${label} ${say(SOURCE_LABEL.invalidJson, { detail: rcJsonError })}`,
      });
    } else if (file.errors.length > 0) {
      warnings.push({ source: rc.path, text: joinErrors(label, file.errors, locale) });
    }
  }
  return { settings: { config, locale }, warnings };
}

function parseJson(text: string): { raw: unknown; error: string | undefined } {
  try {
    return { raw: JSON.parse(text.replace(/^\uFEFF/, '')), error: undefined };
  } catch (err) {
    return { raw: undefined, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The option keys a raw object sets with a valid value. */
function setKeys(raw: unknown, errors: readonly ConfigError[]): (keyof Config)[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const known = Object.keys(defaultConfig());
  return Object.keys(raw).filter(
    (key): key is keyof Config => known.includes(key) && !errors.some((e) => e.key === key),
  );
}

/** The editor's options with the keys the file sets replaced; per-rule severities are merged. */
function mergeConfig(editor: Config, file: Config, fileKeys: readonly (keyof Config)[]): Config {
  const merged: Record<string, unknown> = { ...editor };
  for (const key of fileKeys) merged[key] = file[key];
  merged['rules'] = { ...editor.rules, ...file.rules };
  return merged as Config;
}

function joinErrors(label: string, errors: readonly ConfigError[], locale: Locale): string {
  const [colon, separator] = locale === 'en' ? [': ', '; '] : ['：', '；'];
  return label + colon + errors.map((e) => localize(e.message, locale)).join(separator);
}

/**
 * Reads the nearest options file from the document's folder up to its workspace folder.
 * Only `file:` documents inside a workspace folder have one.
 */
export async function findRcFile(
  documentUri: string,
  workspaceFolderUris: readonly string[],
): Promise<RcFile | undefined> {
  const folder = workspaceFolderUris
    .filter((f) => isInside(documentUri, f))
    .sort((a, b) => b.length - a.length)[0];
  if (!folder || !documentUri.startsWith('file:')) return undefined;
  const root = fileURLToPath(folder);
  for (let dir = dirname(fileURLToPath(documentUri)); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE_NAME);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) return { path, text };
    if (dir === root || dirname(dir) === dir || !dir.startsWith(root)) return undefined;
  }
}

/** Where {@link SettingsStore} gets its inputs from (the LSP connection, in the server). */
export interface SettingsSources {
  /** The raw `govReport` settings section for a document, or undefined when the client has none. */
  editorSettings(uri: string): Promise<unknown>;
  /** The options file that applies to a document. */
  rcFile(uri: string): Promise<RcFile | undefined>;
  /** Shows a warning to the user. */
  warn(text: string): void;
}

/**
 * Settings per document, fetched once and cached until {@link SettingsStore.reload} (a settings change or an
 * options file change). A document whose effective settings come out the same keeps the very same
 * {@link Settings} object, so that what was computed with them stays valid. Each distinct warning is shown once.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly sources: SettingsSources,
    private readonly displayLocale: Locale,
  ) {}

  /** The settings of the document at `uri`. Never rejects: failures fall back to defaults. */
  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /**
   * Reads the sources again for the cached documents that `affects` selects (all by default). Resolves with
   * those whose effective settings changed.
   */
  async reload(affects: (uri: string) => boolean = () => true): Promise<string[]> {
    const uris = [...this.cache.keys()].filter(affects);
    const changed = await Promise.all(uris.map((uri) => this.reloadOne(uri)));
    return uris.filter((_, i) => changed[i]);
  }

  /** Forgets one document's settings (when it closes). */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Reads one document's settings again; resolves true when they changed. */
  private async reloadOne(uri: string): Promise<boolean> {
    const before = this.get(uri);
    const after = Promise.all([before, this.load(uri)]).then(([old, now]) => (same(old, now) ? old : now));
    this.cache.set(uri, after);
    return (await before) !== (await after);
  }

  private async load(uri: string): Promise<Settings> {
    const [editorRaw, rc] = await Promise.all([
      this.sources.editorSettings(uri).catch(() => undefined),
      this.sources.rcFile(uri).catch(() => undefined),
    ]);
    const { settings, warnings } = resolveSettings(editorRaw, rc, this.displayLocale);
    const sources = rc ? ['editor', rc.path] : ['editor'];
    for (const source of sources) {
      const text = warnings.find((w) => w.source === source)?.text ?? '';
      if (text !== '' && this.shown.get(source) !== text) this.sources.warn(text);
      this.shown.set(source, text);
    }
    return settings;
  }
}

/** True when two settings check a document alike. */
function same(a: Settings, b: Settings): boolean {
  return a.locale === b.locale && isDeepStrictEqual(a.config, b.config);
}
