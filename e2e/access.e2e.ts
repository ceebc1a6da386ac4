// Permission: a user without communications.access gets no menu entry, and the page's route names the
// missing permission without asking the dispatcher for a single session.
import type { Page } from 'playwright-core';
import { getStats, resetStats } from '../mock-host/simulator/control';
import { mainMenu, ROW, waitForRows } from './support/page';
import { until } from './support/reliability';
import { listRequestsStarted } from './support/request-log';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

beforeEach(async () => {
  await resetStats(suite.stack.host.simulatorUrl);
});

// The page's clock is playwright's: "lists nothing" is checked after a minute of the page's own time
// has run (auto-refresh, retries), from the page's own log of what it started.
const open = (route: string, user: 'admin' | 'agent') =>
  suite.open(route, { user, tenant: 'acme' }, { clock: true });

const listCallsStarted = (page: Page) => listRequestsStarted(page, suite.stack.host.dispatcherBaseUrl);

const communicationsLinks = (page: Page) =>
  mainMenu(page).getByRole('region', { name: 'Communications' }).getByRole('link').allTextContents();

const missingPermission = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'You need the permission communications.access' });

test('an administrator has the menu entry and the page lists sessions (the control case)', async () => {
  const { page } = await open(ACTIVE_SESSIONS, 'admin');
  await waitForRows(page);
  expect(await communicationsLinks(page)).toContain('Active Sessions');
  expect((await getStats(suite.stack.host.simulatorUrl)).requests.list).toBeGreaterThanOrEqual(1);
});

test('an agent sees no Active Sessions entry; the route names communications.access and lists nothing', async () => {
  const { page, requests, uncaught } = await open(ACTIVE_SESSIONS, 'agent');
  await missingPermission(page).waitFor();
  // The module did mount (its manifest is known), so the missing entry is the permission's doing.
  await page.getByRole('heading', { level: 1, name: 'Active Sessions' }).waitFor();
  expect(await communicationsLinks(page)).toEqual(['Handoff Inbox']);
  expect(await mainMenu(page).getByRole('link', { name: 'Active Sessions' }).count()).toBe(0);
  expect(await missingPermission(page).locator('code').textContent()).toBe('communications.access');
  expect(await page.locator(ROW).count()).toBe(0);

  await page.clock.runFor(60_000);
  expect(await listCallsStarted(page)).toBe(0);
  expect(requests.listCalls(suite.stack.host.dispatcherBaseUrl)).toEqual([]);
  expect((await getStats(suite.stack.host.simulatorUrl)).requests).toEqual({
    list: 0,
    get: 0,
    audit: 0,
    release: 0,
    agents: 0,
  });
  expect(uncaught).toEqual([]);
});

test('switching to the agent on the page drops the rows and the entry, and lists nothing more', async () => {
  const { page, requests } = await open(ACTIVE_SESSIONS, 'admin');
  await waitForRows(page);
  const started = await listCallsStarted(page);
  await until('the first list call has been answered', async () => {
    const { requests: counted, inFlight } = await getStats(suite.stack.host.simulatorUrl);
    return counted.list === started && inFlight.list === 0;
  });
  const before = (await getStats(suite.stack.host.simulatorUrl)).requests.list;
  requests.clear();

  await page.getByLabel('User').selectOption('agent');
  await missingPermission(page).waitFor();
  expect(await page.locator(ROW).count()).toBe(0);
  expect(await communicationsLinks(page)).toEqual(['Handoff Inbox']);

  await page.clock.runFor(60_000);
  expect(await listCallsStarted(page)).toBe(started);
  expect(requests.listCalls(suite.stack.host.dispatcherBaseUrl)).toEqual([]);
  expect((await getStats(suite.stack.host.simulatorUrl)).requests.list).toBe(before);
});
