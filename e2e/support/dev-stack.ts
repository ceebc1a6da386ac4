// The development servers of `npm start` (mock-host/dev-servers.ts, as dev.ts starts them) for a browser
// suite: on free ports, built from a copy of the sources so a test can edit a component without touching
// the repository, and a connection to the shared Chromium.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type DevServerName, type DevServers, REPO_ROOT, startDevServers } from '../../mock-host/dev-servers';
import { chromiumForSuite } from './chromium';
import { withIdentity } from './stack';

/**
 * What the dev servers build and run from (mock-host/dev-servers.ts), node_modules aside: the
 * sources, and every configuration file at the top (the build configs import one another).
 */
const SOURCES = [
  'package.json',
  'tsconfig.json',
  ...readdirSync(REPO_ROOT).filter((entry) => /\.ts$/.test(entry)),
  'src',
  'mock-host',
];
const NOT_COPIED = new Set(['node_modules', path.join('mock-host', 'dist')]);

// Under jest, NODE_ENV is `test`, and `rspack serve` keeps a NODE_ENV it finds (npm start has none, so
// the CLI sets `development`): the servers get the environment `npm start` gives them.
const TEST_RUNNER_ENV = /^(NODE_ENV|JEST_.*)$/;

export interface DevStack {
  servers: DevServers;
  /** The copy the servers build from; edit files here, never in the repository. */
  root: string;
  browser: Browser;
  /** A page of a new context (closed by `closePages`), opened on the Active Sessions page. */
  open(): Promise<DevPage>;
  closePages(): Promise<void>;
  close(): Promise<void>;
}

export interface DevPage {
  page: Page;
  /** `load` events of the page: 1 after it opened, more after any reload. */
  loads(): number;
  /** Uncaught errors of the page. */
  uncaught: string[];
  /** Messages (`type`) the page's dev server clients received since it opened, per server. */
  hotMessages: Record<'shell' | 'remote', string[]>;
}

export async function startDevStack(): Promise<DevStack> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'active-sessions-dev-'));
  const output: string[] = [];
  let servers: DevServers | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const stack: DevStack = {
    get servers() {
      if (!servers) throw new Error('the dev servers have not started');
      return servers;
    },
    root,
    get browser() {
      if (!browser) throw new Error('Chromium is not connected');
      return browser;
    },
    async open() {
      const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      // A safety net only: every wait is for a condition. A dev build runs React's development build.
      page.setDefaultTimeout(30_000);
      let loads = 0;
      page.on('load', () => {
        loads += 1;
      });
      const uncaught: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error.message));
      const hotMessages = { shell: [] as string[], remote: [] as string[] };
      const socketOf = (url: string) => url.replace(/^http/, 'ws');
      page.on('websocket', (socket) => {
        const server = socket.url().startsWith(socketOf(stack.servers.shellUrl))
          ? 'shell'
          : socket.url().startsWith(socketOf(stack.servers.remoteUrl))
            ? 'remote'
            : null;
        if (!server) return;
        socket.on('framereceived', ({ payload }) => {
          try {
            hotMessages[server].push(String(JSON.parse(String(payload)).type));
          } catch {
            hotMessages[server].push(String(payload));
          }
        });
      });
      await page.goto(withIdentity(stack.servers.pageUrl));
      return { page, loads: () => loads, uncaught, hotMessages };
    },
    async closePages() {
      await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
    },
    async close() {
      await stack.closePages();
      await browser?.close().catch(() => undefined);
      await servers?.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    for (const entry of SOURCES) {
      cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), {
        recursive: true,
        filter: (source) =>
          !NOT_COPIED.has(path.relative(REPO_ROOT, source)) && path.basename(source) !== 'node_modules',
      });
    }
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    servers = await startDevServers({
      root,
      env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ENV.test(key))),
      output: (name: DevServerName, line: string) => {
        output.push(`[${name}] ${line}`);
        if (output.length > 200) output.shift();
      },
    });
    await servers.ready.catch((error: Error) => {
      throw new Error(`${error.message}\n${output.join('\n')}`);
    });
    browser = await chromiumForSuite();
  } catch (error) {
    await stack.close();
    throw error;
  }
  return stack;
}

/** The first source file under `dir` (recursively, tests aside) whose text holds `text`. */
function findSource(dir: string, text: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findSource(file, text);
      if (found) return found;
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      if (readFileSync(file, 'utf8').includes(text)) return file;
    }
  }
  return undefined;
}

export interface SourceEdit {
  /** Writes the edit; the dev server watching the file rebuilds. */
  apply(): void;
  /** Writes the file as it was (also when it was never edited). */
  undo(): void;
}

/**
 * An edit of the first source file under `dir` (a folder of the servers' copy) that holds `anchor`:
 * the anchor followed by `addition`. Found by its text, so it survives files being moved.
 */
export function editSource(dir: string, anchor: string, addition: string): SourceEdit {
  const file = findSource(dir, anchor);
  if (!file) throw new Error(`No source file under ${dir} holds \`${anchor}\`: pick another one to edit`);
  const original = readFileSync(file, 'utf8');
  return {
    apply: () => writeFileSync(file, original.replace(anchor, `${anchor}${addition}`)),
    undo: () => writeFileSync(file, original),
  };
}
