// The host matrix: consoles built the ways host teams build them (hosts/*, plus the mock host), each
// built fresh by its own tool against this run's remote and simulator and served from its own origin.
// What a page fetched from the remote's origin, which React it runs and what it logged is read here.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { CSP_REPORT_PATH, type CspViolation, trustedTypesPolicy } from '../../mock-host/servers/csp';
import { startLocalServer } from '../../mock-host/servers/http-server';
import type { RemoteFaults } from '../../mock-host/servers/remote-faults';
import { startRemoteServer } from '../../mock-host/servers/remote-server';
import { receiveReport, startShellServer } from '../../mock-host/servers/shell-server';
import { createStaticFiles } from '../../mock-host/servers/static-files';
import {
  HOST_SHARED_KEYS,
  hostSharesMissing,
  SLIM_ENTRY_NEEDS_RUNTIME,
  TRUSTED_TYPES_POLICY,
} from '../../src/contract';
import { buildShellConfig } from '../../mock-host/shell/src/config/runtime-config';
import { startSimulator } from '../../mock-host/simulator/server';

const REPO_ROOT = path.resolve(__dirname, '../..');
export const HOSTS_DIR = path.join(REPO_ROOT, 'hosts');

export interface HostKind {
  /** The console's name in the report; also its folder under hosts/ unless `folder` says otherwise, or `mock-host`. */
  name: string;
  /** Folder under hosts/ when one folder is built two ways. */
  folder?: string;
  /** Extra environment of its build, and the folder it writes (default `dist`). */
  build?: { env: Record<string, string>; outDir: string };
  /** How it is built, for the report. */
  tool: string;
  /** The federation runtime that loads the remote, and its version, for the report. */
  runtime: string;
  /** The React version its package.json pins; null for a host without React. */
  react: string | null;
  /** Where its menu entry comes from. */
  menuFrom: './manifest' | 'mf-manifest.json metadata';
  /**
   * The remote entry it loads: `full` carries its own federation runtime (any host); `slim` runs on the
   * host's, for hosts that run the Module Federation 2.0 runtime (0.17 or later) and provide it.
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
  /**
   * The CSP its pages are served with: none, the mock console's strict one, or the strictest
   * (nonces, 'strict-dynamic', Trusted Types for every script URL; see trustedTypesPolicy).
   */
  csp: 'none' | 'strict' | 'trusted types';
  /** The path the console is served under: '' for the origin's root, else e.g. `/console`. */
  basePath: string;
}

/** A console the module must refuse, and the one sentence it must be told. */
export interface RefusingHost extends HostKind {
  refusal: string;
  /**
   * How its runtime finds the remote: through the manifest file (the runtime then fetches the exposed
   * module's first files itself, in parallel with the entry), or the entry's URL alone.
   */
  remoteFrom: 'manifest file' | 'entry';
}

const folderOf = (host: Pick<HostKind, 'name' | 'folder'>) => host.folder ?? host.name;

const pinnedReact = (dir: string): string | null => {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return pkg.dependencies?.react ?? null;
};

/** The exact version of a package the folder's package.json pins (dependencies or devDependencies). */
const pinned = (dir: string, name: string): string => {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const version = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name];
  if (!version) throw new Error(`${dir}/package.json pins no ${name}`);
  return version;
};

type KindFields = Omit<HostKind, 'name' | 'react' | 'exposesReact' | 'csp' | 'basePath'> &
  Partial<Pick<HostKind, 'csp' | 'basePath'>>;

const hostKind = (name: string, kind: KindFields): HostKind => ({
  name,
  react: pinnedReact(path.join(HOSTS_DIR, folderOf({ name, folder: kind.folder }))),
  exposesReact: true,
  csp: 'none',
  basePath: '',
  ...kind,
});

/** `@module-federation/<package> <version>` as the host folder pins it. */
const federationOf = (folder: string, name = 'enhanced') =>
  `@module-federation/${name} ${pinned(path.join(HOSTS_DIR, folder), `@module-federation/${name}`)}`;

