// The host matrix: consoles built the ways host teams build them (hosts/*, plus the mock host), each
// built fresh by its own tool against this run's remote and simulator and served from its own origin.
// What a page fetched from the remote's origin, which React it runs and what it logged is read here.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { startLocalServer } from '../../mock-host/servers/http-server';
import type { RemoteFaults } from '../../mock-host/servers/remote-faults';
import { startRemoteServer } from '../../mock-host/servers/remote-server';
import { startShellServer } from '../../mock-host/servers/shell-server';
import { createStaticFiles } from '../../mock-host/servers/static-files';
import { buildShellConfig } from '../../mock-host/shell/src/config/runtime-config';
import { startSimulator } from '../../mock-host/simulator/server';

const REPO_ROOT = path.resolve(__dirname, '../..');
export const HOSTS_DIR = path.join(REPO_ROOT, 'hosts');

export interface HostKind {
  /** Folder under hosts/, or `mock-host`. */
  name: string;
  /** How it is built, for the report. */
  tool: string;
  /** The React version its package.json pins; null for a host without React. */
  react: string | null;
  /** Where its menu entry comes from. */
  menuFrom: './manifest' | 'mf-manifest.json metadata';
  /**
   * The remote entry it loads: `full` carries its own federation runtime (any host); `slim` runs on the
   * host's, for hosts that run the Module Federation 2.0 runtime and provide it.
   */
  entry: 'full' | 'slim';
  /** How it mounts the page. */
  mounts: 'application' | 'parcel';
  /** Whether it shares single-spa with its modules. */
  sharesSingleSpa: boolean;
  /** The remote's URL baked in by its build (env), or read from /config.json at run time. */
  remoteUrlAt: 'build' | 'run time';
  /** Whether the host puts its React on `window.hostReact` (the mock host does not). */
  exposesReact: boolean;
  /** The path the console is served under: '' for the origin's root, else e.g. `/console`. */
  basePath: string;
}

const pinnedReact = (dir: string): string | null => {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return pkg.dependencies?.react ?? null;
};

const hostKind = (
  name: string,
  kind: Omit<HostKind, 'name' | 'react' | 'exposesReact' | 'basePath'> & { basePath?: string },
): HostKind => ({
  name,
  react: pinnedReact(path.join(HOSTS_DIR, name)),
  exposesReact: true,
  basePath: '',
  ...kind,
});

/** Every host the page must work in, in the order of the report. */
export const MATRIX: HostKind[] = [
  hostKind('webpack-react18', {
    tool: 'webpack 5, container.ModuleFederationPlugin',
    menuFrom: './manifest',
    entry: 'full',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'build',
  }),
  hostKind('webpack-react19', {
    tool: 'webpack 5, container.ModuleFederationPlugin',
    menuFrom: './manifest',
    entry: 'full',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'build',
  }),
  hostKind('vite-react18', {
    tool: 'Vite 8, @module-federation/vite',
    menuFrom: './manifest',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'build',
  }),
  hostKind('runtime-only', {
    tool: 'esbuild, Module Federation runtime (createInstance)',
    menuFrom: 'mf-manifest.json metadata',
    entry: 'slim',
    mounts: 'parcel',
    sharesSingleSpa: false,
    remoteUrlAt: 'run time',
  }),
  hostKind('parcel-react19', {
    tool: 'esbuild (development build), Module Federation runtime (createInstance), single-spa 7.0.0-beta.13, single-spa-react 6.0.2 <Parcel> under <StrictMode>, served under /console/',
    menuFrom: 'mf-manifest.json metadata',
    entry: 'slim',
    mounts: 'parcel',
    sharesSingleSpa: false,
    remoteUrlAt: 'run time',
    basePath: '/console',
  }),
  hostKind('rspack-react18-react-only', {
    tool: 'rspack, @module-federation/enhanced',
    menuFrom: './manifest',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: false,
    remoteUrlAt: 'build',
  }),
  {
    name: 'mock-host',
    tool: 'rspack, @module-federation/enhanced (the development host)',
    react: pinnedReact(REPO_ROOT),
    menuFrom: 'mf-manifest.json metadata',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'run time',
    exposesReact: false,
    basePath: '',
  },
];

