/** Message formatting in the two languages the product speaks. */
import type { Message } from './model.js';

/** A UI language. Chinese is the default everywhere. */
export type Locale = 'zh' | 'en';

/** Values substituted into `{{name}}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A message template cut at its placeholders: literal text, and `{ name, whole }` for each `{{name}}`. */
type Template = readonly (string | { readonly name: string; readonly whole: string })[];

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Templates cut once: a lint formats one message per finding, from a few dozen templates. */
const templates = new Map<string, Template>();
const MAX_TEMPLATES = 1000;

function templateOf(s: string): Template {
  let template = templates.get(s);
  if (!template) {
    const parts: (string | { name: string; whole: string })[] = [];
    let at = 0;
    for (const m of s.matchAll(PLACEHOLDER)) {
      parts.push(s.slice(at, m.index), { name: m[1] ?? '', whole: m[0] });
      at = (m.index ?? 0) + m[0].length;
    }
    parts.push(s.slice(at));
    template = parts;
    if (templates.size >= MAX_TEMPLATES) templates.clear(); // callers may format made-up strings
    templates.set(s, template);
  }
  return template;
}

function fill(s: string, data: MessageData): string {
  if (!s.includes('{{')) return s;
  let out = '';
  for (const part of templateOf(s)) {
    out += typeof part === 'string' ? part : part.name in data ? String(data[part.name]) : part.whole;
  }
  return out;
}

/** Replaces every `{{name}}` in both languages with `data[name]`; unknown names stay visible. */
export function format(message: Message, data: MessageData = {}): Message {
  return { zh: fill(message.zh, data), en: fill(message.en, data) };
}

/**
 * {@link format}, each language filled in when it is first read: readers of a lint's findings mostly show one
 * language, and many findings of a long document are never shown at all. Serialises as `{ zh, en }`.
 */
export function formatLazily(message: Message, data: MessageData = {}): Message {
  return new LazyMessage(message, data);
}

class LazyMessage implements Message {
  #zh: string | undefined;
  #en: string | undefined;
  readonly #template: Message;
  readonly #data: MessageData;

  constructor(template: Message, data: MessageData) {
    this.#template = template;
    this.#data = data;
  }

  get zh(): string {
    return (this.#zh ??= fill(this.#template.zh, this.#data));
  }

  get en(): string {
    return (this.#en ??= fill(this.#template.en, this.#data));
  }

  toJSON(): Message {
    return { zh: this.zh, en: this.en };
  }
}

/** Picks one language of a message. */
export function localize(message: Message, locale: Locale): string {
  return locale === 'en' ? message.en : message.zh;
}

/** Reads a locale name such as "zh-cn", "en-US" or "en"; anything not English is Chinese. */
export function toLocale(name: string | undefined): Locale {
  return name?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Formats a number the way reports print it (no grouping, at most 4 decimals, no float noise). */
export function num(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}
