import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** An HTTP server on 127.0.0.1 that can stop accepting connections and start again on the same port. */
export interface LocalServer {
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections: clients see a refused connection, as with a server that is down. */
  stopListening(): Promise<void>;
  /** Listens again on the same port. */
  resumeListening(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalServer(handler: Handler, port = 0): Promise<LocalServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(server, port);
  const actualPort = (server.address() as AddressInfo).port;
  let closed = false;

  const stop = async () => {
    if (!server.listening) return;
    const closing = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closing;
  };

  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    stopListening: stop,
    async resumeListening() {
      if (closed || server.listening) return;
      await listen(server, actualPort);
    },
    async close() {
      closed = true;
      await stop();
    },
  };
}

function listen(server: Server, port: number) {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}
