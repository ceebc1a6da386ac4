// The mock tenant console (production builds) and Chromium, as every measurement uses them.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { type MockHost, startMockHost } from '../mock-host/serve';
import {
  type FirstRows,
  installFirstRowsWatcher,
  KEEP_NAMES_SHIM,
  navigateAndTimeFirstRows,
  navigateAway,
  ROW_SELECTOR,
} from './in-page';

export const PAGE_ROUTE = '/communications/sessions/active';
/** The bare floor: the same rows in a plain table, nothing else. */
export const FLOOR_ROUTE = '/bench/floor';
/** The rich floor: the page's markup, controls and stylesheet, written by hand in plain DOM. */
export const RICH_FLOOR_ROUTE = '/bench/rich-floor';
export const AWAY_ROUTE = '/';

/** The simulator's tenants the bench compares: a small one and a large one. */
export const TENANTS = { small: { id: 'acme', sessions: 500 }, large: { id: 'globex', sessions: 50_000 } };
export type TenantSize = keyof typeof TENANTS;

export interface Bench {
  host: MockHost;
  browser: Browser;
  /** A fresh context (own cache and storage) with the bench's shim and first-rows watcher installed. */
  context(): Promise<BrowserContext>;
  /** The console's home page in a fresh context, signed in as admin of `tenant`, its menu drawn. */
  openConsole(tenant: string, init?: (context: BrowserContext) => Promise<unknown>): Promise<ConsolePage>;
  close(): Promise<void>;
}

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  cdp(): Promise<CDPSession>;
  /** Navigates inside the console and times the first rows. */
  go(path: string): Promise<FirstRows>;
  /** Navigates to a page without rows and waits until the previous one is gone. */
  leave(): Promise<void>;
  close(): Promise<void>;
}

const ROW_TIMEOUT_MS = 20_000;
// Lets the unmounted page's last work (stylesheet removal, aborted request) end before the next run.
const SETTLE_MS = 100;

export interface BenchOptions {
  remoteDir: string;
  shellDir: string;
  /** A browser to share; by default the bench launches its own and closes it at the end. */
  browser?: Browser;
}

export async function startBench(options: BenchOptions): Promise<Bench> {
  const host = await startMockHost({
    remoteDir: options.remoteDir,
    shellDir: options.shellDir,
    simulator: {
      tenantSessions: {
        [TENANTS.small.id]: TENANTS.small.sessions,
        [TENANTS.large.id]: TENANTS.large.sessions,
      },
    },
  });
  let browser: Browser;
  try {
    browser = options.browser ?? (await launchChromium());
  } catch (error) {
    await host.close();
    throw error;
  }
  const contexts = new Set<BrowserContext>();

  const bench: Bench = {
    host,
    browser,
    async context() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      await context.addInitScript({ content: KEEP_NAMES_SHIM });
      await context.addInitScript(installFirstRowsWatcher);
      return context;
    },
    async openConsole(tenant, init) {
      const context = await bench.context();
      await init?.(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${host.hostUrl}${AWAY_ROUTE}?user=admin&tenant=${tenant}`);
      // The menu entry comes from the module's ./manifest: once it is drawn the remote is registered.
      await page.getByRole('link', { name: 'Active Sessions' }).waitFor({ timeout: ROW_TIMEOUT_MS });
      let cdp: CDPSession | null = null;
      const fail = () => {
        if (errors.length) throw new Error(`the console reported errors: ${errors.join('; ')}`);
      };
      return {
        page,
        context,
        async cdp() {
          cdp ??= await context.newCDPSession(page);
          return cdp;
        },
        async go(path) {
          const timing = await page.evaluate(navigateAndTimeFirstRows, {
            path,
            selector: ROW_SELECTOR,
            timeoutMs: ROW_TIMEOUT_MS,
          });
          fail();
          return timing;
        },
        async leave() {
          await page.evaluate(navigateAway, {
            path: AWAY_ROUTE,
            selector: ROW_SELECTOR,
            settleMs: SETTLE_MS,
          });
          fail();
        },
        close: () => context.close(),
      };
    },
    async close() {
      await Promise.allSettled([...contexts].map((context) => context.close()));
      if (!options.browser) await browser.close().catch(() => undefined);
      await host.close();
    },
  };
  return bench;
}