/** Every host the page must work in, in the order of the report. */
export const MATRIX: HostKind[] = [
  hostKind('webpack-react18', {
    tool: 'webpack 5, container.ModuleFederationPlugin',
    runtime: "webpack 5's own container runtime",
    menuFrom: './manifest',
    entry: 'full',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'build',
  }),
  hostKind('webpack-react19', {
    tool: 'webpack 5, container.ModuleFederationPlugin',
    runtime: "webpack 5's own container runtime",
    menuFrom: './manifest',
    entry: 'full',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'build',
  }),
  hostKind('webpack-mf-0.8', {
    tool: 'webpack 5, @module-federation/enhanced',
    runtime: federationOf('webpack-mf-0.8'),
    menuFrom: './manifest',
    entry: 'full',
    mounts: 'application',
    sharesSingleSpa: false,
    remoteUrlAt: 'build',
  }),
  hostKind('rspack-trusted-types', {
    tool: 'rspack, @module-federation/enhanced',
    runtime: federationOf('rspack-trusted-types'),
    menuFrom: './manifest',
    entry: 'full',
    mounts: 'application',
    sharesSingleSpa: false,
    remoteUrlAt: 'build',
    csp: 'trusted types',
  }),
  hostKind('webpack-mf-0.17', {
    tool: 'webpack 5, @module-federation/enhanced',
    runtime: federationOf('webpack-mf-0.17'),
    menuFrom: './manifest',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: false,
    remoteUrlAt: 'build',
  }),
  hostKind('typescript-console', {
    tool: 'rspack, @module-federation/enhanced; TypeScript, checked by tsc against active-sessions-mfe-types',
    runtime: federationOf('typescript-console'),
    menuFrom: './manifest',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: false,
    remoteUrlAt: 'build',
  }),
  hostKind('vite-react18', {
    tool: 'Vite 8, @module-federation/vite',
    runtime: `${federationOf('vite-react18', 'vite')} (runtime 2.9.3)`,
    menuFrom: './manifest',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'build',
  }),
  hostKind('runtime-only', {
    tool: 'esbuild, Module Federation runtime (createInstance)',
    runtime: federationOf('runtime-only'),
    menuFrom: 'mf-manifest.json metadata',
    entry: 'slim',
    mounts: 'parcel',
    sharesSingleSpa: false,
    remoteUrlAt: 'run time',
  }),
  hostKind('parcel-react19', {
    tool: 'esbuild (development build), Module Federation runtime (createInstance), single-spa 7.0.0-beta.13, single-spa-react 6.0.2 <Parcel> under <StrictMode>, served under /console/',
    runtime: federationOf('parcel-react19'),
    menuFrom: 'mf-manifest.json metadata',
    entry: 'slim',
    mounts: 'parcel',
    sharesSingleSpa: false,
    remoteUrlAt: 'run time',
    basePath: '/console',
  }),
  hostKind('rspack-react18-react-only', {
    tool: 'rspack, @module-federation/enhanced',
    runtime: federationOf('rspack-react18-react-only'),
    menuFrom: './manifest',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: false,
    remoteUrlAt: 'build',
  }),
  {
    name: 'mock-host',
    tool: 'rspack, @module-federation/enhanced (the development host)',
    runtime: `@module-federation/enhanced ${pinned(REPO_ROOT, '@module-federation/enhanced')}`,
    react: pinnedReact(REPO_ROOT),
    menuFrom: 'mf-manifest.json metadata',
    entry: 'slim',
    mounts: 'application',
    sharesSingleSpa: true,
    remoteUrlAt: 'run time',
    exposesReact: false,
    csp: 'strict',
    basePath: '',
  },
];

/** Consoles the module must refuse with one sentence each, before any of the page's code runs. */
export const REFUSING: RefusingHost[] = [
  {
    ...hostKind('shares-no-react', {
      tool: 'esbuild, Module Federation runtime (createInstance)',
      runtime: federationOf('shares-no-react'),
      menuFrom: 'mf-manifest.json metadata',
      entry: 'full',
      mounts: 'application',
      sharesSingleSpa: false,
      remoteUrlAt: 'run time',
    }),
    exposesReact: false,
    refusal: hostSharesMissing(HOST_SHARED_KEYS),
    remoteFrom: 'manifest file',
  },
  {
    ...hostKind('rsbuild-shared-short', {
      tool: 'Rsbuild 2, @module-federation/rsbuild-plugin',
      runtime: `${federationOf('rsbuild-shared-short', 'rsbuild-plugin')} (runtime 2.9.3)`,
      menuFrom: './manifest',
      entry: 'full',
      mounts: 'application',
      sharesSingleSpa: false,
      remoteUrlAt: 'build',
    }),
    refusal: hostSharesMissing(['react/jsx-runtime', 'react-dom/client']),
    remoteFrom: 'entry',
  },
  {
    ...hostKind('webpack-mf-0.8 (slim entry)', {
      folder: 'webpack-mf-0.8',
      build: { env: { ACTIVE_SESSIONS_ENTRY: 'slim' }, outDir: 'dist-slim' },
      tool: 'webpack 5, @module-federation/enhanced',
      runtime: federationOf('webpack-mf-0.8'),
      menuFrom: './manifest',
      entry: 'slim',
      mounts: 'application',
      sharesSingleSpa: false,
      remoteUrlAt: 'build',
    }),
    refusal: SLIM_ENTRY_NEEDS_RUNTIME,
    remoteFrom: 'manifest file',
  },
];

