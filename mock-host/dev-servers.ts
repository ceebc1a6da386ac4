// The development servers: the remote's rspack dev server (React Refresh), the console's rspack dev
// server and the dispatcher simulator, each a child process. `npm start` (dev.ts) runs them, and so does
// the browser test of the development loop (e2e/dev-servers.e2e.ts), on free ports.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = path.resolve(__dirname, '..');

export type DevServerName = 'remote' | 'shell' | 'simulator';
export type DevServerPorts = Record<DevServerName, number>;

export const DEV_SERVER_NAMES: readonly DevServerName[] = ['remote', 'shell', 'simulator'];

/**
 * The variable that sets each port, for `npm start` and for the children: rspack.config.ts reads
 * REMOTE_PORT, mock-host/shell/rspack.config.ts SHELL_PORT, the simulator SIMULATOR_PORT, and the
 * console's config.json (shell/dev-config-middleware.ts) the remote's and the simulator's.
 */
export const PORT_VARIABLES = {
  remote: 'REMOTE_PORT',
  shell: 'SHELL_PORT',
  simulator: 'SIMULATOR_PORT',
} as const satisfies Record<DevServerName, string>;

export const DEFAULT_PORTS: DevServerPorts = { remote: 3001, shell: 3000, simulator: 3100 };

/** The ports `npm start` asks for: each variable of PORT_VARIABLES, or its default; 0 picks a free port. */
export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): DevServerPorts {
  const port = (name: DevServerName) => {
    const text = env[PORT_VARIABLES[name]];
    if (text === undefined || text === '') return DEFAULT_PORTS[name];
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      throw new Error(`${PORT_VARIABLES[name]} must be a port number (0 for a free one), not "${text}"`);
    }
    return value;
  };
  return { remote: port('remote'), shell: port('shell'), simulator: port('simulator') };
}

export interface DevServersOptions {
  /** 0 or absent picks a free port. */
  ports?: Partial<DevServerPorts>;
  /**
   * The folder the servers build and run from; default the repository. It must hold what they read
   * (package.json, rspack.config.ts, federation.config.ts, src/, mock-host/) and node_modules.
   */
  root?: string;
  /** The children's environment (default `process.env`); the port variables are set on top. */
  env?: NodeJS.ProcessEnv;
  /** Each line a server writes. */
  output?: (name: DevServerName, line: string, stream: 'stdout' | 'stderr') => void;
}

