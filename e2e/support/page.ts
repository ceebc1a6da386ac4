// Helpers the page-level browser suites share: waiting for the page to settle, recording requests,
// keyboard navigation, colours, axe-core and screenshots. Everything waits for a condition, never a time.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { recordRequestsInPage } from './request-log';
import { ACTIVE_SESSIONS, type Identity, type Stack, withIdentity } from './stack';

export const ROW = '[data-testid="session-row"]';
export const PAGE_ROOT = '[data-testid="active-sessions-page"]';
export const DIALOG = '[data-testid="release-dialog"]';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** Screenshots of every run land here (git-ignored). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');

/** The Active Sessions page has loaded its list: rows shown, table not busy, nothing loading. */
export async function waitForRows(page: Page): Promise<Locator> {
  const table = page.getByTestId('sessions-table');
  await table.locator(ROW).first().waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="sessions-table"]')?.getAttribute('aria-busy') === 'false',
  );
  return table.locator(ROW);
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions of the page. */
  uncaught: string[];
  /** console.error lines (failed resource loads included). */
  consoleErrors: string[];
  requests: ReturnType<typeof recordRequests>;
}

export interface OpenOptions {
  /**
   * Installs playwright's clock before the page loads: the page's time runs as usual until a test
   * moves it on (`page.clock.runFor`) where the page would wait.
   */
  clock?: boolean;
}

/**
 * A page of a new context (its own identity), listening for errors and requests before it navigates
 * to `route` as `identity` (default admin of acme). The page also logs in itself every request it
 * starts (`requestLog` in request-log.ts).
 */
export async function openPage(
  stack: Stack,
  route = ACTIVE_SESSIONS,
  identity: Identity = {},
  options: OpenOptions = {},
): Promise<TrackedPage> {
  const context = await stack.context();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (options.clock) await page.clock.install();
  await recordRequestsInPage(page);
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const requests = recordRequests(page);
  await page.addInitScript(() => {
    const seen: Array<{ directive: string; blocked: string }> = [];
    (window as unknown as { __cspSeen: typeof seen }).__cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  await page.goto(withIdentity(`${stack.host.hostUrl}${route}`, identity));
  return { page, context, uncaught, consoleErrors, requests };
}

/**
 * CSP violations the page has seen so far, read from its `securitypolicyviolation` events: unlike the
 * reports the console's server collects, they are there the moment the browser blocks something.
 * Only for pages opened with `openPage`.
 */
export const cspViolationsSeen = (page: Page): Promise<Array<{ directive: string; blocked: string }>> =>
  page.evaluate(
    () =>
      (window as unknown as { __cspSeen?: Array<{ directive: string; blocked: string }> }).__cspSeen ?? [],
  );

/** The console's main menu. */
/**
 * Stops the page's time a moment ahead of where it is now (its clock installed), so that every later step
 * moves it exactly. A machine slow enough to pass that moment before the pause lands gets a new reading:
 * nothing here depends on the machine's speed.
 */
export async function pauseClock(page: Page, aheadMs = 1_000): Promise<number> {
  for (;;) {
    const at = (await page.evaluate(() => Date.now())) + aheadMs;
    try {
      await page.clock.pauseAt(at);
      return at;
    } catch (error) {
      if (!String(error).includes('to the past')) throw error;
    }
  }
}

export const mainMenu = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

/** Every request the page makes from now on, with helpers for the dispatcher's list calls. */
export function recordRequests(page: Page) {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return {
    all: () => [...requests],
    urls: () => requests.map((request) => new URL(request.url())),
    /** `GET …/sessions?…` list calls to the dispatcher at `dispatcherBaseUrl`. */
    listCalls: (dispatcherBaseUrl: string) =>
      requests
        .filter((request) => request.method() === 'GET')
        .map((request) => new URL(request.url()))
        .filter((url) => url.href.startsWith(dispatcherBaseUrl) && url.pathname.endsWith('/sessions')),
    clear: () => {
      requests.length = 0;
    },
  };
}

/** Which element has focus, for failure messages: tag, accessible label or text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `<${element.tagName.toLowerCase()}> ${label}`;
  });
}

/** Whether `target` (its first match) has focus. */
export const hasFocus = (target: Locator): Promise<boolean> =>
  target
    .first()
    .evaluate((element) => element === document.activeElement)
    .catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and returns how many
 * presses it took. Fails after `max` presses, naming where focus went.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 200 } = {}) {
  const visited: string[] = [];
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return presses;
    if (presses === max) break;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (visited.length < 60) visited.push(await describeFocus(page));
  }
  throw new Error(`Focus never reached ${target} in ${max} presses; it went: ${visited.join(' → ')}`);
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour (`rgb(…)` / `rgba(…)`), as getComputedStyle returns it. */
export function parseColor(css: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(css.trim());
  if (!match?.[1]) throw new Error(`Not an rgb() colour: ${css}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1].split(/[\s,/]+/).map(Number);
  return { r, g, b, a };
}

/** Hue in degrees [0, 360) and saturation/lightness in [0, 1]. */
export function toHsl({ r, g, b }: Rgba): { h: number; s: number; l: number } {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === R) h = ((G - B) / d) % 6;
  else if (max === G) h = (B - R) / d + 2;
  else h = (R - G) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | null = null;

/**
 * Runs axe-core on the page for WCAG 2.1 A/AA. The source is evaluated through the DevTools protocol,
 * which the page's CSP does not govern, so the console's policy stays as strict as in production.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, WCAG_TAGS);
}

/** Writes a PNG of the viewport (or the full page) into the screenshot folder and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  return file;
}