/** The path a host of the matrix (or the host that shares no React, at the root) is served under. */
export const basePathOf = (name: string): string => MATRIX.find((host) => host.name === name)?.basePath ?? '';

/** The host that shares no React: the module must refuse to start there with one clear message. */
export const NO_REACT_HOST = 'shares-no-react';

// Build tools behave differently under a test runner (@module-federation/vite turns itself off when it
// sees jest): a host is built the way its team builds it, outside any test environment.
const TEST_RUNNER_ENV = /^(NODE_ENV|JEST_.*|VITEST.*)$/;

/** Runs `npm <args>` in hosts/<folder>; rejects with the output when it fails. */
function npm(folder: string, args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, {
      cwd: path.join(HOSTS_DIR, folder),
      env,
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
      else
        reject(
          new Error(
            `npm ${args.join(' ')} in hosts/${folder} failed (exit ${code}):\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}

/**
 * A host that is not one of the repository's workspaces (its federation packages are older than the
 * repository's, and hoisting would mix them) has a lockfile of its own: it is installed from it the
 * first time it is built, and kept.
 */
const installs = new Map<string, Promise<void>>();
function installOnce(folder: string, env: Record<string, string | undefined>): Promise<void> {
  const dir = path.join(HOSTS_DIR, folder);
  if (!existsSync(path.join(dir, 'package-lock.json')) || existsSync(path.join(dir, 'node_modules')))
    return Promise.resolve();
  let install = installs.get(folder);
  if (!install) {
    install = npm(folder, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], env);
    installs.set(folder, install);
  }
  return install;
}

/** Builds a host with its own build script; rejects with the tool's output when it fails. */
export async function buildHost(
  host: string | Pick<HostKind, 'name' | 'folder' | 'build'>,
  env: Record<string, string>,
): Promise<void> {
  const kind = typeof host === 'string' ? { name: host } : host;
  const folder = folderOf(kind);
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ENV.test(key)));
  await installOnce(folder, base);
  await npm(folder, ['run', '--silent', 'build'], { ...base, ...env, ...kind.build?.env });
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
  /** Violations its CSP reported to it (report-uri), when it is served with one. */
  cspViolations(): CspViolation[];
  close(): Promise<void>;
}

/** The CSP of one page, made with that page's nonce (the text `CSP_NONCE` in its HTML is replaced by it). */
export type PagePolicy = (nonce: string) => string;

/** The placeholder a host's index.html carries where its server puts the page's nonce. */
const NONCE_PLACEHOLDER = /CSP_NONCE/g;

/**
 * Serves a host's files from the first of `roots` that has them (its build output, then its static
 * `public/` folder), its routes with index.html, and `config` as /config.json when given. With a
 * `policy`, every answer carries that CSP, each page with a nonce of its own, and violations reported
 * to CSP_REPORT_PATH are kept.
 * With a `basePath` (`/console`), all of it lies under that path, deep links included, and nothing else is
 * served: a path outside it is the server's 404, as on a server that holds other applications beside
 * the console.
 */
export async function startHostServer(
  roots: string[],
  config?: () => unknown,
  policy?: PagePolicy,
  { basePath = '' }: { basePath?: string } = {},
): Promise<HostServer> {
  const servers = roots.map((root) => ({ root: path.resolve(root), serve: createStaticFiles({ root }) }));
  const indexRoot = servers.find(({ root }) => isFile(path.join(root, 'index.html')))?.root;
  if (!indexRoot) throw new Error(`No index.html in ${roots.join(', ')}`);
  const routes = createStaticFiles({ root: indexRoot, spaFallback: 'index.html' });
  const violations: CspViolation[] = [];
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
    if (policy && pathname === CSP_REPORT_PATH) return receiveReport(req, res, violations);
    if (config && pathname === '/config.json') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify(config()));
    }
    // The static handler checks the path again (no `..`, no link out of its root).
    const owner = servers.find(({ root }) => isFile(path.join(root, path.normalize(pathname))));
    if (policy && (!owner || pathname === '/index.html') && path.extname(pathname) === '') {
      const nonce = randomBytes(16).toString('base64');
      const html = (await readFile(path.join(indexRoot, 'index.html'), 'utf8')).replace(
        NONCE_PLACEHOLDER,
        nonce,
      );
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': policy(nonce),
      });
      return void res.end(req.method === 'HEAD' ? undefined : html);
    }
    await (owner ? owner.serve : routes)(req, res);
  };
  const server = await startLocalServer(handle, 0);
  return {
    url: server.url,
    cspViolations: () => violations.map((violation) => ({ ...violation })),
    close: () => server.close(),
  };
}

/** The folders a host of hosts/* is served from: its build output, then its static files. */
export const hostRoots = (host: string | Pick<HostKind, 'name' | 'folder' | 'build'>): string[] => {
  const kind = typeof host === 'string' ? { name: host } : host;
  return [
    path.join(HOSTS_DIR, folderOf(kind), kind.build?.outDir ?? 'dist'),
    path.join(HOSTS_DIR, folderOf(kind), 'public'),
  ];
};

/** The Trusted Types policies of the consoles served under `trusted types`: their own two, and the module's. */
export const CONSOLE_POLICIES = ['console', 'console-remotes', TRUSTED_TYPES_POLICY];

export const TENANTS = ['acme', 'globex'];

export interface Matrix {
  remoteUrl: string;
  remoteDir: string;
  /** Switches the remote's server into faults (a file gone with a new release, a 503 for a moment). */
  remoteFaults: RemoteFaults;
  simulatorUrl: string;
  dispatcherUrl: string;
  /** Origin of each host of MATRIX and REFUSING, by name. */
  hostUrl: Record<string, string>;
  /** CSP violations a host's server was sent so far (none for a host served without a CSP). */
  cspViolations(name: string): CspViolation[];
  /** /config.json of the hosts that read the remote's URL at run time. */
  runtimeConfig(remoteUrl: string): Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * Host builds run this many at a time: each is a bundler run of its own, and the machine has two cores
 * (all at once took longer than in turns, and their memory added up).
 */
const HOST_BUILDS_AT_ONCE = 3;

/** Runs `task` for every item, at most `width` at a time; rejects with the first failure once all ended. */
async function inTurns<T>(width: number, items: readonly T[], task: (item: T) => Promise<void>) {
  const queue = [...items];
  const errors: unknown[] = [];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      await task(item).catch((error: unknown) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  if (errors.length) throw errors[0];
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
    const built = [...MATRIX.filter((host) => host.name !== 'mock-host'), ...REFUSING];
    await inTurns(HOST_BUILDS_AT_ONCE, built, (host) => buildHost(host, env));

    const policyOf = (host: HostKind): PagePolicy | undefined =>
      host.csp === 'trusted types'
        ? (nonce) =>
            trustedTypesPolicy({
              nonce,
              remoteOrigin: new URL(remote.url).origin,
              simulatorOrigin: new URL(simulator.url).origin,
              policies: CONSOLE_POLICIES,
            })
        : undefined;
    const hostUrl: Record<string, string> = {};
    const cspViolations: Record<string, () => CspViolation[]> = {};
    for (const host of built) {
      const server = await startHostServer(hostRoots(host), () => runtimeConfig(remote.url), policyOf(host), {
        basePath: host.basePath,
      });
      started.push(server);
      hostUrl[host.name] = server.url;
      cspViolations[host.name] = server.cspViolations;
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
    cspViolations['mock-host'] = shell.cspViolations;
    return {
      remoteUrl: remote.url,
      remoteDir,
      remoteFaults: remote.faults,
      simulatorUrl: simulator.url,
      dispatcherUrl: simulator.apiUrl,
      hostUrl,
      cspViolations: (name) => cspViolations[name]?.() ?? [],
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
