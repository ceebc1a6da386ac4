// The shape of one message, shared by the catalogs, the translator and the host props check.

/** The plural categories of Intl.PluralRules. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A message that depends on `{count}`: one text per plural category the language uses, `other` always. */
export type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string };

export type Message = string | PluralMessage;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is a message: a string, or plural forms (strings) with at least `other`. */
export function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (!isRecord(value) || typeof value.other !== 'string') return false;
  return Object.entries(value).every(
    ([category, text]) => PLURAL_CATEGORIES.includes(category as PluralCategory) && typeof text === 'string',
  );
}
