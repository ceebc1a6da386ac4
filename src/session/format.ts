// Dates and numbers in the host's locale and time zone (Intl), built once per page.

export interface Formatters {
  /** Started At as the column shows it: date and time, short. */
  dateTime(ms: number): string;
  /** Started At on hover: full date, time and time zone. */
  dateTimeFull(ms: number): string;
  number(value: number): string;
}

export function createFormatters(locale?: string, timeZone?: string): Formatters {
  const zone = timeZone ? { timeZone } : {};
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...zone });
  const full = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'long',
    ...zone,
  });
  const numbers = new Intl.NumberFormat(locale);
  return {
    dateTime: (ms) => short.format(ms),
    dateTimeFull: (ms) => full.format(ms),
    number: (value) => numbers.format(value),
  };
}
