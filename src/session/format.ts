// Dates and numbers in the host's locale and time zone (Intl), built once per page.

export interface Formatters {
  /** Started At as the column shows it: day, month and time, the year only when it is not this one. */
  dateTime(ms: number): string;
  /** Started At on hover: full date, time and time zone. */
  dateTimeFull(ms: number): string;
  number(value: number): string;
}

export function createFormatters(
  locale?: string,
  timeZone?: string,
  nowMs: () => number = Date.now,
): Formatters {
  const zone = timeZone ? { timeZone } : {};
  // Compact, so a row keeps to one line: day, month and time; the year only when it is not this one.
  // A 24-hour clock keeps its leading zero (09:30); a 12-hour one writes 9:30 AM.
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  // Stryker disable next-line StringLiteral: any text without h11/h12 reads as the 24-hour clock, as '' does
  const twelve = /h1[12]/.test(cycle ?? '');
  const hour = twelve ? ('numeric' as const) : ('2-digit' as const);
  const parts = { month: 'short', day: 'numeric', hour, minute: '2-digit', ...zone } as const;
  const thisYear = new Intl.DateTimeFormat(locale, parts);
  const otherYear = new Intl.DateTimeFormat(locale, { ...parts, year: 'numeric' });
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', ...zone });
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
    dateTime: (ms) => keepTimeTogether(year.format(ms) === year.format(nowMs()) ? thisYear : otherYear, ms),
    dateTimeFull: (ms) => full.format(ms),
    number: (value) => numbers.format(value),
  };
}

/** The text of `ms`, its time kept on one line ("2:29 PM"): a narrow column breaks it after the date. */
function keepTimeTogether(format: Intl.DateTimeFormat, ms: number): string {
  const parts = format.formatToParts(ms);
  const hour = parts.findIndex((part) => part.type === 'hour');
  // Stryker disable next-line EqualityOperator: the hour itself holds no space to keep
  const kept = parts.map((part, index) => (index > hour ? part.value.replace(/\s/g, '\u00a0') : part.value));
  return kept.join('');
}
