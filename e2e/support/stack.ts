// One mock host (remote server, console, simulator) per suite, and a connection to the Chromium the
// suites share (a browser of its own when none is shared), stopped in afterAll whatever happened.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type MockHost, type MockHostOptions, startMockHost } from '../../mock-host/serve';
import { chromiumForSuite } from './chromium';

export const ACTIVE_SESSIONS = '/communications/sessions/active';

export interface Stack {
  host: MockHost;
  browser: Browser;
  /** A new browser context: its own storage, so its own identity in the mock host. */
  context(): Promise<BrowserContext>;
  /** A page of a new context, opened on `path`, with page errors collected. */
  open(path?: string, identity?: Identity): Promise<OpenedPage>;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors and console errors of the page so far. */
  errors: string[];
}

export type Identity = { user?: 'admin' | 'agent'; tenant?: string };

/** The mock host reads the identity from `?user=&tenant=` (and keeps it for the tab). */
export function withIdentity(url: string, { user = 'admin', tenant = 'acme' }: Identity = {}): string {
  const parsed = new URL(url);
  parsed.searchParams.set('user', user);
  parsed.searchParams.set('tenant', tenant);
  return parsed.toString();
}

export async function startStack(options: MockHostOptions = {}): Promise<Stack> {
  const host = await startMockHost(options);
  let browser: Browser;
  try {
    browser = await chromiumForSuite();
  } catch (error) {
    await host.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const stack: Stack = {
    host,
    browser,
    async context() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      return context;
    },
    async open(path = ACTIVE_SESSIONS, identity = {}) {
      const context = await stack.context();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(withIdentity(`${host.hostUrl}${path}`, identity));
      return { page, errors };
    },
    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close().catch(() => undefined);
      await host.close();
    },
  };
  return stack;
}
