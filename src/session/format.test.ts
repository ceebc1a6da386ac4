// Started At as an administrator reads it: the host's clock style (9:30 AM, or 09:30), the year only
// when it is not this one, the time never broken from its AM/PM.
import { createFormatters } from './format';

const NOW = Date.UTC(2026, 11, 7, 12);
const at = (year: number) => Date.UTC(year, 11, 7, 9, 30);

describe('the formatted instants', () => {
  it('writes a 12-hour clock without a leading zero, its AM/PM on the same line as the time', () => {
    const us = createFormatters('en-US', 'UTC', () => NOW);
    expect(us.dateTime(at(2026))).toBe('Dec 7, 9:30\u00a0AM');
  });

  it('writes a 24-hour clock with its leading zero', () => {
    const gb = createFormatters('en-GB', 'UTC', () => NOW);
    expect(gb.dateTime(at(2026))).toBe('7 Dec, 09:30');
    const de = createFormatters('de-DE', 'UTC', () => NOW);
    expect(de.dateTime(at(2026))).toBe('7. Dez., 09:30');
  });

  it('adds the year only for an instant of another year', () => {
    const gb = createFormatters('en-GB', 'UTC', () => NOW);
    expect(gb.dateTime(at(2026))).not.toContain('2026');
    expect(gb.dateTime(at(2025))).toBe('7 Dec 2025, 09:30');
  });

  it('tells the full date, time and time zone on hover, in the tenant zone', () => {
    const gb = createFormatters('en-GB', 'Europe/Berlin', () => NOW);
    const full = gb.dateTimeFull(at(2026));
    for (const part of ['Monday', '7 December 2026', '10:30:00', 'Central European Standard Time'])
      expect(full).toContain(part);
    expect(gb.number(12345)).toBe('12,345');
  });
});
