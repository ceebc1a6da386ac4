// Each test gets the module afresh: which catalogs are loaded and which languages were warned about
// is state of the page's life.
type Languages = typeof import('./languages');

function fresh(): Languages {
  let module: Languages | undefined;
  jest.isolateModules(() => {
    module = require('./languages');
  });
  return module as Languages;
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('the page’s language', () => {
  it('is English by default, ready at once', () => {
    const i18n = fresh().i18nFor({});
    expect(i18n?.language).toBe('en');
    expect(i18n?.t('heading')).toBe('Active Sessions');
  });

  it('takes a language from the host’s messages, English for what they leave out', () => {
    const i18n = fresh().i18nFor({
      language: 'fr-CA',
      messages: {
        fr: {
          heading: 'Sessions actives',
          rejected: { one: '{count} session', other: '{count} sessions' },
        },
      },
    });
    expect(i18n?.language).toBe('fr');
    expect(i18n?.t('heading')).toBe('Sessions actives');
    expect(i18n?.t('refresh')).toBe('Refresh');
    // French plural rules: 0 and 1 are "one".
    expect(i18n?.t('rejected', { count: 0 })).toBe('0 session');
    expect(warn).not.toHaveBeenCalled();
  });

  it('lets the host override English messages', () => {
    const i18n = fresh().i18nFor({ messages: { en: { heading: 'Live sessions' } } });
    expect([i18n?.t('heading'), i18n?.t('refresh')]).toEqual(['Live sessions', 'Refresh']);
  });

  it('falls back to English for a language it does not have, and says so once, naming only the tag', () => {
    const { i18nFor } = fresh();
    const i18n = i18nFor({ language: 'sv', messages: { fr: { heading: 'Sessions actives' } } });
    i18nFor({ language: 'sv' });
    expect(i18n?.language).toBe('en');
    expect(i18n?.t('heading')).toBe('Active Sessions');
    expect(warn.mock.calls).toEqual([['[active_sessions] language "sv" is not available: showing English']]);
  });

  it('says nothing of its own for a value that is no language tag (the props check reports that)', () => {
    const i18n = fresh().i18nFor({ language: 'not a tag at all@example.com' });
    expect(i18n?.language).toBe('en');
    expect(warn).not.toHaveBeenCalled();
  });
});
