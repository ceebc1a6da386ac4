// Starts the simulator: one node:http server for the API under its base path and the control
// endpoints under /__control/, listening on 127.0.0.1.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control-routes';
import { failure, sendJson, setCors } from './http';
import { handleApi } from './routes';
import { CONTROL_PATH, type SimulatorOptions, SimulatorRuntime } from './runtime';

export type { DataOptions, SimulatorOptions, SimulatorSnapshot } from './runtime';
export { CONTROL_PATH, DEFAULT_BASE_PATH } from './runtime';

export interface RunningSimulator {
  /** Origin of the server, e.g. `http://127.0.0.1:3100`; the control client takes this. */
  url: string;
  /** The API base URL, with a trailing slash: what a dispatcher client's baseURL should be. */
  apiUrl: string;
  port: number;
  /** Ends event streams, drops held and idle connections, then stops listening. */
  close(): Promise<void>;
}

async function serve(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  setCors(request, response);
  if (request.method === 'OPTIONS') {
    runtime.stats.preflights++;
    response.writeHead(204, { 'Content-Length': '0' });
    response.end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://simulator.invalid');
  const path = url.pathname;
  if (path.startsWith(CONTROL_PATH)) {
    await handleControl(runtime, request, response, path.slice(CONTROL_PATH.length));
  } else if (path.startsWith(runtime.basePath)) {
    await handleApi(runtime, request, response, path.slice(runtime.basePath.length), url.searchParams);
  } else if (path === '/' && request.method === 'GET') {
    sendJson(response, {
      status: 200,
      body: { service: 'dispatcher-simulator', api: runtime.basePath, control: `${CONTROL_PATH}state` },
    });
  } else {
    sendJson(response, failure(404, 'NOT_FOUND', 'No such endpoint.'));
  }
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const runtime = new SimulatorRuntime(options);
  const server = createServer((request, response) => {
    serve(runtime, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, failure(500, 'INTERNAL', error instanceof Error ? error.message : String(error)));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    apiUrl: `${url}${runtime.basePath}`,
    port,
    close() {
      closing ??= runtime.endStreams().then(
        () =>
          new Promise<void>((resolve, reject) => {
            runtime.dropHeld();
            server.close((error) => (error ? reject(error) : resolve()));
            server.closeAllConnections();
          }),
      );
      return closing;
    },
  };
}
