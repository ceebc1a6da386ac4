// Moving around the page as an administrator does, in Chromium: Back and Forward through the views
// they chose, leaving the page while a release is on its way, and a tab left in the background.
import type { Page } from 'playwright-core';
import { reset, setReleaseFault } from '../mock-host/simulator/control';
import { mainMenu, PAGE_ROOT, pauseClock, waitForRows } from './support/page';
import { dispatcher, releasableRow, releasedEntries, stats, until } from './support/reliability';
import { ACTIVE_SESSIONS, withIdentity } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

beforeEach(() => reset(suite.stack.host.simulatorUrl));

/** Marks the page's root element, so a later check can tell that the page was not mounted again. */
const markPageRoot = (page: Page) =>
  page.locator(PAGE_ROOT).evaluate((element) => {
    (element as unknown as { __mark: number }).__mark = 1;
  });
const samePageRoot = (page: Page) =>
  page.locator(PAGE_ROOT).evaluate((element) => (element as unknown as { __mark?: number }).__mark === 1);

describe('Back and Forward', () => {
  test('restore each view the user chose, with one list request each, while the page stays mounted', async () => {
    const { page, requests } = await suite.open();
    await waitForRows(page);
    const base = suite.stack.host.dispatcherBaseUrl;

    await page.getByRole('button', { name: /^All \d+$/ }).click();
    await page.waitForURL(/\?view=all$/);
    await waitForRows(page);
    await page.getByRole('button', { name: 'Phone / Contact' }).click();
    await page.waitForURL(/sort=contact/);
    await waitForRows(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForURL(/page=2/);
    await waitForRows(page);
    await markPageRoot(page);
    const secondPage = await page
      .locator('[data-testid="session-row"]')
      .first()
      .getAttribute('data-session-id');

    const step = async (move: () => Promise<unknown>, search: string) => {
      requests.clear();
      await move();
      await page.waitForURL((url) => url.search === search);
      await waitForRows(page);
      expect(requests.listCalls(base)).toHaveLength(1);
      expect(await samePageRoot(page)).toBe(true);
    };
    await step(() => page.goBack(), '?view=all&sort=contact&dir=asc');
    expect(await page.getByRole('columnheader', { name: 'Phone / Contact' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await step(() => page.goBack(), '?view=all');
    await step(() => page.goBack(), '');
    expect(await page.getByRole('button', { name: /^With agent/ }).getAttribute('aria-pressed')).toBe('true');
    await step(() => page.goForward(), '?view=all');
    await step(() => page.goForward(), '?view=all&sort=contact&dir=asc');
    await step(() => page.goForward(), '?view=all&sort=contact&dir=asc&page=2');
    expect(await page.locator('[data-testid="session-row"]').first().getAttribute('data-session-id')).toBe(
      secondPage,
    );

    // A reload shows the same view; the page the cursor led to starts over from the first.
    await page.reload();
    await waitForRows(page);
    expect(new URL(page.url()).search).toBe('?view=all&sort=contact&dir=asc');
    expect(await page.getByRole('button', { name: /^All \d+$/ }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('leaving while a release is on its way', () => {
  test('Back to the previous page lets the release finish, once, and the outcome is told on return', async () => {
    const { page } = await suite.open('/communications/handoff-inbox');
    await mainMenu(page).getByRole('link', { name: 'Active Sessions' }).click();
    await waitForRows(page);
    const target = await releasableRow(page);
    // The dispatcher takes its time over this release: the page is left before it answers.
    await setReleaseFault(suite.stack.host.simulatorUrl, target.id, { mode: 'delay', ms: 1_500, times: 1 });
    await target.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('agent off-shift, left mid-release');
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.getByRole('button', { name: 'Releasing…' }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();
    await page.locator(PAGE_ROOT).waitFor({ state: 'detached' });
    const api = dispatcher(suite.stack);
    await until(
      'the dispatcher has released the session',
      async () => (await releasedEntries(api, target.id)).length === 1,
    );

    await page.goForward();
    await waitForRows(page);
    const status = page.getByRole('status').filter({ hasText: 'Released:' });
    await status.waitFor();
    expect(await status.textContent()).toContain(
      `Released: the session with ${target.contact} went back to the Handoff Inbox as Unassigned.`,
    );
    const entries = await releasedEntries(api, target.id);
    expect(entries.map((entry) => entry.notes)).toEqual(['agent off-shift, left mid-release']);
    const counters = await stats(suite.stack);
    expect(counters.requests.release).toBe(1);
    expect(counters.releasesPerformed).toBe(1);
  });
});

describe('a tab in the background', () => {
  /**
   * Headless Chromium keeps every tab visible, so the page's visibility is driven from an init script:
   * `document.visibilityState` reads a switch, and flipping it fires `visibilitychange` as a browser
   * does. The same script counts the list requests as the page sends them (axios sends through
   * XMLHttpRequest), in the page's own thread, so "nothing was sent" is read without a race.
   */
  async function openWithVisibilitySwitch(): Promise<Page> {
    const context = await suite.stack.context();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const state = { hidden: false };
      Object.defineProperty(Document.prototype, 'visibilityState', {
        configurable: true,
        get: () => (state.hidden ? 'hidden' : 'visible'),
      });
      Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => state.hidden });
      const win = window as unknown as {
        setHidden: (hidden: boolean) => void;
        listSends: number;
        lastListSendAt: number;
      };
      win.setHidden = (hidden) => {
        state.hidden = hidden;
        document.dispatchEvent(new Event('visibilitychange'));
      };
      win.listSends = 0;
      const open = XMLHttpRequest.prototype.open;
      const send = XMLHttpRequest.prototype.send;
      const urls = new WeakMap<XMLHttpRequest, string>();
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        urls.set(this, String(args[1]));
        return (open as (...a: unknown[]) => void).apply(this, args);
      };
      XMLHttpRequest.prototype.send = function (
        this: XMLHttpRequest,
        body?: Document | XMLHttpRequestBodyInit | null,
      ) {
        if (/\/sessions(\?|$)/.test(urls.get(this) ?? '')) {
          win.listSends += 1;
          win.lastListSendAt = Date.now();
        }
        return send.call(this, body);
      };
    });
    await page.clock.install();
    await page.goto(withIdentity(`${suite.stack.host.hostUrl}${ACTIVE_SESSIONS}`));
    await waitForRows(page);
    return page;
  }

  const setHidden = (page: Page, hidden: boolean) =>
    page.evaluate(
      (value) => (window as unknown as { setHidden: (h: boolean) => void }).setHidden(value),
      hidden,
    );
  const listSends = (page: Page) =>
    page.evaluate(() => (window as unknown as { listSends: number }).listSends);

  test('loads nothing while hidden, and refreshes at once when shown with rows older than its checks', async () => {
    const page = await openWithVisibilitySwitch();
    const before = await listSends(page);
    await setHidden(page, true);
    await page.clock.fastForward('02:00');
    expect(await listSends(page)).toBe(before);
    await setHidden(page, false);
    expect(await listSends(page)).toBe(before + 1);
    await waitForRows(page);
  });

  test('shown again with fresh rows, it waits out the rest of the minute between its fallback checks', async () => {
    // The mock console hands the page its change feed: the page then checks only once a minute.
    const page = await openWithVisibilitySwitch();
    // The rows came between the last list request and now; time stands still from here on, so the
    // checks below do not depend on how long the machine took to get here.
    const { sentAt, shownBy } = await page.evaluate(() => ({
      sentAt: (window as unknown as { lastListSendAt: number }).lastListSendAt,
      shownBy: Date.now(),
    }));
    const pausedAt = await pauseClock(page);
    const before = await listSends(page);
    await setHidden(page, true);
    await page.clock.runFor('00:10');
    await setHidden(page, false);
    expect(await listSends(page)).toBe(before);
    // The next check is due a minute after the rows came: not before a minute after the request...
    await page.clock.runFor(sentAt + 60_000 - 1 - (pausedAt + 10_000));
    expect(await listSends(page)).toBe(before);
    // ...and by a minute after the rows were shown.
    await page.clock.runFor(shownBy - sentAt + 2);
    expect(await listSends(page)).toBe(before + 1);
  });
});
