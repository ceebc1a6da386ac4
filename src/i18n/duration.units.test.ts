// Whole units read as one unit ("1m", not "60s" or "1m 0s"), and the texts a formatter keeps are
// bounded: it remembers what it made, and forgets everything once it holds its limit.
import { createDurationFormat, durationParts } from './duration';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Intl whose number formats count the texts they make. */
function countingIntl() {
  let made = 0;
  class NumberFormat extends Intl.NumberFormat {
    override format(value: number | bigint): string {
      made += 1;
      return super.format(value);
    }
  }
  const intl = Object.assign(Object.create(Intl), { NumberFormat }) as typeof Intl;
  return { intl, made: () => made };
}

describe('durations at a unit’s edge', () => {
  it.each([
    [MINUTE, { minutes: 1, seconds: 0 }, '1m'],
    [HOUR, { hours: 1, minutes: 0 }, '1h'],
    [DAY, { days: 1, hours: 0 }, '1d'],
    [DAY + 5 * MINUTE, { days: 1, hours: 0 }, '1d'],
  ])('%d ms reads as whole units', (ms, parts, text) => {
    expect(durationParts(ms)).toEqual(parts);
    expect(createDurationFormat('en')(ms)).toBe(text);
  });

  it('shows a zero only when it is all there is', () => {
    expect(createDurationFormat('en')(0)).toBe('0s');
    expect(createDurationFormat('de')(HOUR + 30_000)).toBe('1\u00a0h');
  });
});

describe('the texts a formatter keeps', () => {
  it('makes a text once while it is remembered', () => {
    const { intl, made } = countingIntl();
    const format = createDurationFormat('en', intl);
    format(5_000);
    format(7_000);
    const before = made();
    expect(format(5_000)).toBe('5s');
    expect(made()).toBe(before);
  });

  it('forgets them all once it holds 8,000, and makes them again', () => {
    const { intl, made } = countingIntl();
    const format = createDurationFormat('en', intl);
    for (let days = 1; days <= 8_000; days += 1) format(days * DAY);
    const full = made();
    expect(format(DAY)).toBe('1d');
    expect(made()).toBe(full);
    format(8_001 * DAY);
    const cleared = made();
    expect(format(DAY)).toBe('1d');
    expect(made()).toBe(cleared + 1);
  });
});
