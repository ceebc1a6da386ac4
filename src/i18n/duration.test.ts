import { createDurationFormat, durationParts } from './duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('durations', () => {
  it('show seconds under a minute, then the two largest units', () => {
    expect([0, 45 * S, 12 * M + 5 * S, 3 * H + 4 * M, 2 * D + 5 * H, -5 * S].map(durationParts)).toEqual([
      { seconds: 0 },
      { seconds: 45 },
      { minutes: 12, seconds: 5 },
      { hours: 3, minutes: 4 },
      { days: 2, hours: 5 },
      { seconds: 0 },
    ]);
  });

  describe('from Intl.NumberFormat units and Intl.ListFormat (Intl.DurationFormat narrow, by definition)', () => {
    it.each([
      [
        'en',
        [0, 45 * S, 12 * M + 5 * S, 3 * H + 4 * M, 2 * D + 5 * H, 3 * H],
        ['0s', '45s', '12m 5s', '3h 4m', '2d 5h', '3h'],
      ],
    ] as const)('in %s', (language, times, texts) => {
      const format = createDurationFormat(language);
      expect(times.map(format)).toEqual(texts);
    });

    it('in German, one style throughout: the units’ symbols, where Intl’s narrow names mix styles', () => {
      const format = createDurationFormat('de');
      expect([45 * S, 12 * M + 5 * S, 3 * H + 4 * M, 2 * D + 5 * H, 3 * H, 1_234 * D].map(format)).toEqual([
        '45\u00a0s',
        '12\u00a0min 5\u00a0s',
        '3\u00a0h 4\u00a0min',
        '2\u00a0d 5\u00a0h',
        '3\u00a0h',
        '1.234\u00a0d',
      ]);
      expect(createDurationFormat('de-AT')(3 * H)).toBe('3\u00a0h');
    });

    it('makes each text once: a row over an hour old costs no formatting until its minute changes', () => {
      let calls = 0;
      class CountingNumberFormat extends Intl.NumberFormat {
        override format(value: number | bigint): string {
          calls += 1;
          return super.format(value);
        }
      }
      const intl = {
        NumberFormat: CountingNumberFormat,
        ListFormat: Intl.ListFormat,
      } as unknown as typeof Intl;
      const format = createDurationFormat('en', intl);
      expect(format(3 * H + 4 * M)).toBe('3h 4m');
      expect(calls).toBe(2);
      for (let second = 1; second < 60; second += 1) expect(format(3 * H + 4 * M + second * S)).toBe('3h 4m');
      expect(calls).toBe(2);
      expect(format(3 * H + 5 * M)).toBe('3h 5m');
      expect(calls).toBe(4);
    });
  });
});
