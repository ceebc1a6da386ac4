// The module under faults, in Chromium against the simulator: a failing list keeps its rows, says so,
// backs off and recovers by itself; a release whose answer is lost is retried with the same
// Idempotency-Key and happens once; two administrators releasing at once get one success and one
// clear conflict; a session that ends between the list and the click is explained; and the remote's
// own files failing leave the console usable until they load, without a page reload.
import type { Page } from 'playwright-core';
import {
  clearFaults,
  type Fault,
  releaseHeld,
  removeSession,
  reset,
  resetStats,
  setFault,
  setSessionState,
} from '../mock-host/simulator/control';
import {
  dispatcher,
  isSameDocument,
  markDocument,
  recordReleases,
  releasableRow,
  releasedEntries,
  rowOf,
  settledRows,
  shownIds,
  stats,
  tableBusy,
  until,
} from './support/reliability';
import { pauseClock } from './support/page';
import { listRequestsStarted, recordRequestsInPage } from './support/request-log';
import { ACTIVE_SESSIONS, type Stack, startStack, withIdentity } from './support/stack';

jest.setTimeout(90_000);

/** The retry schedule the README promises after 1, 2 and 3 failures in a row. */
const BACKOFF_MS = [2_000, 5_000, 10_000] as const;

/** The console's client gives up after this long (config.json), so a timeout is quick to see. */
const CLIENT_TIMEOUT_MS = 1_500;

let stack: Stack;
let sim: string;
let admin: Page;
let releases: ReturnType<typeof recordReleases>;

/**
 * The page's own clock is playwright's: it runs as usual, and a test moves it on where the page
 * would wait (a retry after 2 s) instead of waiting that long itself.
 */
async function openAdminPage(): Promise<Page> {
  const context = await stack.context();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.clock.install();
  await recordRequestsInPage(page);
  await page.goto(withIdentity(`${stack.host.hostUrl}${ACTIVE_SESSIONS}`));
  await settledRows(page);
  return page;
}

/** Reloads the list in place (the Refresh button) after the simulator was reset. */
async function refresh(page: Page) {
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await settledRows(page);
}

beforeAll(async () => {
  stack = await startStack({ config: (config) => ({ ...config, dispatcherTimeoutMs: CLIENT_TIMEOUT_MS }) });
  sim = stack.host.simulatorUrl;
  admin = await openAdminPage();
  releases = recordReleases(admin);
});

beforeEach(async () => {
  await reset(sim);
  releases.length = 0;
});

afterEach(async () => {
  await clearFaults(sim);
  await stack.host.remoteFaults.reset();
});

afterAll(async () => {
  await stack?.close();
});

