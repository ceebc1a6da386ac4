import { retryAfterFailurePlugin } from './retry-plugin';

type Plugin = ReturnType<typeof retryAfterFailurePlugin>;
type BeforeRequestArgs = Parameters<NonNullable<Plugin['beforeRequest']>>[0];
type ErrorArgs = Parameters<NonNullable<Plugin['errorLoadRemote']>>[0];

function fakeHost() {
  const registered: Array<{ names: string[]; force: boolean | undefined }> = [];
  const remotes = [
    { name: 'active_sessions', entry: 'http://remote/mf-manifest.json' },
    { name: 'other', entry: 'http://other/mf-manifest.json' },
  ];
  const origin = {
    registerRemotes: (list: Array<{ name: string }>, options?: { force?: boolean }) =>
      registered.push({ names: list.map((remote) => remote.name), force: options?.force }),
  };
  const request = (id: string) => ({ id, options: { remotes }, origin }) as unknown as BeforeRequestArgs;
  const failure = (id: string, remoteName?: string) =>
    ({
      id,
      error: new Error('down'),
      from: 'runtime',
      lifecycle: 'onLoad',
      remote: remoteName ? { name: remoteName } : undefined,
      origin,
    }) as unknown as ErrorArgs;
  return { registered, request, failure };
}

describe('retryAfterFailurePlugin', () => {
  it('leaves a remote that never failed alone', async () => {
    const plugin = retryAfterFailurePlugin();
    const host = fakeHost();
    await plugin.beforeRequest?.(host.request('active_sessions/app'));
    expect(host.registered).toEqual([]);
  });

  it('registers a failed remote again with force on its next request, once', async () => {
    const plugin = retryAfterFailurePlugin();
    const host = fakeHost();
    expect(
      await plugin.errorLoadRemote?.(host.failure('active_sessions/app', 'active_sessions')),
    ).toBeUndefined();
    await plugin.beforeRequest?.(host.request('other/thing'));
    expect(host.registered).toEqual([]);
    const args = host.request('active_sessions/app');
    expect(await plugin.beforeRequest?.(args)).toBe(args);
    await plugin.beforeRequest?.(host.request('active_sessions/manifest'));
    expect(host.registered).toEqual([{ names: ['active_sessions'], force: true }]);
  });

  it('finds the remote from the request id when the error carries no remote', async () => {
    const plugin = retryAfterFailurePlugin();
    const host = fakeHost();
    await plugin.errorLoadRemote?.(host.failure('active_sessions/manifest'));
    await plugin.beforeRequest?.(host.request('active_sessions/manifest'));
    expect(host.registered).toEqual([{ names: ['active_sessions'], force: true }]);
  });
});
