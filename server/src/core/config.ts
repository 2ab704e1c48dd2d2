/**
 * The product's options, shared by the editor settings (`govReport.*`) and the workspace file
 * `.govreportrc.json`, validated with zod. An invalid key yields a message naming it and its default;
 * the other keys keep their values.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { LintOptions, Message } from './model.js';

// zod/mini (the tree-shakable build: a twentieth of the full one's size, so the CLI, its threads and the server
// start sooner) with its English messages, which name what is wrong with an option's value.
z.config(en());

/** The workspace configuration file, read by the editor and the CLI. */
export const CONFIG_FILE_NAME = '.govreportrc.json';

const RuleSettingSchema = z.enum(['error', 'warning', 'info', 'off']);

/** Each option's schema, with its default. */
export const CONFIG_SHAPE = {
  template: z._default(z.enum(['auto', '2019', '2021']), 'auto'),
  locale: z._default(z.enum(['auto', 'zh', 'en']), 'auto'),
  rules: z._default(z.record(z.string(), RuleSettingSchema), {}),
  run: z._default(z.enum(['onType', 'onSave']), 'onType'),
  detect: z._default(z.boolean(), true),
  maxFileSize: z._default(z.int().check(z.positive()), 5 * 1024 * 1024),
} as const;

/** The whole options object. */
export const ConfigSchema = z.object(CONFIG_SHAPE);

/** Options after validation and defaults. */
export type Config = z.infer<typeof ConfigSchema>;

/** A problem with one option. */
export interface ConfigError {
  readonly key: string;
  readonly message: Message;
}

/** The defaults of every option. */
export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/**
 * Validates a raw options object key by key. Unknown keys and invalid values are reported;
 * each invalid key falls back to its default. `knownRuleIds` lets unknown rule ids be reported too.
 */
export function parseConfig(
  raw: unknown,
  knownRuleIds: readonly string[] = [],
): { config: Config; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const config: Record<string, unknown> = defaultConfig();
  if (raw === undefined || raw === null) return { config: config as Config, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push({
      key: '',
      message: { zh: '配置必须是一个 JSON 对象', en: 'the configuration must be a JSON object' },
    });
    return { config: config as Config, errors };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const schema = (CONFIG_SHAPE as Record<string, z.ZodMiniType>)[key];
    if (!schema) {
      errors.push({
        key,
        message: { zh: `未知的配置项 "${key}"，已忽略`, en: `unknown option "${key}", ignored` },
      });
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      const detail = result.error.issues
        .map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message)
        .join('; ');
      errors.push({
        key,
        message: {
          zh: `配置项 "${key}" 的值无效（${detail}），已使用默认值`,
          en: `invalid value for "${key}" (${detail}); using the default`,
        },
      });
      continue;
    }
    config[key] = result.data;
  }
  const rules = config['rules'] as Record<string, string>;
  if (knownRuleIds.length > 0) {
    for (const id of Object.keys(rules)) {
      if (!knownRuleIds.includes(id)) {
        errors.push({
          key: `rules.${id}`,
          message: { zh: `未知的规则 "${id}"，已忽略`, en: `unknown rule "${id}", ignored` },
        });
        delete rules[id];
      }
    }
  }
  return { config: config as Config, errors };
}

/** The lint options a configuration asks for. */
export function toLintOptions(config: Config): LintOptions {
  return { template: config.template, rules: config.rules };
}
