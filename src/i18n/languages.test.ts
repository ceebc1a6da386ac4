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

  it('loads German only when asked for, and speaks it once loaded, for de and its regional tags', async () => {
    const { i18nFor, loadLanguage, loadReleaseMessages } = fresh();
    expect(i18nFor({ language: 'de-AT' })).toBeNull();
    await loadLanguage('de-AT');
    const i18n = i18nFor({ language: 'de-AT' });
    expect(i18n?.language).toBe('de');
    expect(i18n?.t('heading')).toBe('Aktive Sitzungen');
    // The words of releasing come with the release code, in the same language, into the same translator.
    await loadReleaseMessages('de-AT');
    expect(i18n?.t('tooManyCharacters', { count: 1, max: 1000 })).toBe(
      '1 Zeichen zu viel: Notizen dürfen höchstens 1,000 Zeichen lang sein.',
    );
    expect(i18nFor({ language: 'de', locale: 'de-DE' })?.t('characters', { length: 1200, max: 1000 })).toBe(
      '1.200 / 1.000 Zeichen',
    );
    expect(warn).not.toHaveBeenCalled();
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

  it('lets the host override English and German messages; a region’s own messages win over the language’s', async () => {
    const { i18nFor, loadLanguage } = fresh();
    const messages = {
      en: { heading: 'Live sessions' },
      de: { heading: 'Laufende Sitzungen' },
      'de-CH': { release: 'Freigeben!' },
    } as const;
    expect(i18nFor({ messages })?.t('heading')).toBe('Live sessions');
    await loadLanguage('de-CH');
    const swiss = i18nFor({ language: 'de-CH', messages });
    expect(swiss?.language).toBe('de-CH');
    expect([swiss?.t('heading'), swiss?.t('release'), swiss?.t('auditTrail')]).toEqual([
      'Laufende Sitzungen',
      'Freigeben!',
      'Verlauf',
    ]);
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
  it('speaks English when the German chunk cannot be fetched after retries, says so, and fetches it again next time', async () => {
    let languages: Languages | undefined;
    let attempts = 0;
    jest.isolateModules(() => {
      jest.doMock('./de', () => {
        attempts += 1;
        // Gone for the first load's three tries (a new release removed the file), back afterwards.
        if (attempts <= 3) throw new Error('ChunkLoadError');
        return jest.requireActual('./de');
      });
      languages = require('./languages');
    });
    const { i18nFor, loadLanguage, unavailableLanguage } = languages as Languages;
    jest.useFakeTimers();
    try {
      const first = loadLanguage('de');
      await jest.advanceTimersByTimeAsync(2_000);
      await first;
      expect(attempts).toBe(3);
      expect(i18nFor({ language: 'de' })?.language).toBe('en');
      expect(unavailableLanguage('de-AT')).toBe('de');
      expect(unavailableLanguage('en')).toBeNull();
      expect(warn.mock.calls).toEqual([
        ['[active_sessions] language "de" could not be loaded: showing English'],
      ]);
      await loadLanguage('de');
      expect(i18nFor({ language: 'de' })?.t('heading')).toBe('Aktive Sitzungen');
      expect(unavailableLanguage('de')).toBeNull();
    } finally {
      jest.useRealTimers();
      jest.dontMock('./de');
    }
  });

  it('brings the English words of releasing when the German catalog could not be fetched, so Release still opens', async () => {
    let languages: Languages | undefined;
    const fetched: string[] = [];
    jest.resetModules();
    jest.isolateModules(() => {
      jest.doMock('./de', () => {
        throw new Error('ChunkLoadError');
      });
      jest.doMock('./de-release', () => {
        fetched.push('de-release');
        return jest.requireActual('./de-release');
      });
      languages = require('./languages');
    });
    const { i18nFor, loadLanguage, loadReleaseMessages } = languages as Languages;
    jest.useFakeTimers();
    try {
      const loading = loadLanguage('de');
      await jest.advanceTimersByTimeAsync(2_000);
      await loading;
      // The release code waits for this promise (German is tried again first): it must settle, and
      // not with an error.
      const releasing = loadReleaseMessages('de');
      await jest.advanceTimersByTimeAsync(2_000);
      await expect(releasing).resolves.toBeUndefined();
      // German's words of releasing are not fetched for a page that speaks English.
      expect(fetched).toEqual([]);
      expect(i18nFor({ language: 'de' })?.t('tooManyCharacters', { count: 1, max: 1000 })).toBe(
        '1 character too many: notes can have at most 1,000.',
      );
    } finally {
      jest.useRealTimers();
      jest.dontMock('./de');
      jest.dontMock('./de-release');
    }
  });

  it('a German chunk that fails once (a 503 for a moment) is fetched again, and the page speaks German', async () => {
    let languages: Languages | undefined;
    let attempts = 0;
    // A registry without the German catalog of the test before.
    jest.resetModules();
    jest.isolateModules(() => {
      jest.doMock('./de', () => {
        attempts += 1;
        if (attempts === 1) throw new Error('ChunkLoadError');
        return jest.requireActual('./de');
      });
      languages = require('./languages');
    });
    const { i18nFor, loadLanguage, unavailableLanguage } = languages as Languages;
    jest.useFakeTimers();
    try {
      const loading = loadLanguage('de');
      await jest.advanceTimersByTimeAsync(500);
      await loading;
      expect(attempts).toBe(2);
      expect(i18nFor({ language: 'de' })?.t('heading')).toBe('Aktive Sitzungen');
      expect(unavailableLanguage('de')).toBeNull();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
      jest.dontMock('./de');
    }
  });
});
