/** Message formatting in the two languages the product speaks. */
import type { Message } from './model.js';

/** A UI language. Chinese is the default everywhere. */
export type Locale = 'zh' | 'en';

/** Values substituted into `{{name}}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/** Replaces every `{{name}}` in both languages with `data[name]`; unknown names stay visible. */
export function format(message: Message, data: MessageData = {}): Message {
  const fill = (s: string) =>
    s.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
  return { zh: fill(message.zh), en: fill(message.en) };
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
