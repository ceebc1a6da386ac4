// config.json's dispatcherTimeoutMs sets the console client's timeout, which modules use as theirs:
// tests shorten it to see a timeout quickly, and 0 removes it so a module's own fallback applies.
import { createDispatcherClient } from '../dispatcher/dispatcher-client';
import { createSessionStore } from '../identity/console-session';
import { checkShellConfig, DEFAULT_DISPATCHER_TIMEOUT_MS } from './runtime-config';

const valid = {
  remotes: { active_sessions: 'http://127.0.0.1:3001/mf-manifest.json' },
  dispatcherBaseUrl: 'http://127.0.0.1:3100/api/dispatcher/',
};
const identity = { userId: 'admin', tenantId: 'acme' };

describe('dispatcherTimeoutMs', () => {
  it.each([0, 1500, 600_000])('accepts %p ms', (dispatcherTimeoutMs) => {
    expect(checkShellConfig({ ...valid, dispatcherTimeoutMs })).toEqual({
      ok: true,
      config: { ...valid, dispatcherTimeoutMs },
    });
  });

  it.each([-1, 1.5, '1500', 600_001, null])('refuses %p', (dispatcherTimeoutMs) => {
    expect(checkShellConfig({ ...valid, dispatcherTimeoutMs })).toEqual({
      ok: false,
      problems: ['dispatcherTimeoutMs must be whole milliseconds from 0 (no timeout) to 600000'],
    });
  });

  it('is the client’s timeout, 10 s when not set, for every identity the console switches to', () => {
    expect(createDispatcherClient(valid.dispatcherBaseUrl, identity).defaults.timeout).toBe(
      DEFAULT_DISPATCHER_TIMEOUT_MS,
    );
    expect(DEFAULT_DISPATCHER_TIMEOUT_MS).toBe(10_000);
    const sessions = createSessionStore(identity, valid.dispatcherBaseUrl, 1500);
    expect(sessions.get().dispatcherClient.defaults.timeout).toBe(1500);
    sessions.switchTo({ userId: 'admin', tenantId: 'globex' });
    expect(sessions.get().dispatcherClient.defaults.timeout).toBe(1500);
    expect(
      createSessionStore(identity, valid.dispatcherBaseUrl, 0).get().dispatcherClient.defaults.timeout,
    ).toBe(0);
  });
});
