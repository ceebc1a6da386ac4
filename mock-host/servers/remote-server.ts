import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalServer, startLocalServer } from './http-server';
import { createRemoteFaults, type RemoteFaults } from './remote-faults';
import { createStaticFiles } from './static-files';

export interface RemoteServer {
  url: string;
  faults: RemoteFaults;
  /** Paths requested so far, in order (a test can check that no second react-dom was fetched). */
  requests(): string[];
  close(): Promise<void>;
}

// Hosts on other origins fetch mf-manifest.json and chunks; without this they fail with RUNTIME-003.
const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Serves a remote's production build to hosts on other origins, with switchable faults. */
export async function startRemoteServer(root: string, port = 0): Promise<RemoteServer> {
  // Nothing is cached for good: a fault switched on must reach every page load, even of a known chunk.
  const files = createStaticFiles({ root, headers: CORS, cacheHashedFiles: false });
  const requested: string[] = [];
  let faults: ReturnType<typeof createRemoteFaults> | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://remote.invalid').pathname;
    requested.push(pathname);
    await faults?.waitIfHeld(res);
    if (res.destroyed) return;
    const delay = faults?.delayMs() ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Max-Age': '600',
      });
      return void res.end();
    }
    const status = faults?.failureFor(pathname);
    if (status) {
      res.writeHead(status, {
        ...CORS,
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return void res.end(`Fault injected: ${status}`);
    }
    await files(req, res);
  };

  const server: LocalServer = await startLocalServer(handle, port);
  faults = createRemoteFaults(server);
  return {
    url: server.url,
    faults: faults.faults,
    requests: () => [...requested],
    close: () => server.close(),
  };
}
