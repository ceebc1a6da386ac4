// Bytes a host downloads from the remote: from the production build (the files
// test/production-build.test.ts budgets, raw and gzip level 6) and as the browser actually fetched
// them from the remote's origin.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { ENTRIES } from '../federation.config';
import { exposedFiles, type FederationManifest, pageFiles, routeFiles } from '../test/route-files';
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
  /** The ./app expose's js and css in one language: the page's own chunks. */
  pageChunks: Group;
  /** remoteEntry.js: the federation runtime and the container. */
  remoteEntry: Group;
  /** remoteEntry.slim.js: the container on the host's runtime. */
  remoteEntrySlim: Group;
  /** The route as the test sums it, full entry: manifest file, ./manifest, entry and ./app. */
  route: Group;
  /** The same with the slim entry. */
  routeSlim: Group;
  browser: {
    /** Requests to the remote's origin while the console starts, draws its menu and, once idle, fetches the route's files ahead. */
    boot: Transfer[];
    /** Requests to the remote's origin from route activation to the first rows. */
    route: Transfer[];
  };
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
    // The menu entry is drawn from the manifest file; once idle, the console fetches the route's files.
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
    readFileSync(path.join(remoteDir, ENTRIES.full.manifest), 'utf8'),
  ) as FederationManifest;
  const gzip = (file: string) => sizeOf(remoteDir, file).gzip;
  return {
    menuManifest: group(remoteDir, [ENTRIES.full.manifest]),
    manifestChunk: group(remoteDir, exposedFiles(manifest, './manifest')),
    pageChunks: group(remoteDir, pageFiles(manifest, gzip)),
    remoteEntry: group(remoteDir, [ENTRIES.full.remoteEntry]),
    remoteEntrySlim: group(remoteDir, [ENTRIES.slim.remoteEntry]),
    route: group(remoteDir, routeFiles(manifest, 'full', gzip)),
    routeSlim: group(remoteDir, routeFiles(manifest, 'slim', gzip)),
    browser: await measureInBrowser(bench),
  };
}
