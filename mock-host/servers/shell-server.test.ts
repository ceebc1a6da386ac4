import { buildShellConfig, type ShellConfig } from '../shell/src/config/runtime-config';
import { CSP_REPORT_PATH } from './csp';
import { type ShellServer, startShellServer } from './shell-server';
import { makeBuildDir, rawRequest } from './test-fixtures';

const build = makeBuildDir({
  'index.html': '<!doctype html><title>console</title>',
  'main.0123abcd.js': '1',
});
const REMOTE = 'http://127.0.0.1:1111';
const SIMULATOR = 'http://127.0.0.1:2222';

let config: ShellConfig = buildShellConfig({
  remoteUrl: REMOTE,
  dispatcherBaseUrl: `${SIMULATOR}/api/dispatcher/`,
});
let shell: ShellServer;

beforeAll(async () => {
  shell = await startShellServer({
    root: build.root,
    config: () => config,
    remoteOrigin: REMOTE,
    simulatorOrigin: SIMULATOR,
  });
});

afterEach(() => shell.clearCspViolations());

afterAll(async () => {
  await shell.close();
  build.remove();
});

function directives(header: string | null) {
  return Object.fromEntries(
    (header ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('shell server', () => {
  it('serves index.html for console routes (SPA fallback)', async () => {
    const answer = await fetch(`${shell.url}/communications/logs?session=ses_1`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<title>console</title>');
  });

  it('has the browser preload the remote’s manifest file with a console page, and only with a page', async () => {
    const page = await fetch(`${shell.url}/communications/sessions/active`);
    expect(page.headers.get('link')).toBe(
      `<${REMOTE}/mf-manifest.slim.json>; rel=preload; as=fetch; crossorigin=anonymous`,
    );
    expect((await fetch(`${shell.url}/main.0123abcd.js`)).headers.get('link')).toBeNull();
    expect((await fetch(`${shell.url}/config.json`)).headers.get('link')).toBeNull();
  });

  it('sends a strict CSP naming only itself, the remote and the simulator', async () => {
    const csp = directives((await fetch(`${shell.url}/`)).headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'", REMOTE]);
    expect(csp['style-src']).toEqual(["'self'", REMOTE]);
    expect(csp['connect-src']).toEqual(["'self'", REMOTE, SIMULATOR]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['report-uri']).toEqual([CSP_REPORT_PATH]);
    for (const values of Object.values(csp)) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
    }
  });

  it('sends the CSP on files and errors too', async () => {
    expect(
      (await fetch(`${shell.url}/main.0123abcd.js`)).headers.get('content-security-policy'),
    ).toBeTruthy();
    expect((await fetch(`${shell.url}/missing.js`)).headers.get('content-security-policy')).toBeTruthy();
  });

  it('serves /config.json uncached, as the config function says at each request', async () => {
    const answer = await fetch(`${shell.url}/config.json`);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.json()).toEqual({
      remotes: { active_sessions: `${REMOTE}/mf-manifest.slim.json` },
      dispatcherBaseUrl: `${SIMULATOR}/api/dispatcher/`,
    });
    config = { ...config, tenants: ['acme'] };
    expect((await (await fetch(`${shell.url}/config.json`)).json()).tenants).toEqual(['acme']);
  });

  it('records report-uri violations', async () => {
    const report = {
      'csp-report': {
        'document-uri': `${shell.url}/`,
        'blocked-uri': 'inline',
        'effective-directive': 'script-src-elem',
        disposition: 'enforce',
        'line-number': 3,
      },
    };
    const answer = await rawRequest(
      shell.url,
      CSP_REPORT_PATH,
      'POST',
      JSON.stringify(report),
      'application/csp-report',
    );
    expect(answer.status).toBe(204);
    expect(shell.cspViolations()).toEqual([
      {
        documentUrl: `${shell.url}/`,
        blockedUrl: 'inline',
        effectiveDirective: 'script-src-elem',
        disposition: 'enforce',
        lineNumber: 3,
        via: 'report-uri',
      },
    ]);
  });

  it('records report-to (Reporting API) violations and ignores other report types', async () => {
    const reports = [
      {
        type: 'csp-violation',
        url: `${shell.url}/`,
        body: {
          documentURL: `${shell.url}/`,
          blockedURL: 'eval',
          effectiveDirective: 'script-src',
          disposition: 'enforce',
        },
      },
      { type: 'deprecation', body: { id: 'x' } },
    ];
    await rawRequest(shell.url, CSP_REPORT_PATH, 'POST', JSON.stringify(reports), 'application/reports+json');
    expect(shell.cspViolations()).toEqual([
      {
        documentUrl: `${shell.url}/`,
        blockedUrl: 'eval',
        effectiveDirective: 'script-src',
        disposition: 'enforce',
        via: 'report-to',
      },
    ]);
  });

  it('answers 400 to a report that is not JSON, 405 to a GET, and records nothing', async () => {
    expect(
      (await rawRequest(shell.url, CSP_REPORT_PATH, 'POST', 'nope', 'application/csp-report')).status,
    ).toBe(400);
    expect((await rawRequest(shell.url, CSP_REPORT_PATH)).status).toBe(405);
    expect(shell.cspViolations()).toEqual([]);
  });
});

describe('shell server with report-to', () => {
  it('adds report-to and a Reporting-Endpoints header on its own origin', async () => {
    const server = await startShellServer({
      root: build.root,
      config: () => config,
      remoteOrigin: REMOTE,
      simulatorOrigin: SIMULATOR,
      cspReportTo: true,
    });
    try {
      const answer = await fetch(`${server.url}/`);
      expect(directives(answer.headers.get('content-security-policy'))['report-to']).toEqual([
        'csp-endpoint',
      ]);
      expect(answer.headers.get('reporting-endpoints')).toBe(
        `csp-endpoint="${server.url}${CSP_REPORT_PATH}"`,
      );
    } finally {
      await server.close();
    }
  });
});
