import { checkHostProps } from './host-props';

const client = { get: () => undefined, post: () => undefined, defaults: {} };
const good = { dispatcherClient: client, hasPermission: () => true };

describe('checkHostProps', () => {
  it('accepts the required props, and the optional ones when well-formed', () => {
    expect(checkHostProps(good).ok).toBe(true);
    const full = {
      ...good,
      navigate: () => undefined,
      language: 'de',
      messages: {
        fr: { heading: 'Sessions actives', rejected: { one: '{count}', other: '{count}s' } },
      },
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      domElement: document.createElement('div'),
      stuckAfterMinutes: 10,
    };
    expect(checkHostProps(full)).toEqual({ ok: true, props: full });
  });

  it('lists every problem at once, by prop name', () => {
    const check = checkHostProps({
      hasPermission: 'yes',
      navigate: '/x',
      locale: 'not a locale!',
      timeZone: 'Mars/Olympus',
      domElement: '#app',
      stuckAfterMinutes: -1,
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      expect.stringContaining('dispatcherClient is missing'),
      expect.stringContaining('hasPermission'),
      expect.stringContaining('navigate'),
      expect.stringContaining('locale'),
      expect.stringContaining('timeZone'),
      expect.stringContaining('domElement'),
      expect.stringContaining('stuckAfterMinutes'),
    ]);
  });

  it('checks language as a BCP 47 tag and messages as catalogs by tag, naming neither value', () => {
    const problems = (props: Record<string, unknown>) => {
      const check = checkHostProps({ ...good, ...props });
      return check.ok ? [] : check.problems;
    };
    expect(problems({ language: 42 })).toEqual([expect.stringContaining('language must be a BCP 47 string')]);
    expect(problems({ language: 'secret@example.com' })).toEqual([
      'language is not a valid BCP 47 tag such as "de"',
    ]);
    const malformed =
      'messages must map BCP 47 language tags to messages: strings, or plural forms with "other"';
    expect(problems({ messages: ['x'] })).toEqual([malformed]);
    expect(problems({ messages: { 'secret@example.com': {} } })).toEqual([malformed]);
    expect(problems({ messages: { fr: 'Bonjour' } })).toEqual([malformed]);
    for (const bad of [42, { one: 'x' }, { other: 'x', several: 'y' }, { other: 7 }, null]) {
      expect(problems({ messages: { fr: { heading: bad } } })).toEqual([malformed]);
    }
    expect(problems({ language: 'pt-BR', messages: { 'pt-BR': { heading: 'Sessões ativas' } } })).toEqual([]);
  });

  it('refuses a client that is not an axios instance', () => {
    const check = checkHostProps({ ...good, dispatcherClient: { baseURL: 'https://x' } });
    expect(check.ok).toBe(false);
  });

  it('survives no props at all', () => {
    expect(checkHostProps(undefined).ok).toBe(false);
  });
});
