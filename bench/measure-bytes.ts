// Bytes a host downloads from the remote: from the production build (the files
// test/production-build.test.ts budgets, raw and gzip level 6) and as the browser actually fetched
// them from the remote's origin.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { type Bench, PAGE_ROUTE, TENANTS } from './console';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface Group {
  files: FileSize[];
  raw: number;
  gzip: number;
}

export interface Transfer {
  path: string;
  /** Body bytes as sent (the mock remote server does not compress). */
  body: number;
  headers: number;
}

export interface BytesResult {
  /** mf-manifest.json: what a host needs to draw the menu entry. */
  menuManifest: Group;
  /** The ./manifest expose, for hosts that load the menu entry as a module. */
  manifestChunk: Group;
  /** The ./app expose's js and css: the page's own chunks. */
  pageChunks: Group;
  /** remoteEntry.js: the federation runtime and the container. */
  remoteEntry: Group;
  /** What the budget calls the route, as the test sums it: mf-manifest.json, remoteEntry.js and ./app. */
  route: Group;
  browser: {
    /** Requests to the remote's origin while the console starts and draws its menu. */
    boot: Transfer[];
    /** Requests to the remote's origin from route activation to the first rows. */
    route: Transfer[];
  };
}

interface FederationManifest {
  exposes: Array<{ path: string; assets: Record<'js' | 'css', { sync: string[]; async: string[] }> }>;
}

function sizeOf(dir: string, file: string): FileSize {
  const content = readFileSync(path.join(dir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 6 }).length };
}

function group(dir: string, files: string[]): Group {
  const sizes = files.map((file) => sizeOf(dir, file));
  return {
    files: sizes,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}

/**
 * What an expose loads up front. Its async chunks are the other languages' catalogs, each fetched only
 * for a page in that language (the English page, measured here, loads none).
 */
export function exposedFiles(manifest: FederationManifest, name: string): string[] {
  const entry = manifest.exposes.find((expose) => expose.path === name);
  if (!entry) throw new Error(`${name} is not exposed in dist/mf-manifest.json`);
  const { js, css } = entry.assets;
  return [...js.sync, ...css.sync];
}

async function transferOf(request: Request, origin: string): Promise<Transfer> {
  const sizes = await request.sizes();
  return {
    path: request.url().slice(origin.length),
    body: sizes.responseBodySize,
    headers: sizes.responseHeadersSize,
  };
}

async function measureInBrowser(bench: Bench): Promise<BytesResult['browser']> {
  const origin = new URL(bench.host.remoteUrl).origin;
  const finished: Array<{ phase: 'boot' | 'route'; request: Request }> = [];
  let phase: 'boot' | 'route' = 'boot';
  const tab = await bench.openConsole(TENANTS.small.id, async (context) => {
    context.on('requestfinished', (request) => {
      if (request.url().startsWith(`${origin}/`)) finished.push({ phase, request });
    });
  });
  try {
    // The console asks for ./manifest after its first render; the menu entry shows once it is in.
    await tab.page.waitForLoadState('networkidle');
    phase = 'route';
    await tab.go(PAGE_ROUTE);
    await tab.page.waitForLoadState('networkidle');
    const of = (wanted: 'boot' | 'route') =>
      Promise.all(finished.filter((f) => f.phase === wanted).map((f) => transferOf(f.request, origin)));
    return { boot: await of('boot'), route: await of('route') };
  } finally {
    await tab.close();
  }
}

export async function measureBytes(bench: Bench, remoteDir: string): Promise<BytesResult> {
  const manifest = JSON.parse(
    readFileSync(path.join(remoteDir, 'mf-manifest.json'), 'utf8'),
  ) as FederationManifest;
  const app = exposedFiles(manifest, './app');
  return {
    menuManifest: group(remoteDir, ['mf-manifest.json']),
    manifestChunk: group(remoteDir, exposedFiles(manifest, './manifest')),
    pageChunks: group(remoteDir, app),
    remoteEntry: group(remoteDir, ['remoteEntry.js']),
    route: group(remoteDir, ['mf-manifest.json', 'remoteEntry.js', ...app]),
    browser: await measureInBrowser(bench),
  };
}