export interface DevServerExit {
  name: DevServerName;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface DevServers {
  /** The ports in use, free ones resolved. */
  ports: DevServerPorts;
  /** The console, e.g. `http://localhost:3000`. */
  shellUrl: string;
  /** The remote's dev server (mf-manifest.json, remoteEntry.js, chunks, hot updates). */
  remoteUrl: string;
  /** The simulator; its control endpoints live under `/__control/`. */
  simulatorUrl: string;
  /** The dispatcher API base the console's client uses. */
  dispatcherBaseUrl: string;
  /** The Active Sessions page in the console. */
  pageUrl: string;
  /**
   * Settles once every server answers: the remote's manifest and the console's page are served only
   * when their first build is done. Rejects if a server ends first or `stop()` is called.
   */
  ready: Promise<void>;
  /** Settles when a server ends before `stop()` was called. */
  exited: Promise<DevServerExit>;
  /** Stops every server (SIGTERM, then SIGKILL after 5 s); the same promise on every call. */
  stop(): Promise<void>;
}

const rspackCli = path.join(path.dirname(require.resolve('@rspack/cli/package.json')), 'bin/rspack.js');
const tsxCli = require.resolve('tsx/cli');

const ACTIVE_SESSIONS = '/communications/sessions/active';

/**
 * Free ports for those asked as 0, all held open until each is known so no two are the same. A port
 * is free when this returns; the server that gets it binds it a moment later.
 */
async function resolvePorts(asked: Partial<DevServerPorts>): Promise<DevServerPorts> {
  const held: Server[] = [];
  const hold = () =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      held.push(server);
      server.once('error', reject);
      // No host: the dev servers listen on every interface, so the port must be free on all of them.
      server.listen(0, () => {
        const address = server.address();
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  try {
    const ports = { ...DEFAULT_PORTS };
    for (const name of DEV_SERVER_NAMES) ports[name] = asked[name] || (await hold());
    return ports;
  } finally {
    await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const answer = await fetch(url);
    await answer.body?.cancel();
    return answer.ok;
  } catch {
    return false; // Not listening yet.
  }
}

export async function startDevServers(options: DevServersOptions = {}): Promise<DevServers> {
  const root = options.root ?? REPO_ROOT;
  const ports = await resolvePorts(options.ports ?? {});
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    [PORT_VARIABLES.remote]: String(ports.remote),
    [PORT_VARIABLES.shell]: String(ports.shell),
    [PORT_VARIABLES.simulator]: String(ports.simulator),
    // Where the console's config.json (shell/dev-config-middleware.ts) and `ready` look for it.
    SIMULATOR_HOST: '127.0.0.1',
  };
  // The same origins the console's config.json names (shell/dev-config-middleware.ts).
  const shellUrl = `http://localhost:${ports.shell}`;
  const remoteUrl = `http://localhost:${ports.remote}`;
  const simulatorUrl = `http://127.0.0.1:${ports.simulator}`;

  const specs: Record<DevServerName, { args: string[]; readyUrl: string }> = {
    remote: { args: [rspackCli, 'serve'], readyUrl: `${remoteUrl}/mf-manifest.json` },
    shell: {
      args: [rspackCli, 'serve', '--config', 'mock-host/shell/rspack.config.ts'],
      readyUrl: `${shellUrl}/`,
    },
    simulator: { args: [tsxCli, 'mock-host/simulator/main.ts'], readyUrl: `${simulatorUrl}/` },
  };

  const running = new Map<DevServerName, ChildProcess>();
  let stopping: Promise<void> | undefined;
  let reportExit: (exit: DevServerExit) => void = () => undefined;
  const exited = new Promise<DevServerExit>((resolve) => {
    reportExit = resolve;
  });
  // A parent that exits without stop() (an error, process.exit) takes its servers with it.
  const killAll = () => {
    for (const child of running.values()) signalGroup(child, 'SIGKILL');
  };
  process.once('exit', killAll);

  for (const name of DEV_SERVER_NAMES) {
    // Each child leads a process group of its own, so stopping it also stops what it started (tsx
    // runs the simulator in a second process).
    const child = spawn(process.execPath, specs[name].args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.set(name, child);
    for (const stream of ['stdout', 'stderr'] as const) {
      const source = child[stream];
      if (source)
        createInterface({ input: source }).on('line', (line) => options.output?.(name, line, stream));
    }
    const ended = (code: number | null, signal: NodeJS.Signals | null) => {
      if (!running.delete(name)) return;
      if (!stopping) reportExit({ name, code, signal });
    };
    child.once('exit', ended);
    child.once('error', (error) => {
      options.output?.(name, `could not start: ${error.message}`, 'stderr');
      ended(1, null);
    });
  }

  const stop = () => {
    stopping ??= (async () => {
      const children = [...running.values()];
      const gone = children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) resolve();
            else child.once('exit', () => resolve());
          }),
      );
      for (const child of children) signalGroup(child, 'SIGTERM');
      // A server that ignores SIGTERM must not keep the terminal or the test run.
      const force = setTimeout(() => {
        for (const child of children) signalGroup(child, 'SIGKILL');
      }, 5000);
      await Promise.all(gone);
      clearTimeout(force);
      process.removeListener('exit', killAll);
    })();
    return stopping;
  };

  const waitUntilReady = async (url: string) => {
    while (!(await answers(url))) {
      if (stopping) throw new Error('the development servers were stopped before they were ready');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const notReady = exited.then(({ name, code, signal }) => {
    throw new Error(`the ${name} dev server stopped before it was ready (${signal ?? `exit code ${code}`})`);
  });
  const ready = Promise.race([
    Promise.all(DEV_SERVER_NAMES.map((name) => waitUntilReady(specs[name].readyUrl))).then(() => undefined),
    notReady,
  ]);
  // Whoever does not wait for `ready` must not see an unhandled rejection.
  ready.catch(() => undefined);

  return {
    ports,
    shellUrl,
    remoteUrl,
    simulatorUrl,
    dispatcherBaseUrl: `${simulatorUrl}/api/dispatcher/`,
    pageUrl: `${shellUrl}${ACTIVE_SESSIONS}`,
    ready,
    exited,
    stop,
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
