// Helpers of the reliability suites: the simulator over HTTP as a given identity, waiting on
// conditions with a bound, and everything a page says or reports while a test runs.
import type { Locator, Page, Request } from 'playwright-core';
import type { AuditEntry, Session, SessionPage } from '../../src/contract/dispatcher-api';
import { getStats, type SimulatorStats } from '../../mock-host/simulator/control';
import { type ApiCaller, caller } from '../../mock-host/simulator/testing';
import type { Stack } from './stack';

export const ROW = '[data-testid="session-row"]';

/** The dispatcher API of the stack's simulator, as `tenant`'s `user` (plain HTTP, no page). */
export function dispatcher(stack: Stack, tenant = 'acme', user = 'admin'): ApiCaller {
  return caller(stack.host.dispatcherBaseUrl, tenant, user);
}

export function stats(stack: Stack): Promise<SimulatorStats> {
  return getStats(stack.host.simulatorUrl);
}

/** Polls `check` until it holds, at most `timeoutMs`; fails naming `what`. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  { timeoutMs = 15_000, everyMs = 100 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The page's list has settled: rows shown, not busy, no list error. */
export async function settledRows(page: Page): Promise<Locator> {
  const table = page.getByTestId('sessions-table');
  await table.locator(ROW).first().waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="sessions-table"]')?.getAttribute('aria-busy') === 'false' &&
      !document.querySelector('[data-testid="list-error"]'),
  );
  return table.locator(ROW);
}

/** Session ids of the rows on screen, in order. */
export function shownIds(page: Page): Promise<string[]> {
  return page
    .locator(ROW)
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-session-id') ?? ''));
}

/** A row whose Release button is enabled: its session id and the contact the button names. */
export async function releasableRow(page: Page, skip: readonly string[] = []) {
  const buttons = page.locator(`${ROW} button[aria-label^="Release session with "]:not([aria-disabled])`);
  const count = await buttons.count();
  for (let i = 0; i < count; i += 1) {
    const button = buttons.nth(i);
    const id = await button.evaluate((el) => el.closest('tr')?.getAttribute('data-session-id') ?? '');
    if (skip.includes(id)) continue;
    const label = (await button.getAttribute('aria-label')) ?? '';
    return { id, contact: label.replace('Release session with ', ''), button };
  }
  throw new Error('No releasable row on the page');
}

/** The row of a session by id. */
export const rowOf = (page: Page, id: string): Locator => page.locator(`${ROW}[data-session-id="${id}"]`);

/** RELEASED entries of a session's audit trail, read over HTTP. */
export async function releasedEntries(api: ApiCaller, id: string): Promise<AuditEntry[]> {
  const reply = await api.audit(id);
  if (reply.status !== 200) throw new Error(`audit of ${id}: ${reply.status}`);
  return reply.body.items.filter((entry) => entry.action === 'RELEASED');
}

/** Every session of a tenant's list (all non-terminal states), over HTTP. */
export function listAll(api: ApiCaller, params: Record<string, string | number> = {}): Promise<Session[]> {
  return api.listAll({ limit: 200, ...params });
}

export async function firstPage(api: ApiCaller, params: Record<string, string | number> = {}) {
  const reply = await api.list(params);
  if (reply.status !== 200) throw new Error(`list: ${reply.status}`);
  return reply.body as SessionPage;
}

/** Release requests a page sends, with the Idempotency-Key and body of each. */
export function recordReleases(page: Page) {
  const sent: Array<{ url: string; key: string | undefined; body: unknown; request: Request }> = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !/\/sessions\/[^/]+\/release$/.test(new URL(request.url()).pathname))
      return;
    let body: unknown;
    try {
      body = request.postDataJSON();
    } catch {
      body = request.postData();
    }
    sent.push({ url: request.url(), key: request.headers()['idempotency-key'], body, request });
  });
  return sent;
}

/**
 * Everything a page says: console messages of every type, uncaught errors, unhandled rejections and
 * native dialogs (alert/confirm/prompt, which a payload would open), kept from now on.
 */
export function recordPageOutput(page: Page) {
  const output = { console: [] as string[], errors: [] as string[], dialogs: [] as string[] };
  page.on('console', (message) => output.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) =>
    output.errors.push(`${error.name}: ${error.message}\n${error.stack ?? ''}`),
  );
  page.on('dialog', (dialog) => {
    output.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return output;
}

/** Marks the document, so a later check can tell that the page was not reloaded. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __marker?: number }).__marker = 1;
  });
}

export function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __marker?: number }).__marker === 1);
}

/** The page's list is loading (`aria-busy` on the table), or not. */
export async function tableBusy(page: Page): Promise<boolean> {
  return (await page.getByTestId('sessions-table').getAttribute('aria-busy')) === 'true';
}
