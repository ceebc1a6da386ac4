// Elapsed time in the user's language, as Intl.DurationFormat's narrow style writes it: each unit
// through Intl.NumberFormat's narrow unit style, joined by Intl.ListFormat's narrow unit list, which is
// how that style is defined (and works where DurationFormat does not exist, Node 20 under jest
// included). The two largest units that matter are shown.

/** Formats elapsed milliseconds: `45s`, `12m 5s`, `3h 4m`, `2d 5h` in English. */
export type DurationFormat = (elapsedMs: number) => string;

type Unit = 'days' | 'hours' | 'minutes' | 'seconds';
type Parts = Partial<Record<Unit, number>>;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The units the column shows for an elapsed time: seconds under a minute, then the two largest. */
export function durationParts(elapsedMs: number): Parts {
  const ms = Math.max(0, elapsedMs);
  if (ms < MINUTE) return { seconds: Math.floor(ms / SECOND) };
  if (ms < HOUR) return { minutes: Math.floor(ms / MINUTE), seconds: Math.floor((ms % MINUTE) / SECOND) };
  if (ms < DAY) return { hours: Math.floor(ms / HOUR), minutes: Math.floor((ms % HOUR) / MINUTE) };
  return { days: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) };
}

const UNIT_NAMES: Record<Unit, string> = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };
const ORDER: Unit[] = ['days', 'hours', 'minutes', 'seconds'];
/**
 * Languages whose narrow unit names mix styles (German's: "4 T, 22h", "7h, 35 Min.") get the units'
 * symbols instead, one style throughout and as short as the narrow style (DIN 1301 for German:
 * "4 d 22 h", "7 h 35 min", "1 min 48 s"); the numbers still come from Intl.NumberFormat. Their short
 * names ("7 Std., 35 Min.") would be one style too, but too wide for a row that keeps to one line.
 */
const SYMBOLS: Record<string, Record<Unit, string>> = {
  de: { days: 'd', hours: 'h', minutes: 'min', seconds: 's' },
};

/** Texts kept per formatter: every (minutes, seconds), (hours, minutes) and (days, hours) of a few days. */
const REMEMBERED = 8_000;

/**
 * The formatter for `language`. Built from parts even where Intl.DurationFormat exists: the same text
 * (its narrow style is defined this way), but a hundred cells tick every second and DurationFormat
 * costs tens of microseconds a call in Chromium, the parts about one. Texts already made are reused:
 * a row over an hour old shows the same text for a minute.
 */
export function createDurationFormat(language: string, intl: typeof Intl = Intl): DurationFormat {
  // Stryker disable next-line StringLiteral: split always yields a first piece; the fallback only satisfies the type
  const symbols = SYMBOLS[language.split('-')[0]?.toLowerCase() ?? ''];
  const numbers = new intl.NumberFormat(language);
  const units = new Map(
    ORDER.map((unit) => [
      unit,
      symbols
        ? { format: (value: number) => `${numbers.format(value)}\u00a0${symbols[unit]}` }
        : new intl.NumberFormat(language, { style: 'unit', unit: UNIT_NAMES[unit], unitDisplay: 'narrow' }),
    ]),
  );
  const list = symbols
    ? { format: (pieces: string[]) => pieces.join(' ') }
    : new intl.ListFormat(language, { type: 'unit', style: 'narrow' });
  const texts = new Map<string, string>();
  return (elapsedMs) => {
    const parts = durationParts(elapsedMs);
    const key = `${parts.days}:${parts.hours}:${parts.minutes}:${parts.seconds}`;
    const known = texts.get(key);
    if (known !== undefined) return known;
    const shown = ORDER.filter((unit) => parts[unit] !== undefined);
    const pieces = shown
      // Stryker disable next-line LogicalOperator: equivalent, the first of two units is never 0 (it is what made the time that long)
      .filter((unit, index) => parts[unit] !== 0 || (shown.length === 1 && index === 0))
      // Stryker disable next-line StringLiteral: every unit shown has a format; the fallback only satisfies the type
      .map((unit) => units.get(unit)?.format(parts[unit] ?? 0) ?? '');
    const text = list.format(pieces);
    if (texts.size >= REMEMBERED) texts.clear();
    texts.set(key, text);
    return text;
  };
}
