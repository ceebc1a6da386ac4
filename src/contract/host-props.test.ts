import axios from 'axios';
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
      basePath: '/console',
      identity: 'acme:admin',
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
    expect(check).toEqual({
      ok: false,
      problems: [
        expect.stringContaining('dispatcherClient is missing'),
        expect.stringContaining('hasPermission'),
        expect.stringContaining('navigate'),
        expect.stringContaining('locale'),
        expect.stringContaining('timeZone'),
        expect.stringContaining('domElement'),
        expect.stringContaining('stuckAfterMinutes'),
      ],
    });
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
    // One bad catalog or one bad message among good ones is enough: nothing half-checked is used.
    expect(problems({ messages: { fr: { heading: 'Sessions' }, 'not a tag!': { heading: 'x' } } })).toEqual([
      malformed,
    ]);
    expect(problems({ messages: { fr: { heading: 'Sessions actives', refresh: 42 } } })).toEqual([malformed]);
  });

  it('refuses a client that is not an axios instance', () => {
    const check = checkHostProps({ ...good, dispatcherClient: { baseURL: 'https://x' } });
    expect(check.ok).toBe(false);
  });

  it('accepts a real axios instance, which is a function with get and post', () => {
    const props = { ...good, dispatcherClient: axios.create({ baseURL: 'https://dispatcher.example/api/' }) };
    expect(checkHostProps(props)).toEqual({ ok: true, props });
  });

  it('says what is wrong with a client that is not one', () => {
    const problems = (dispatcherClient: unknown) => {
      const check = checkHostProps({ ...good, dispatcherClient });
      return check.ok ? [] : check.problems;
    };
    expect(problems('https://dispatcher.example')).toEqual(['dispatcherClient must be an axios instance']);
    const incomplete = 'dispatcherClient must be an axios instance (get and post are missing)';
    expect(problems({ get: () => undefined })).toEqual([incomplete]);
    expect(problems({ post: () => undefined })).toEqual([incomplete]);
  });

  it('names the expected form of each malformed optional prop', () => {
    const problems = (props: Record<string, unknown>) => {
      const check = checkHostProps({ ...good, ...props });
      return check.ok ? [] : check.problems;
    };
    expect(problems({ locale: 7 })).toEqual(['locale must be a BCP 47 string such as "en-GB"']);
    expect(problems({ locale: 'not a locale!' })).toEqual([
      'locale is not a valid BCP 47 tag such as "en-GB"',
    ]);
    expect(problems({ timeZone: 1 })).toEqual(['timeZone must be an IANA name such as "Europe/Berlin"']);
    expect(problems({ timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone is not a known IANA time zone such as "Europe/Berlin"',
    ]);
    expect(problems({ navigate: '/elsewhere' })).toEqual([
      'navigate must be a function (path: string) => void',
    ]);
    expect(problems({ hasPermission: true })).toEqual([
      'hasPermission is missing: pass (permission: string) => boolean',
    ]);
  });

  it('takes stuckAfterMinutes only as a positive, finite number', () => {
    const accepts = (stuckAfterMinutes: unknown) => checkHostProps({ ...good, stuckAfterMinutes }).ok;
    expect(accepts(0.5)).toBe(true);
    for (const bad of [0, -5, Number.POSITIVE_INFINITY, Number.NaN, '30', null])
      expect(accepts(bad)).toBe(false);
  });

  it('reports messages that are not catalogs instead of failing on them', () => {
    const malformed =
      'messages must map BCP 47 language tags to messages: strings, or plural forms with "other"';
    for (const messages of [null, [], 'fr', { fr: null }, { fr: ['Bonjour'] }]) {
      const check = checkHostProps({ ...good, messages });
      expect(check).toEqual({ ok: false, problems: [malformed] });
    }
  });

  it('takes basePath as the path the console is served under, and says what is wrong without echoing it', () => {
    const accepts = (basePath: unknown) => checkHostProps({ ...good, basePath }).ok;
    for (const path of ['', '/', '/console', '/console/', '/tenant-a/console', '/a~b/c.d', '/%E2%82%AC'])
      expect({ path, ok: accepts(path) }).toEqual({ path, ok: true });
    const wrong =
      'basePath must be the path the console is served under, such as "/console": starting with "/", without "?", "#", spaces or ".." segments';
    for (const path of [
      'console',
      '//evil.example',
      '/console?x=1',
      '/console#top',
      '/my console',
      '/console/../admin',
      '/./console',
      'https://host.example/console',
      '/console//x',
      42,
      null,
    ]) {
      expect({ path, check: checkHostProps({ ...good, basePath: path }) }).toEqual({
        path,
        check: { ok: false, problems: [wrong] },
      });
    }
  });

  it('takes identity as a string only', () => {
    expect(checkHostProps({ ...good, identity: 'acme:admin' }).ok).toBe(true);
    expect(checkHostProps({ ...good, identity: 7 })).toEqual({
      ok: false,
      problems: ['identity must be a string, such as "<tenant>:<user>"'],
    });
  });

  it('survives no props at all', () => {
    expect(checkHostProps(undefined).ok).toBe(false);
  });
});
