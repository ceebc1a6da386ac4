// Mount and unmount in a real browser: leaving the page through the console's menu takes every element
// of the module out of the document and switches its stylesheet off, and twenty visits later there is still one copy of
// the page and no more DOM nodes or event listeners than after the first visit (read through the
// Chrome DevTools Protocol after a forced garbage collection).
import type { CDPSession, Page } from 'playwright-core';
import { mainMenu, openPage, PAGE_ROOT, ROW, type TrackedPage, waitForRows } from './support/page';
import { type Stack, startStack } from './support/stack';

jest.setTimeout(120_000);

const CYCLES = 20;

let stack: Stack;
let tracked: TrackedPage | undefined;

beforeAll(async () => {
  stack = await startStack();
});

afterEach(async () => {
  await tracked?.context.close();
  tracked = undefined;
});

afterAll(async () => {
  await stack?.close();
});

/** What of the module is in the document now. */
function moduleFootprint(page: Page, remoteOrigin: string) {
  return page.evaluate((origin) => {
    const outlet = document.getElementById('module-outlet');
    return {
      pages: document.querySelectorAll('[data-testid="active-sessions-page"]').length,
      headings: Array.from(document.querySelectorAll('h1')).filter(
        (h1) => h1.textContent === 'Active Sessions',
      ).length,
      outletChildren: outlet?.childElementCount ?? -1,
      // CSS Modules classes of the module are all prefixed `as_`.
      moduleClassed: Array.from(document.querySelectorAll('[class]')).filter((element) =>
        Array.from(element.classList).some((name) => name.startsWith('as_')),
      ).length,
      dialogs: document.querySelectorAll('dialog').length,
      spaContainers: document.querySelectorAll('[id^="single-spa-application:"]').length,
      // Sheets of the remote that apply: the module keeps its sheets in the document, switched off.
      remoteStylesheets: Array.from(
        document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'),
      ).filter((link) => link.href.startsWith(origin) && link.sheet && !link.sheet.disabled).length,
    };
  }, remoteOrigin);
}

/**
 * DOM nodes (attached or not, still alive after a full garbage collection) and JS event listeners of the
 * renderer. "Stuck" badges appear while a session crosses 30 minutes during the run: that is the page
 * working, not a leak, so their nodes are left out of the node count.
 */
async function counters(page: Page, cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const stuckNodes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[title^="With an agent for over"]')).reduce((sum, badge) => {
      const walker = document.createTreeWalker(badge, NodeFilter.SHOW_ALL);
      let count = 1;
      while (walker.nextNode()) count += 1;
      return sum + count;
    }, 0),
  );
  const rows = await page
    .locator(ROW)
    .evaluateAll((all) => all.map((row) => row.getAttribute('data-session-id')));
  return { nodes: nodes - stuckNodes, jsEventListeners, rows };
}

async function leave(page: Page) {
  await mainMenu(page).getByRole('link', { name: 'Handoff Inbox' }).click();
  await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();
  await page.locator(PAGE_ROOT).waitFor({ state: 'detached' });
  await page.getByRole('table').filter({ hasText: 'Sessions waiting for an agent' }).waitFor();
}

/** The page with its rows and, after them, the agents' panel: the whole page, each visit alike. */
async function settled(page: Page) {
  await waitForRows(page);
  await page.getByTestId('agents-panel').waitFor();
}

async function comeBack(page: Page) {
  await mainMenu(page).getByRole('link', { name: 'Active Sessions' }).click();
  await settled(page);
}

test('leaving the page removes every element of the module and switches its stylesheet off; coming back restores one copy', async () => {
  const remoteOrigin = new URL(stack.host.remoteUrl).origin;
  tracked = await openPage(stack);
  const { page, uncaught } = tracked;
  await settled(page);
  const mounted = {
    pages: 1,
    headings: 1,
    outletChildren: 1,
    moduleClassed: expect.any(Number),
    dialogs: 0,
    spaContainers: 0,
    // The page's, and the agents' panel's.
    remoteStylesheets: 2,
  };
  const footprint = await moduleFootprint(page, remoteOrigin);
  expect(footprint).toEqual(mounted);
  expect(footprint.moduleClassed).toBeGreaterThan(0);

  await leave(page);
  expect(await moduleFootprint(page, remoteOrigin)).toEqual({
    pages: 0,
    headings: 0,
    outletChildren: 0,
    moduleClassed: 0,
    dialogs: 0,
    spaContainers: 0,
    remoteStylesheets: 0,
  });
  // The console's own styles are untouched.
  expect(
    await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
        .filter((link) => link.sheet && !link.sheet.disabled)
        .map((link) => new URL(link.href).origin),
    ),
  ).toEqual([new URL(stack.host.hostUrl).origin]);

  await comeBack(page);
  expect(await moduleFootprint(page, remoteOrigin)).toEqual(mounted);
  // The sheet that came back applies again.
  expect(
    await page
      .locator(`${ROW} [data-state]`)
      .first()
      .evaluate((badge) => getComputedStyle(badge).borderRadius),
  ).toBe('999px');
  expect(uncaught).toEqual([]);
});

test(`${CYCLES} visits through the menu leave one page and no more DOM nodes or listeners`, async () => {
  const remoteOrigin = new URL(stack.host.remoteUrl).origin;
  tracked = await openPage(stack);
  const { page, uncaught } = tracked;
  await settled(page);
  const cdp = await page.context().newCDPSession(page);
  const fresh = await counters(page, cdp);

  // The first client-side visit is the baseline for nodes: on it the console's own React keeps one
  // detached node of the page it replaced, once (it stays at that level however often one navigates).
  await leave(page);
  await comeBack(page);
  const firstVisit = await counters(page, cdp);
  expect(firstVisit.rows).toEqual(fresh.rows);

  for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
    await leave(page);
    await comeBack(page);
  }
  const footprint = await moduleFootprint(page, remoteOrigin);
  expect(footprint).toMatchObject({
    pages: 1,
    headings: 1,
    outletChildren: 1,
    dialogs: 0,
    remoteStylesheets: 2,
  });

  const after = await counters(page, cdp);
  // The same rows, so the same page to compare.
  expect(after.rows).toEqual(fresh.rows);
  // No growth (equal is fine): listeners against the fresh page load, nodes against the first visit.
  expect(after.jsEventListeners).toBeLessThanOrEqual(fresh.jsEventListeners);
  expect(after.jsEventListeners).toBeLessThanOrEqual(firstVisit.jsEventListeners);
  expect(after.nodes).toBeLessThanOrEqual(firstVisit.nodes);
  await cdp.detach();
  expect(uncaught).toEqual([]);
});
