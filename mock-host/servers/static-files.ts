import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeOf } from './content-types';

export interface StaticFilesOptions {
  /** Directory served; nothing outside it is ever read. */
  root: string;
  /** Serve this file (relative to root) for unknown paths without a file extension: a single-page app's routes. */
  spaFallback?: string;
  /** Let browsers keep content-hashed files for good (default true). */
  cacheHashedFiles?: boolean;
  /** Headers added to every answer, errors included; a function is asked at each answer. */
  headers?: Record<string, string> | (() => Record<string, string>);
}

// Build output names files `name.0123abcd.js`: such a file never changes, so it may be cached for good.
const HASHED_FILE = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;

/**
 * A static file handler without directory listings. Paths are decoded once, resolved under the root
 * and checked again after symlinks are followed, so `..`, encoded `%2e%2e` and links out are refused.
 */
export function createStaticFiles({
  root,
  spaFallback,
  cacheHashedFiles = true,
  headers: extra = {},
}: StaticFilesOptions) {
  const rootDir = path.resolve(root);
  const headersNow = typeof extra === 'function' ? extra : () => extra;
  let realRoot: Promise<string> | undefined;

  async function resolveFile(pathname: string): Promise<string | null> {
    realRoot ??= realpath(rootDir);
    const base = await realRoot;
    const candidate = path.resolve(base, `.${pathname}`);
    if (!isInside(base, candidate)) return null;
    try {
      const real = await realpath(candidate);
      if (!isInside(base, real)) return null;
      return (await stat(real)).isFile() ? real : null;
    } catch {
      return null;
    }
  }

  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = headersNow();
    const send = (status: number, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://static.invalid').pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    if (pathname.includes('\0') || pathname.includes('\\')) return send(400, 'Bad Request');
    // Dot-files (.git, .env) are never part of a build's output.
    if (pathname.split('/').some((segment) => segment.startsWith('.'))) return send(404, 'Not Found');

    let file = pathname.endsWith('/') ? null : await resolveFile(pathname);
    if (!file && spaFallback && path.extname(pathname) === '') file = await resolveFile(`/${spaFallback}`);
    if (!file) return send(404, 'Not Found');

    const { size } = await stat(file);
    res.writeHead(200, {
      ...headers,
      'Content-Type': contentTypeOf(file),
      'Content-Length': String(size),
      'Cache-Control':
        cacheHashedFiles && HASHED_FILE.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return void res.end();
    await new Promise<void>((resolve) => {
      const stream = createReadStream(file);
      stream.on('error', () => {
        res.destroy();
        resolve();
      });
      stream.on('end', resolve);
      stream.pipe(res);
    });
  };
}

const isInside = (root: string, target: string) => target === root || target.startsWith(`${root}${path.sep}`);