/** The path a host of the matrix (or the host that shares no React, at the root) is served under. */
export const basePathOf = (name: string): string => MATRIX.find((host) => host.name === name)?.basePath ?? '';

/** The host that shares no React: the module must refuse to start there with one clear message. */
export const NO_REACT_HOST = 'shares-no-react';

// Build tools behave differently under a test runner (@module-federation/vite turns itself off when it
// sees jest): a host is built the way its team builds it, outside any test environment.
const TEST_RUNNER_ENV = /^(NODE_ENV|JEST_.*|VITEST.*)$/;

/** Builds hosts/<name> with its own build script; rejects with the tool's output when it fails. */
export function buildHost(name: string, env: Record<string, string>): Promise<void> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ENV.test(key)));
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: path.join(HOSTS_DIR, name),
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Building hosts/${name} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a host's files from the first of `roots` that has them (its build output, then its static
 * `public/` folder), its routes with index.html, and `config` as /config.json when given. With a
 * `basePath` (`/console`), all of it lies under that path, deep links included, and nothing else is
 * served: a path outside it is the server's 404, as on a server that holds other applications beside
 * the console.
 */
export async function startHostServer(
  roots: string[],
  config?: () => unknown,
  { basePath = '' }: { basePath?: string } = {},
): Promise<HostServer> {
  const servers = roots.map((root) => ({ root: path.resolve(root), serve: createStaticFiles({ root }) }));
  const indexRoot = servers.find(({ root }) => isFile(path.join(root, 'index.html')))?.root;
  if (!indexRoot) throw new Error(`No index.html in ${roots.join(', ')}`);
  const routes = createStaticFiles({ root: indexRoot, spaFallback: 'index.html' });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    if (basePath) {
      if (url.pathname === basePath) {
        res.writeHead(308, { Location: `${basePath}/${url.search}` });
        return void res.end();
      }
      if (!url.pathname.startsWith(`${basePath}/`)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void res.end('Not Found');
      }
      // The files and routes below the base path, as the handlers below know them.
      req.url = `${url.pathname.slice(basePath.length)}${url.search}`;
    }
    const pathname = new URL(req.url ?? '/', 'http://host.invalid').pathname;
    if (config && pathname === '/config.json') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify(config()));
    }
    // The static handler checks the path again (no `..`, no link out of its root).
    const owner = servers.find(({ root }) => isFile(path.join(root, path.normalize(pathname))));
    await (owner ? owner.serve : routes)(req, res);
  };
  const server = await startLocalServer(handle, 0);
  return { url: server.url, close: () => server.close() };
}

/** The folders a host of hosts/* is served from. */
export const hostRoots = (name: string): string[] => [
  path.join(HOSTS_DIR, name, 'dist'),
  path.join(HOSTS_DIR, name, 'public'),
];

export const TENANTS = ['acme', 'globex'];

