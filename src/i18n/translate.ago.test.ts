// "Updated … ago" at the edge of a unit: a full hour reads as an hour, not sixty minutes.
import { createI18n } from './translate';

// Only the relative time is asked for: no message is looked up.
const { ago } = createI18n({ language: 'en', lookup: () => '' });

describe('how long ago, at the edge of a unit', () => {
  it.each([
    [59, '55 seconds ago'],
    [60, '1 minute ago'],
    [3_599, '59 minutes ago'],
    [3_600, '1 hour ago'],
  ])('%d s reads as %s', (seconds, text) => {
    expect(ago(seconds)).toBe(text);
  });
});
