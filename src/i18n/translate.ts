// One small translator on Intl: messages from layered catalogs, plurals through Intl.PluralRules,
// relative times through Intl.RelativeTimeFormat, durations through Intl.DurationFormat (or its
// parts, where the browser has no DurationFormat). Words follow `language`; numbers in messages
// follow `locale`, as the page's dates and numbers do. Pure: no React.
import { createDurationFormat, type DurationFormat } from './duration';
import type { MessageKey } from './en';
import type { Message } from '../contract/messages';

export type Params = Record<string, string | number>;

export interface I18n {
  /** The language the page speaks: a BCP 47 tag, `en` when the one asked for is not available. */
  readonly language: string;
  /** The message `key` with `{name}` filled from `params`; `{count}` also picks the plural form. */
  t(key: MessageKey, params?: Params): string;
  /** The message's text before filling in, plural form chosen: for messages that hold markup. */
  template(key: MessageKey, count?: number): string;
  /** "Updated …" in words: `seconds` ago, as the language says it (Intl.RelativeTimeFormat). */
  ago(seconds: number): string;
  /** Elapsed time as the Duration column shows it (`12m 5s`, `3 Std., 4 Min.`). */
  duration: DurationFormat;
}

/** Finds a message in catalogs listed from most to least specific. */
export type Lookup = (key: MessageKey) => Message;

export function createI18n(options: { language: string; locale?: string | undefined; lookup: Lookup }): I18n {
  const { language, locale, lookup } = options;
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(locale);
  // Numbers always ("1 minute ago", never "a minute ago" or "now"): RelativeTimeFormat's default.
  const relative = new Intl.RelativeTimeFormat(language);

  const template = (key: MessageKey, count?: number): string => {
    const message = lookup(key);
    if (typeof message === 'string') return message;
    if (count === undefined) return message.other;
    return message[plurals.select(count)] ?? message.other;
  };

  return {
    language,
    template,
    t(key, params) {
      const count = typeof params?.count === 'number' ? params.count : undefined;
      const text = template(key, count);
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    },
    ago(seconds) {
      if (seconds < 60) return relative.format(-Math.floor(seconds / 5) * 5, 'second');
      if (seconds < 3_600) return relative.format(-Math.floor(seconds / 60), 'minute');
      return relative.format(-Math.floor(seconds / 3_600), 'hour');
    },
    duration: createDurationFormat(language),
  };
}
