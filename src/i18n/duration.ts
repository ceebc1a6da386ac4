// Elapsed time in the user's language. Intl.DurationFormat where the browser has it (Chromium does);
// elsewhere (older browsers, Node 20 under jest) the same text from its parts: each unit through
// Intl.NumberFormat's narrow unit style, joined by Intl.ListFormat's narrow unit list, which is how
// DurationFormat's narrow style is defined. The two largest units that matter are shown, as before.

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

/** The part of Intl.DurationFormat the page uses; not yet in TypeScript's library. */
interface IntlDurationFormat {
  format(duration: Parts): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'narrow'; secondsDisplay?: 'always' },
) => IntlDurationFormat;

const UNIT_NAMES: Record<Unit, string> = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };
const ORDER: Unit[] = ['days', 'hours', 'minutes', 'seconds'];

/** The formatter for `language`: Intl.DurationFormat when `intl` has it, else the same from parts. */
export function createDurationFormat(language: string, intl: typeof Intl = Intl): DurationFormat {
  const Native = (intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (Native) {
    const narrow = new Native(language, { style: 'narrow' });
    // Zero-valued units are left out; a time under a minute still shows its seconds, 0 included.
    const seconds = new Native(language, { style: 'narrow', secondsDisplay: 'always' });
    return (elapsedMs) => {
      const parts = durationParts(elapsedMs);
      return (
        parts.minutes === undefined && parts.hours === undefined && parts.days === undefined
          ? seconds
          : narrow
      ).format(parts);
    };
  }
  const units = new Map(
    ORDER.map((unit) => [
      unit,
      new intl.NumberFormat(language, { style: 'unit', unit: UNIT_NAMES[unit], unitDisplay: 'narrow' }),
    ]),
  );
  const list = new intl.ListFormat(language, { type: 'unit', style: 'narrow' });
  return (elapsedMs) => {
    const parts = durationParts(elapsedMs);
    const shown = ORDER.filter((unit) => parts[unit] !== undefined);
    const texts = shown
      .filter((unit, index) => parts[unit] !== 0 || (shown.length === 1 && index === 0))
      .map((unit) => units.get(unit)?.format(parts[unit] ?? 0) ?? '');
    return list.format(texts);
  };
}
