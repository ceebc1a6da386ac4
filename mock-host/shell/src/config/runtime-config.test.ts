import { buildShellConfig, checkShellConfig } from './runtime-config';

const valid = {
  remotes: { active_sessions: 'http://127.0.0.1:3001/mf-manifest.json' },
  dispatcherBaseUrl: 'http://127.0.0.1:3100/api/dispatcher/',
};

describe('checkShellConfig', () => {
  it('accepts a minimal config and keeps optional fields it knows', () => {
    expect(checkShellConfig(valid)).toEqual({ ok: true, config: valid });
    const full = { ...valid, tenants: ['acme'], locale: 'en-GB', timeZone: 'Europe/Berlin', extra: 1 };
    expect(checkShellConfig(full)).toEqual({
      ok: true,
      config: { ...valid, tenants: ['acme'], locale: 'en-GB', timeZone: 'Europe/Berlin' },
    });
  });

  it('lists every problem at once', () => {
    const checked = checkShellConfig({
      remotes: { 'bad-name': 'http://x/', ok_name: 'ftp://x/mf-manifest.json' },
      dispatcherBaseUrl: 'http://x/api',
      tenants: [],
      locale: 3,
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([
      'remote name "bad-name" is not a container name',
      'remotes.ok_name must be an absolute http(s) URL',
      'dispatcherBaseUrl must be an absolute http(s) URL ending in "/"',
      'tenants must be a non-empty list of tenant ids',
      'locale must be a string',
    ]);
  });

  it.each([null, [], 'config', 42])('refuses %p as a whole', (input) => {
    expect(checkShellConfig(input).ok).toBe(false);
  });

  it('refuses remotes that are not a map', () => {
    expect(checkShellConfig({ ...valid, remotes: ['x'] }).ok).toBe(false);
  });
});

describe('buildShellConfig', () => {
  it('points the remote at its slim entry’s manifest and keeps the dispatcher base with a trailing slash', () => {
    expect(
      buildShellConfig({
        remoteUrl: 'http://127.0.0.1:4000',
        dispatcherBaseUrl: 'http://127.0.0.1:5000/api/dispatcher',
      }),
    ).toEqual({
      remotes: { active_sessions: 'http://127.0.0.1:4000/mf-manifest.slim.json' },
      dispatcherBaseUrl: 'http://127.0.0.1:5000/api/dispatcher/',
    });
  });

  it('points at another manifest file when told (the development server builds the full entry only)', () => {
    expect(
      buildShellConfig({
        remoteUrl: 'http://127.0.0.1:4000/',
        manifestFile: 'mf-manifest.json',
        dispatcherBaseUrl: 'http://127.0.0.1:5000/api/dispatcher/',
      }).remotes,
    ).toEqual({ active_sessions: 'http://127.0.0.1:4000/mf-manifest.json' });
  });

  it('builds what checkShellConfig accepts', () => {
    const built = buildShellConfig({
      remoteUrl: 'http://127.0.0.1:4000/',
      dispatcherBaseUrl: 'http://127.0.0.1:5000/api/dispatcher/',
      tenants: ['acme', 'globex'],
    });
    expect(checkShellConfig(built)).toEqual({ ok: true, config: built });
  });
});