export interface Matrix {
  remoteUrl: string;
  remoteDir: string;
  /** Switches the remote's server into faults (a file gone with a new release, a 503 for a moment). */
  remoteFaults: RemoteFaults;
  simulatorUrl: string;
  dispatcherUrl: string;
  /** Origin of each host of MATRIX and of NO_REACT_HOST, by name. */
  hostUrl: Record<string, string>;
  /** /config.json of the hosts that read the remote's URL at run time. */
  runtimeConfig(remoteUrl: string): Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * Starts the remote's production build and the simulator on free ports, builds every host against
 * them (in parallel, each by its own tool) and serves each host from its own origin.
 */
export async function startMatrix(): Promise<Matrix> {
  const started: Array<{ close(): Promise<void> }> = [];
  const closeAll = async () => {
    await Promise.allSettled(started.splice(0).map((server) => server.close()));
  };
  try {
    const remoteDir = path.join(REPO_ROOT, 'dist');
    if (!isFile(path.join(remoteDir, 'mf-manifest.json')))
      throw new Error('dist/ is missing: run `npm run build`');
    const simulator = await startSimulator({ port: 0, host: '127.0.0.1' });
    started.push(simulator);
    const remote = await startRemoteServer(remoteDir, 0);
    started.push(remote);
    const runtimeConfig = (remoteUrl: string) => ({
      activeSessionsUrl: remoteUrl,
      dispatcherUrl: simulator.apiUrl,
      tenants: TENANTS,
    });
    const env = { ACTIVE_SESSIONS_URL: remote.url, DISPATCHER_URL: simulator.apiUrl };
    const built = [...MATRIX.map((host) => host.name).filter((name) => name !== 'mock-host'), NO_REACT_HOST];
    await Promise.all(built.map((name) => buildHost(name, env)));

    const hostUrl: Record<string, string> = {};
    for (const name of built) {
      const server = await startHostServer(hostRoots(name), () => runtimeConfig(remote.url), {
        basePath: basePathOf(name),
      });
      started.push(server);
      hostUrl[name] = server.url;
    }
    const shell = await startShellServer({
      root: path.join(REPO_ROOT, 'mock-host', 'dist'),
      config: () => buildShellConfig({ remoteUrl: remote.url, dispatcherBaseUrl: simulator.apiUrl }),
      remoteOrigin: new URL(remote.url).origin,
      simulatorOrigin: new URL(simulator.url).origin,
      port: 0,
    });
    started.push(shell);
    hostUrl['mock-host'] = shell.url;
    return {
      remoteUrl: remote.url,
      remoteDir,
      remoteFaults: remote.faults,
      simulatorUrl: simulator.url,
      dispatcherUrl: simulator.apiUrl,
      hostUrl,
      runtimeConfig,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * Installed before any script of the page: a stand-in for React DevTools' global hook, which every
 * react-dom copy calls once when it starts. What it records is how many react-dom copies started,
 * and their versions.
 */
export function recordReactRenderers(): void {
  const started: Array<{ version: string; packageName: string }> = [];
  let id = 0;
  Object.assign(window, {
    __reactRenderersStarted: started,
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject(internals: { version: string; rendererPackageName: string }) {
        started.push({ version: internals.version, packageName: internals.rendererPackageName });
        id += 1;
        return id;
      },
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      setStrictMode() {},
    },
  });
}

/** react-dom copies that started on the page so far. */
export const reactRenderers = (page: Page): Promise<Array<{ version: string; packageName: string }>> =>
  page.evaluate(
    () =>
      (window as unknown as { __reactRenderersStarted: Array<{ version: string; packageName: string }> })
        .__reactRenderersStarted,
  );

// Strings only React's own code holds: its element symbols (react, react/jsx-runtime) and the error
// decoder URL of react-dom's production builds (18 and 19).
const REACT_CODE = /Symbol\.for\("react\.|react\.dev\/errors|reactjs\.org\/docs\/error-decoder/;
// An event name only single-spa's own code holds.
const SINGLE_SPA_CODE = /before-routing-event/;

export interface Fetched {
  path: string;
  bytes: number;
  gzipBytes: number;
  react: boolean;
  singleSpa: boolean;
}

/** Every answer the page gets from `origin` from now on, with its size and what code it holds. */
export function recordFetchesFrom(page: Page, origin: string) {
  const pending: Array<Promise<Fetched | null>> = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const text = /\.(m?js)$/.test(url.pathname) ? body.toString('utf8') : '';
          return {
            path: url.pathname,
            bytes: body.length,
            gzipBytes: gzipSync(body).length,
            react: REACT_CODE.test(text),
            singleSpa: SINGLE_SPA_CODE.test(text),
          };
        })
        // A body the page dropped (navigation) is not something the test can judge.
        .catch(() => null),
    );
  });
  return {
    async all(): Promise<Fetched[]> {
      return (await Promise.all(pending)).filter((fetched): fetched is Fetched => fetched !== null);
    },
  };
}

/** Every console message of the page (type and text) and every uncaught error, from now on. */
export function recordConsole(page: Page) {
  const lines: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(error.message));
  return { lines, errors };
}

/** Console lines that say shared versions do not fit, or that a second single-spa started. */
export const VERSION_WARNING =
  /Unsatisfied version|does not satisfy|loaded twice|single-spa minified message #41|Invalid hook call/i;
