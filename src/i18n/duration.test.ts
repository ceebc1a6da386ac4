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

  describe('without Intl.DurationFormat (as in Node 20), from Intl.NumberFormat units and Intl.ListFormat', () => {
    beforeAll(() => {
      expect((Intl as { DurationFormat?: unknown }).DurationFormat).toBeUndefined();
    });

    it.each([
      [
        'en',
        [0, 45 * S, 12 * M + 5 * S, 3 * H + 4 * M, 2 * D + 5 * H, 3 * H],
        ['0s', '45s', '12m 5s', '3h 4m', '2d 5h', '3h'],
      ],
      ['de', [45 * S, 12 * M + 5 * S, 3 * H + 4 * M], ['45 Sek.', '12 Min., 5 Sek.', '3h, 4 Min.']],
    ] as const)('in %s', (language, times, texts) => {
      const format = createDurationFormat(language);
      expect(times.map(format)).toEqual(texts);
    });
  });

  describe('with Intl.DurationFormat (as in Chromium)', () => {
    it('hands it the parts, narrow, with seconds always shown under a minute', () => {
      const made: Array<{ language: string; options: object }> = [];
      class FakeDurationFormat {
        constructor(
          readonly language: string,
          readonly options: { secondsDisplay?: string },
        ) {
          made.push({ language, options });
        }
        format(parts: object) {
          return `${this.options.secondsDisplay ?? 'auto'}:${JSON.stringify(parts)}`;
        }
      }
      const intl = { ...Intl, DurationFormat: FakeDurationFormat } as unknown as typeof Intl;
      const format = createDurationFormat('de', intl);
      expect(format(0)).toBe('always:{"seconds":0}');
      expect(format(12 * M + 5 * S)).toBe('auto:{"minutes":12,"seconds":5}');
      expect(made).toEqual([
        { language: 'de', options: { style: 'narrow' } },
        { language: 'de', options: { style: 'narrow', secondsDisplay: 'always' } },
      ]);
    });
  });
});
