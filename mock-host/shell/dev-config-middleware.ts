// Serves /config.json from the shell's dev server, pointing at the remote's and simulator's dev servers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildShellConfig } from './src/config/runtime-config';

export function devConfigMiddleware() {
  const remotePort = Number(process.env.REMOTE_PORT ?? 3001);
  const simulatorPort = Number(process.env.SIMULATOR_PORT ?? 3100);
  const config = buildShellConfig({
    remoteUrl: process.env.REMOTE_URL ?? `http://localhost:${remotePort}/`,
    // The remote's development server builds the full entry only.
    manifestFile: 'mf-manifest.json',
    dispatcherBaseUrl: process.env.DISPATCHER_BASE_URL ?? `http://127.0.0.1:${simulatorPort}/api/dispatcher/`,
  });
  const body = JSON.stringify(config, null, 2);
  return {
    name: 'tenant-console-config',
    path: '/config.json',
    middleware: (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body);
    },
  };
}
