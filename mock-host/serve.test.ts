import { type MockHost, startMockHost } from './serve';
import { makeBuildDir } from './servers/test-fixtures';

const remoteBuild = makeBuildDir({
  'mf-manifest.json': '{}',
  'mf-manifest.slim.json': '{}',
  'remoteEntry.js': 'var active_sessions;',
});
const shellBuild = makeBuildDir({ 'index.html': '<!doctype html><title>console</title>' });

let host: MockHost;

beforeAll(async () => {
  host = await startMockHost({
    remoteDir: remoteBuild.root,
    shellDir: shellBuild.root,
    simulator: { seed: 7 },
  });
});

afterAll(async () => {
  await host.close();
  remoteBuild.remove();
  shellBuild.remove();
});

describe('startMockHost', () => {
  it('runs the console, the remote and the simulator on three origins of 127.0.0.1', () => {
    const origins = [host.hostUrl, host.remoteUrl, host.simulatorUrl].map((url) => new URL(url));
    expect(new Set(origins.map((url) => url.origin)).size).toBe(3);
    for (const url of origins) expect(url.hostname).toBe('127.0.0.1');
  });

  it('hands the console a config.json pointing at the remote and the simulator', async () => {
    const config = await (await fetch(`${host.hostUrl}/config.json`)).json();
    expect(config).toEqual({
      remotes: { active_sessions: `${host.remoteUrl}/mf-manifest.slim.json` },
      dispatcherBaseUrl: `${host.simulatorUrl}/api/dispatcher/`,
    });
    expect(host.dispatcherBaseUrl).toBe(config.dispatcherBaseUrl);
  });

  it('lets a test change config.json for the next page load', async () => {
    const original = host.config();
    host.setConfig({ ...original, tenants: ['globex'] });
    expect((await (await fetch(`${host.hostUrl}/config.json`)).json()).tenants).toEqual(['globex']);
    host.setConfig(original);
  });

  it("names the remote's and the simulator's origins in the console's CSP", async () => {
    const csp = (await fetch(`${host.hostUrl}/communications/sessions/active`)).headers.get(
      'content-security-policy',
    );
    expect(csp).toContain(`script-src 'self' ${host.remoteUrl};`);
    expect(csp).toContain(`connect-src 'self' ${host.remoteUrl} ${host.simulatorUrl};`);
  });

  it('serves the remote with CORS and with its fault switches', async () => {
    const answer = await fetch(`${host.remoteUrl}/mf-manifest.json`);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    host.remoteFaults.fail('mf-manifest');
    expect((await fetch(`${host.remoteUrl}/mf-manifest.json`)).status).toBe(500);
    await host.remoteFaults.reset();
    expect(host.remoteRequests()).toContain('/mf-manifest.json');
  });

  it('answers the dispatcher API from the simulator', async () => {
    const answer = await fetch(`${host.dispatcherBaseUrl}sessions?limit=1`, {
      headers: { 'X-Tenant-Id': 'acme', 'X-User-Id': 'admin' },
    });
    expect(answer.status).toBe(200);
  });

  it('starts with no CSP violation recorded', () => {
    expect(host.cspViolations()).toEqual([]);
  });
});

describe('startMockHost without a build', () => {
  it('says which build command to run', async () => {
    const empty = makeBuildDir({});
    try {
      await expect(startMockHost({ remoteDir: empty.root, shellDir: shellBuild.root })).rejects.toThrow(
        /mf-manifest\.slim\.json is missing: run `npm run build` first/,
      );
      await expect(startMockHost({ remoteDir: remoteBuild.root, shellDir: empty.root })).rejects.toThrow(
        /index\.html is missing: run `npm run build:host` first/,
      );
    } finally {
      empty.remove();
    }
  });

  it('frees its ports when closed', async () => {
    const other = await startMockHost({ remoteDir: remoteBuild.root, shellDir: shellBuild.root });
    await other.close();
    await expect(fetch(`${other.hostUrl}/`)).rejects.toThrow();
    await expect(fetch(`${other.simulatorUrl}/`)).rejects.toThrow();
  });
});
