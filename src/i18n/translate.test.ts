import type { MessageKey } from './en';
import { en } from './en';
import { enExport } from './en-export';
import { enRelease } from './en-release';
import type { Message } from '../contract/messages';
import { createI18n } from './translate';

const all: Record<MessageKey, Message> = { ...en, ...enRelease, ...enExport };
const english = (locale?: string) =>
  createI18n({ language: 'en', locale, lookup: (key: MessageKey): Message => all[key] });

describe('the translator', () => {
  it('picks the plural form for {count} through the language’s plural rules', () => {
    const { t } = english();
    expect(t('tooManyCharacters', { count: 1, max: 1000 })).toBe(
      '1 character too many: notes can have at most 1,000.',
    );
    expect(t('tooManyCharacters', { count: 2, max: 1000 })).toBe(
      '2 characters too many: notes can have at most 1,000.',
    );
    expect(t('tooManyCharacters', { count: 0, max: 1000 })).toMatch(/^0 characters/);
  });

  it('uses every category a language has (Polish: one, few, many), `other` when a form is missing', () => {
    const polish: Message = {
      one: '{count} sesja',
      few: '{count} sesje',
      many: '{count} sesji',
      other: '{count} sesji*',
    };
    const { t } = createI18n({ language: 'pl', lookup: () => polish });
    expect([1, 2, 5, 22, 1.5].map((count) => t('rejected', { count }))).toEqual([
      '1 sesja',
      '2 sesje',
      '5 sesji',
      '22 sesje',
      '1.5 sesji*',
    ]);
  });

  it('writes numbers as the locale does, apart from the language', () => {
    const { t } = english('de-DE');
    expect(t('tooManyCharacters', { count: 1234, max: 1000 })).toBe(
      '1.234 characters too many: notes can have at most 1.000.',
    );
  });

  it('fills placeholders with text as given, and leaves unknown ones as written', () => {
    const { t } = createI18n({ language: 'en', lookup: () => 'Hello {name}, {missing}' });
    expect(t('heading', { name: '{missing} <b>x</b>' })).toBe('Hello {missing} <b>x</b>, {missing}');
  });

  it('says how long ago through Intl.RelativeTimeFormat, in the language', () => {
    expect([5, 59, 60, 3_599, 7_200].map(english().ago)).toEqual([
      '5 seconds ago',
      '55 seconds ago',
      '1 minute ago',
      '59 minutes ago',
      '2 hours ago',
    ]);
    const german = createI18n({ language: 'de', lookup: (key) => all[key] });
    expect([5, 60, 120].map(german.ago)).toEqual(['vor 5 Sekunden', 'vor 1 Minute', 'vor 2 Minuten']);
  });
});
