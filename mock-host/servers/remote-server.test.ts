import { startRemoteServer, type RemoteServer } from './remote-server';
import { until } from '../../test/until';
import { makeBuildDir, rawRequest } from './test-fixtures';

const build = makeBuildDir({
  'mf-manifest.json': '{"id":"active_sessions"}',
  'remoteEntry.js': 'var active_sessions;',
  '__federation_expose_app.0123abcd.js': 'chunk',
});

let remote: RemoteServer;

beforeAll(async () => {
  remote = await startRemoteServer(build.root);
});

afterEach(async () => {
  await remote.faults.reset();
});

afterAll(async () => {
  await remote.close();
  build.remove();
});

describe('remote server', () => {
  it('sends Access-Control-Allow-Origin: * on files, errors and preflights', async () => {
    expect((await fetch(`${remote.url}/mf-manifest.json`)).headers.get('access-control-allow-origin')).toBe(
      '*',
    );
    expect((await fetch(`${remote.url}/missing.js`)).headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await rawRequest(remote.url, '/remoteEntry.js', 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });

  it('has no single-page-app fallback: an unknown path is a 404', async () => {
    expect((await fetch(`${remote.url}/communications/sessions/active`)).status).toBe(404);
  });

  it('does not let browsers keep chunks, so a fault reaches every load', async () => {
    const answer = await fetch(`${remote.url}/__federation_expose_app.0123abcd.js`);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
  });

  it('records the paths it was asked for', async () => {
    await fetch(`${remote.url}/remoteEntry.js?v=1`);
    expect(remote.requests()).toContain('/remoteEntry.js');
  });

  describe('faults', () => {
    it('down refuses connections and up serves again on the same port', async () => {
      await remote.faults.down();
      expect(remote.faults.current().down).toBe(true);
      await expect(fetch(`${remote.url}/mf-manifest.json`)).rejects.toThrow();
      await remote.faults.up();
      expect((await rawRequest(remote.url, '/mf-manifest.json')).status).toBe(200);
    });

    it('down drops a kept-alive connection too', async () => {
      const pending = fetch(`${remote.url}/remoteEntry.js`).then((answer) => answer.text());
      await expect(pending).resolves.toBe('var active_sessions;');
      await remote.faults.down();
      await expect(fetch(`${remote.url}/remoteEntry.js`)).rejects.toThrow();
    });

    it('slow holds every answer for the set delay, and slow(0) answers at once', async () => {
      // The server's own timer is faked, so the delay is counted exactly, however busy the machine is.
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      try {
        remote.faults.slow(300);
        const before = remote.requests().length;
        let answered = false;
        const slow = fetch(`${remote.url}/mf-manifest.json`).then((answer) => {
          answered = true;
          return answer.status;
        });
        await until('the request reached the server', () => remote.requests().length > before);
        expect(jest.getTimerCount()).toBe(1);
        await jest.advanceTimersByTimeAsync(299);
        expect(answered).toBe(false);
        expect(jest.getTimerCount()).toBe(1);
        await jest.advanceTimersByTimeAsync(1);
        expect(await slow).toBe(200);

        remote.faults.slow(0);
        const seen = remote.requests().length;
        const quick = fetch(`${remote.url}/mf-manifest.json`);
        await until('the second request reached the server', () => remote.requests().length > seen);
        expect(jest.getTimerCount()).toBe(0);
        expect((await quick).status).toBe(200);
      } finally {
        jest.useRealTimers();
      }
    });

    it('fail answers 500 for paths containing a string, with CORS so the host sees the status', async () => {
      remote.faults.fail('__federation_expose_app');
      const failed = await fetch(`${remote.url}/__federation_expose_app.0123abcd.js`);
      expect(failed.status).toBe(500);
      expect(failed.headers.get('access-control-allow-origin')).toBe('*');
      expect((await fetch(`${remote.url}/remoteEntry.js`)).status).toBe(200);
    });

    it('fail takes a RegExp and another status', async () => {
      remote.faults.fail(/manifest\.json$/g, 503);
      // Twice: a global RegExp must not remember where it stopped.
      expect((await fetch(`${remote.url}/mf-manifest.json`)).status).toBe(503);
      expect((await fetch(`${remote.url}/mf-manifest.json`)).status).toBe(503);
      expect(remote.faults.current().failing).toEqual([{ pattern: '/manifest\\.json$/g', status: 503 }]);
    });

    it('fail with times fails only that many matching requests: a server that failed for a moment', async () => {
      remote.faults.fail(/on-demand-release\.[0-9a-f]+\.js$/, 503, { times: 1 });
      expect(remote.faults.current().failing).toEqual([
        { pattern: '/on-demand-release\\.[0-9a-f]+\\.js$/', status: 503, times: 1 },
      ]);
      expect((await fetch(`${remote.url}/remoteEntry.js`)).status).toBe(200);
      expect((await fetch(`${remote.url}/on-demand-release.0123abcd.js`)).status).toBe(503);
      expect((await fetch(`${remote.url}/on-demand-release.0123abcd.js`)).status).not.toBe(503);
      expect(remote.faults.current().failing).toEqual([]);
    });

    it('refuses statuses that are not errors, counts that are not counts and delays that are not durations', () => {
      expect(() => remote.faults.fail('x', 200)).toThrow(RangeError);
      expect(() => remote.faults.fail('x', 503, { times: 0 })).toThrow(RangeError);
      expect(() => remote.faults.fail('x', 503, { times: 1.5 })).toThrow(RangeError);
      expect(() => remote.faults.slow(-1)).toThrow(RangeError);
    });

    it('hold answers nothing until release, then every waiting request is answered', async () => {
      remote.faults.hold();
      expect(remote.faults.current().holding).toBe(true);
      const before = remote.requests().length;
      let answered = 0;
      const held = ['/mf-manifest.json', '/remoteEntry.js'].map((file) =>
        fetch(`${remote.url}${file}`).then((answer) => {
          answered += 1;
          return answer.status;
        }),
      );
      await until('both requests reached the server', () => remote.requests().length === before + 2);
      expect(answered).toBe(0);
      // Both were still waiting when released: a server that answered them would release none.
      expect(remote.faults.release()).toBe(2);
      expect(await Promise.all(held)).toEqual([200, 200]);
      expect(remote.faults.current().holding).toBe(false);
    });

    it('reset clears every fault', async () => {
      remote.faults.fail('remoteEntry');
      remote.faults.slow(50);
      remote.faults.hold();
      await remote.faults.down();
      await remote.faults.reset();
      expect(remote.faults.current()).toEqual({ down: false, delayMs: 0, holding: false, failing: [] });
      expect((await rawRequest(remote.url, '/remoteEntry.js')).status).toBe(200);
    });
  });
});
