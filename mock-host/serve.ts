// Starts the mock tenant console for browser tests and the benchmark: the remote's production build,
// the console's production build and the dispatcher simulator, each on its own 127.0.0.1 port, so the
// console and the remote are different origins as in production.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CspViolation } from './servers/csp';
import type { RemoteFaults } from './servers/remote-faults';
import { startRemoteServer } from './servers/remote-server';
import { startShellServer } from './servers/shell-server';
import { buildShellConfig, type ShellConfig } from './shell/src/config/runtime-config';
import { type SimulatorOptions, startSimulator } from './simulator/server';

export type { CspViolation } from './servers/csp';
export type { RemoteFaults } from './servers/remote-faults';
export type { ShellConfig } from './shell/src/config/runtime-config';

export interface MockHostOptions {
  /** The remote's production build; relative paths are from the repository root. Default `dist`. */
  remoteDir?: string;
  /** The console's production build; default `mock-host/dist`. */
  shellDir?: string;
  /** Passed to the simulator (seed, sessionsPerTenant, latencyMs, faults…); its port comes from `ports`. */
  simulator?: Omit<SimulatorOptions, 'port' | 'host'>;
  /** 0 or absent picks a free port. */
  ports?: { remote?: number; shell?: number; simulator?: number };
  /** Adds `report-to` to the CSP; off by default because Chromium then ignores `report-uri` over http. */
  cspReportTo?: boolean;
  /** Changes the generated config.json, e.g. to point the remote at a URL that does not answer. */
  config?: (generated: ShellConfig) => ShellConfig;
}

export interface MockHost {
  /** Origin of the console, e.g. `http://127.0.0.1:41234`; open `${hostUrl}/communications/sessions/active`. */
  hostUrl: string;
  /** Origin serving the remote's build (mf-manifest.json, remoteEntry.js, chunks). */
  remoteUrl: string;
  /** Origin of the simulator; its control endpoints live under `/__control/`. */
  simulatorUrl: string;
  /** The dispatcher API base the console's client uses. */
  dispatcherBaseUrl: string;
  /** Switch the remote's server down, slow or failing on some paths, at run time. */
  remoteFaults: RemoteFaults;
  /** Paths the remote's server was asked for, in order. */
  remoteRequests(): string[];
  /** What config.json currently answers. */
  config(): ShellConfig;
  /** Replaces what config.json answers from now on (the next page load reads it). */
  setConfig(config: ShellConfig): void;
  /** CSP violations the console's pages reported (report-uri and report-to alike). */
  cspViolations(): CspViolation[];
  clearCspViolations(): void;
  close(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '..');

function buildDir(dir: string, mustHold: string, buildCommand: string) {
  const absolute = path.resolve(REPO_ROOT, dir);
  if (!existsSync(path.join(absolute, mustHold))) {
    throw new Error(`${path.join(dir, mustHold)} is missing: run \`${buildCommand}\` first`);
  }
  return absolute;
}

export async function startMockHost(options: MockHostOptions = {}): Promise<MockHost> {
  // The console loads the remote's slim entry (buildShellConfig): a build from before it had one is stale.
  const remoteDir = buildDir(options.remoteDir ?? 'dist', 'mf-manifest.slim.json', 'npm run build');
  const shellDir = buildDir(options.shellDir ?? 'mock-host/dist', 'index.html', 'npm run build:host');
  const ports = options.ports ?? {};
  const started: Array<{ close(): Promise<void> }> = [];
  const closeAll = async () => {
    await Promise.allSettled(started.splice(0).map((server) => server.close()));
  };

  try {
    const simulator = await startSimulator({
      ...options.simulator,
      port: ports.simulator ?? 0,
      host: '127.0.0.1',
    });
    started.push(simulator);
    const remote = await startRemoteServer(remoteDir, ports.remote ?? 0);
    started.push(remote);
    const generated = buildShellConfig({ remoteUrl: remote.url, dispatcherBaseUrl: simulator.apiUrl });
    let config = options.config ? options.config(generated) : generated;
    const shell = await startShellServer({
      root: shellDir,
      config: () => config,
      remoteOrigin: new URL(remote.url).origin,
      simulatorOrigin: new URL(simulator.url).origin,
      cspReportTo: options.cspReportTo ?? false,
      port: ports.shell ?? 0,
    });
    started.push(shell);

    return {
      hostUrl: shell.url,
      remoteUrl: remote.url,
      simulatorUrl: simulator.url,
      dispatcherBaseUrl: simulator.apiUrl,
      remoteFaults: remote.faults,
      remoteRequests: remote.requests,
      config: () => config,
      setConfig: (next) => {
        config = next;
      },
      cspViolations: shell.cspViolations,
      clearCspViolations: shell.clearCspViolations,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