describe('a list that fails', () => {
  const FAULTS: Array<[string, Fault, RegExp]> = [
    // No answer at all: the client's own timeout (config.json, 1.5 s) ends the request.
    ['no answer within the client’s timeout', { mode: 'hang' }, /did not answer in time/],
    ['HTTP 500', { mode: 'status', status: 500 }, /not responding properly.*Details: HTTP 500/],
    ['HTTP 503', { mode: 'status', status: 503 }, /not responding properly.*Details: HTTP 503/],
    ['a body that is not JSON', { mode: 'not-json' }, /answer the page cannot read/],
    ['a dropped connection', { mode: 'drop' }, /could not be reached/],
  ];

  test.each(FAULTS)(
    'on %s keeps the rows marked as possibly stale, with Retry, and recovers by itself',
    async (_label, fault, message) => {
      await refresh(admin);
      const ids = await shownIds(admin);
      await setFault(sim, 'list', fault);
      await admin.getByRole('button', { name: 'Refresh', exact: true }).click();

      const alert = admin.getByTestId('list-error');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      const text = (await alert.textContent()) ?? '';
      expect(text).toMatch(message);
      expect(text).toMatch(/rows below are from the last successful load and may be out of date/);
      expect(await alert.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
      // The last good rows stay on screen, and the table says they may be out of date.
      expect(await shownIds(admin)).toEqual(ids);
      expect(await admin.getByTestId('sessions-table').locator('caption').textContent()).toMatch(
        /may be out of date/,
      );

      // The API comes back: once the first backoff step has passed, the page notices on its own.
      await clearFaults(sim);
      await admin.clock.runFor(BACKOFF_MS[0]);
      await alert.waitFor({ state: 'detached' });
      expect(await shownIds(admin)).toEqual(ids);
      expect(await admin.getByTestId('sessions-table').locator('caption').textContent()).not.toMatch(
        /out of date/,
      );
    },
  );

  test('backs off instead of hammering a broken API, one request at a time, and Retry works at once', async () => {
    await refresh(admin);
    const dispatcherUrl = stack.host.dispatcherBaseUrl;
    // From here the page's time moves only when the test moves it, so each step is exact. (A few seconds
    // past the page's own time is surely still ahead of it by then, and no timer of the page is due that
    // soon after the load just made.)
    await pauseClock(admin, 5_000);
    try {
      await setFault(sim, 'list', { mode: 'status', status: 503 });
      await resetStats(sim);
      const before = await listRequestsStarted(admin, dispatcherUrl);
      await admin.getByRole('button', { name: 'Refresh', exact: true }).click();
      const alert = admin.getByTestId('list-error');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/tried again automatically/);
      expect((await stats(stack)).requests.list).toBe(1);

      // The schedule (2 s, then 5 s, then 10 s): no request a millisecond before each step, exactly
      // one at it. A client retrying every second would have sent 17 by the third step.
      for (const [step, delay] of BACKOFF_MS.entries()) {
        await until('the failure is handled', async () => !(await tableBusy(admin)));
        await admin.clock.runFor(delay - 1);
        expect(await listRequestsStarted(admin, dispatcherUrl)).toBe(before + 1 + step);
        await admin.clock.runFor(1);
        expect(await listRequestsStarted(admin, dispatcherUrl)).toBe(before + 2 + step);
        await until(
          `retry ${step + 1} has reached the dispatcher`,
          async () => (await stats(stack)).requests.list === 2 + step,
        );
      }
      expect((await stats(stack)).maxInFlight.list).toBe(1);
      expect(await admin.locator('[data-testid="session-row"]').count()).toBeGreaterThan(0);

      await until('the last failure is handled', async () => !(await tableBusy(admin)));
      await clearFaults(sim);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await alert.waitFor({ state: 'detached' });
    } finally {
      await admin.clock.resume();
    }
  });
});

describe('a release whose answer is lost', () => {
  const LOST: Array<[string, Fault]> = [
    ['the connection drops after the dispatcher acted', { mode: 'act-then-drop' }],
    [
      'the dispatcher acted but its answer comes after the client’s timeout',
      { mode: 'act-then-hang', times: 1 },
    ],
  ];

  test.each(LOST)(
    'when %s, says the outcome is unknown, retries with the same key, and releases once',
    async (_label, fault) => {
      await refresh(admin);
      const acme = dispatcher(stack);
      const row = await releasableRow(admin);
      const before = await releasedEntries(acme, row.id);
      const notes = `Lost answer check ${row.id}`;
      await setFault(sim, 'release', fault);

      await row.button.click();
      const dialog = admin.getByRole('dialog', { name: 'Release session' });
      await dialog.getByRole('textbox', { name: 'Notes' }).fill(notes);
      await dialog.getByRole('button', { name: 'Release', exact: true }).click();
      await dialog.getByRole('alert').filter({ hasText: 'may or may not have been released' }).waitFor();
      // The notes are locked: the retry must be the same request.
      expect(await dialog.getByRole('textbox', { name: 'Notes' }).getAttribute('readonly')).not.toBeNull();

      if (fault.mode === 'act-then-drop') await clearFaults(sim);
      await dialog.getByRole('button', { name: 'Release', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await admin
        .getByTestId('status')
        .filter({ hasText: `Released: the session with ${row.contact}` })
        .waitFor();

      // Every attempt carried the same key and the same body.
      expect(releases.length).toBeGreaterThanOrEqual(2);
      expect(new Set(releases.map((sent) => sent.key)).size).toBe(1);
      expect(releases[0]?.key).toMatch(/^[0-9a-f-]{32,36}$/);
      for (const sent of releases) expect(sent.body).toEqual({ notes });
      // The dispatcher acted once and answered the other attempt from its memory of the key.
      await until('the late request has been answered from the key', async () => {
        const now = await stats(stack);
        return now.idempotentReplays >= 1 && now.inFlight.release === 0;
      });
      expect((await stats(stack)).releasesPerformed).toBe(1);
      const after = await releasedEntries(acme, row.id);
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)).toMatchObject({ actor: 'Alex Admin', notes });
      expect(
        await rowOf(admin, row.id)
          .getByRole('button', { name: `Release session with ${row.contact}` })
          .getAttribute('aria-disabled'),
      ).toBe('true');
    },
  );
});

