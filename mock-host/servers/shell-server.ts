import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { ShellConfig } from '../shell/src/config/runtime-config';
import {
  CSP_REPORT_PATH,
  type CspViolation,
  contentSecurityPolicy,
  parseCspReports,
  reportingEndpoints,
} from './csp';
import { startLocalServer } from './http-server';
import { createStaticFiles } from './static-files';

export interface ShellServerOptions {
  root: string;
  /** Served as /config.json; read at every request, so a test can change it between page loads. */
  config: () => ShellConfig;
  remoteOrigin: string;
  simulatorOrigin: string;
  /** Also report through the Reporting API (`report-to`); see CspOptions.reportTo before turning it on. */
  cspReportTo?: boolean;
  port?: number;
}

export interface ShellServer {
  url: string;
  cspViolations(): CspViolation[];
  clearCspViolations(): void;
  close(): Promise<void>;
}

const MAX_REPORT_BYTES = 64 * 1024;

/** Serves the console's production build as its real server would: SPA routes, config.json, strict CSP. */
export async function startShellServer(options: ShellServerOptions): Promise<ShellServer> {
  const violations: CspViolation[] = [];
  let origin = '';
  const securityHeaders = () => ({
    'Content-Security-Policy': contentSecurityPolicy({ ...options, reportTo: options.cspReportTo ?? false }),
    ...(options.cspReportTo ? { 'Reporting-Endpoints': reportingEndpoints(origin) } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  });
  // A function: the Reporting-Endpoints URL needs the port, known only once listening.
  const files = createStaticFiles({
    root: options.root,
    spaFallback: 'index.html',
    headers: securityHeaders,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://shell.invalid').pathname;
    if (pathname === CSP_REPORT_PATH) return receiveReport(req, res, violations);
    if (pathname === '/config.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      const body = JSON.stringify(options.config());
      res.writeHead(200, {
        ...securityHeaders(),
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    // A page of the console (index.html): the browser fetches each remote's manifest file while it
    // loads the console's scripts, not after them, since the console needs it before anything of a
    // module can load. The console's fetch of that file takes the preloaded answer.
    if (path.extname(pathname) === '') res.setHeader('Link', manifestPreloads(options.config()));
    await files(req, res);
  };

  const server = await startLocalServer(handle, options.port);
  origin = server.url;
  return {
    url: server.url,
    cspViolations: () => violations.map((violation) => ({ ...violation })),
    clearCspViolations: () => {
      violations.length = 0;
    },
    close: () => server.close(),
  };
}

/** `Link` preloads of the remotes' manifest files, fetched as the console's fetch() asks for them. */
export function manifestPreloads(config: ShellConfig): string {
  return Object.values(config.remotes)
    .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
    .join(', ');
}

/** Takes one violation report (either format) into `into`; anything else is refused. */
export async function receiveReport(req: IncomingMessage, res: ServerResponse, into: CspViolation[]) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { Allow: 'POST' });
    return void res.end();
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST' });
    return void res.end();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REPORT_BYTES) {
      res.writeHead(413);
      return void res.end();
    }
    chunks.push(chunk);
  }
  try {
    into.push(...parseCspReports(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    res.writeHead(204);
  } catch {
    res.writeHead(400);
  }
  res.end();
}