describe('two administrators release the same session at the same moment', () => {
  test('exactly one succeeds; the other is told it was already released and sees the fresh row', async () => {
    await refresh(admin);
    const other = await openAdminPage();
    const row = await releasableRow(admin);
    const acme = dispatcher(stack);
    const before = await releasedEntries(acme, row.id);

    const dialogs = [];
    for (const page of [admin, other]) {
      await rowOf(page, row.id)
        .getByRole('button', { name: `Release session with ${row.contact}` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Release session' });
      await dialog
        .getByRole('textbox', { name: 'Notes' })
        .fill(`Released from ${page === admin ? 'A' : 'B'}`);
      dialogs.push(dialog);
    }
    // Both requests wait at the dispatcher until both are there, so they are in flight together.
    await setFault(sim, 'release', { mode: 'hold', times: 2 });
    await resetStats(sim);
    await Promise.all(
      dialogs.map((dialog) => dialog.getByRole('button', { name: 'Release', exact: true }).press('Enter')),
    );
    await until(
      'both releases wait at the dispatcher',
      async () => (await stats(stack)).inFlight.release === 2,
    );
    expect(await releaseHeld(sim)).toEqual({ released: 2 });
    await Promise.all(dialogs.map((dialog) => dialog.waitFor({ state: 'hidden' })));

    const outcomes = await Promise.all(
      [admin, other].map(async (page) => {
        const success = page.getByTestId('status').filter({ hasText: 'Released: the session with' });
        const conflict = page.getByRole('alert').filter({ hasText: 'already released by someone else' });
        await success.or(conflict).waitFor();
        return (await success.count()) > 0 ? 'released' : 'conflict';
      }),
    );
    expect(outcomes.sort()).toEqual(['conflict', 'released']);
    const now = await stats(stack);
    expect(now.maxInFlight.release).toBe(2);
    expect(now.releasesPerformed).toBe(1);
    expect(await releasedEntries(acme, row.id)).toHaveLength(before.length + 1);

    // Both pages show the row as it is now: nothing left to release.
    for (const page of [admin, other]) {
      const action = rowOf(page, row.id).getByRole('button', { name: `Release session with ${row.contact}` });
      await until('the row shows the session as unassigned', async () => {
        return (await action.getAttribute('aria-disabled')) === 'true';
      });
      expect(await rowOf(page, row.id).textContent()).toMatch(/Already unassigned/);
    }
    await other.context().close();
  });
});

describe('a session that ends between the list and the click', () => {
  test('resolved meanwhile: the 409 is explained and the row leaves the list', async () => {
    await refresh(admin);
    const acme = dispatcher(stack);
    const row = await releasableRow(admin);
    const before = await releasedEntries(acme, row.id);
    await row.button.click();
    const dialog = admin.getByRole('dialog', { name: 'Release session' });
    await setSessionState(sim, 'acme', row.id, 'RESOLVED');
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByRole('alert').filter({ hasText: 'no longer with an agent' }).waitFor();
    await rowOf(admin, row.id).waitFor({ state: 'detached' });
    expect(await releasedEntries(acme, row.id)).toHaveLength(before.length);
  });

  test('gone meanwhile: the 404 is explained, the row leaves at once and focus goes to the heading', async () => {
    await refresh(admin);
    const row = await releasableRow(admin);
    await row.button.click();
    const dialog = admin.getByRole('dialog', { name: 'Release session' });
    await removeSession(sim, 'acme', row.id);
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await admin.getByRole('alert').filter({ hasText: 'has ended or no longer exists' }).waitFor();
    await rowOf(admin, row.id).waitFor({ state: 'detached' });
    expect(
      await admin
        .getByRole('heading', { level: 1, name: 'Active Sessions' })
        .evaluate((h) => h === document.activeElement),
    ).toBe(true);
    await settledRows(admin);
    expect(await shownIds(admin)).not.toContain(row.id);
  });
});

describe('the remote’s own files failing', () => {
  const moduleAlert = (page: Page) =>
    page.getByRole('alert').filter({ hasText: 'The module active_sessions could not be loaded.' });
  const menuLink = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

  /** A page of its own; with `paused`, its time stands still until the test resumes it. */
  async function freshPage(route = ACTIVE_SESSIONS, { paused = false } = {}) {
    const context = await stack.context();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.clock.install();
    if (paused) await page.clock.pauseAt(Date.now() + 5_000);
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await page.goto(withIdentity(`${stack.host.hostUrl}${route}`));
    return { page, uncaught };
  }

  test('the page’s chunk answering 500: named, console usable, loads on navigating back, no reload', async () => {
    stack.host.remoteFaults.fail('__federation_expose_app');
    // The page's time stands still until the way back, so that comes at once after the failure, however
    // long the steps take here (single-spa tries a failed load again only 200 ms after the failure).
    const { page, uncaught } = await freshPage(ACTIVE_SESSIONS, { paused: true });
    await moduleAlert(page).waitFor();
    await markDocument(page);
    await menuLink(page, 'Handoff Inbox').click();
    await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();

    await stack.host.remoteFaults.reset();
    await menuLink(page, 'Active Sessions').click();
    await page.clock.resume();
    await settledRows(page);
    expect(await moduleAlert(page).count()).toBe(0);
    expect(await isSameDocument(page)).toBe(true);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });

  test('the remote server down: named, console usable, Retry loads it, no reload', async () => {
    await stack.host.remoteFaults.down();
    const { page, uncaught } = await freshPage();
    await moduleAlert(page).waitFor();
    await markDocument(page);
    await menuLink(page, 'Conversation Menus').click();
    await page.getByRole('heading', { level: 1, name: 'Conversation Menus' }).waitFor();
    await menuLink(page, 'Handoff Inbox').click();
    await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();

    await stack.host.remoteFaults.up();
    await moduleAlert(page).getByRole('button', { name: 'Retry' }).click();
    await menuLink(page, 'Active Sessions').click();
    await settledRows(page);
    expect(await isSameDocument(page)).toBe(true);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });

  test('a slow remote: the console is usable while the page loads, and it arrives on its own', async () => {
    // The remote answers nothing until released, however fast or slow this machine is.
    stack.host.remoteFaults.hold();
    const { page, uncaught } = await freshPage('/');
    await page.getByRole('heading', { level: 1, name: 'Tenant console' }).waitFor();
    await markDocument(page);
    // The console reads the manifest file it is configured with (the slim entry's, by default).
    const manifestPath = new URL(stack.host.config().remotes.active_sessions as string).pathname;
    await until('the console has asked the remote for its manifest', () =>
      stack.host.remoteRequests().some((path) => path.endsWith(manifestPath)),
    );
    // While the remote has not answered, the console's own pages work, and the module has no entry yet.
    await menuLink(page, 'Handoff Inbox').click();
    await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();
    await menuLink(page, 'Conversation Menus').click();
    await page.getByRole('heading', { level: 1, name: 'Conversation Menus' }).waitFor();
    expect(await menuLink(page, 'Active Sessions').count()).toBe(0);
    expect(stack.host.remoteFaults.release()).toBeGreaterThan(0);
    await menuLink(page, 'Active Sessions').click();
    await settledRows(page);
    expect(await moduleAlert(page).count()).toBe(0);
    expect(await isSameDocument(page)).toBe(true);
    expect(uncaught).toEqual([]);
    await page.context().close();
  });
});
