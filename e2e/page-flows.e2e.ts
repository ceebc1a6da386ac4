// The spec's flows in Chromium, against the simulator over HTTP: the WITH_AGENT and All chips, sorting by
// Duration on the server, the badge colours as rendered, and a release done from the keyboard alone
// that shows up in the Handoff Inbox and in the session's audit trail.
import type { Locator, Page } from 'playwright-core';
import { ACTIVE_STATES, type SessionPage } from '../src/contract';
import { getState, getStats, identityHeaders, reset } from '../mock-host/simulator/control';
import {
  contrastRatio,
  DIALOG,
  describeFocus,
  hasFocus,
  parseColor,
  type Rgba,
  ROW,
  tabTo,
  toHsl,
  waitForRows,
} from './support/page';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();
const open = (route = ACTIVE_SESSIONS) => suite.open(route);

const chip = (page: Page, label: 'With agent' | 'All') =>
  page.getByRole('button', { name: new RegExp(`^${label} \\d+$`) });

const badgeStates = (page: Page) =>
  page
    .locator(`${ROW} [data-state]`)
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-state')));

/** The dispatcher's own answer to a list query, as the admin of acme. */
async function dispatcherList(query: Record<string, string>): Promise<SessionPage> {
  const url = new URL('sessions', suite.stack.host.dispatcherBaseUrl);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url, { headers: identityHeaders('acme', 'admin') });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as SessionPage;
}

/** The first row whose Release button is enabled (a WITH_AGENT session that still has an agent). */
async function firstReleasableRow(page: Page) {
  const row = page
    .locator(`${ROW}:has(button[aria-label^="Release session with"]:not([aria-disabled]))`)
    .first();
  const id = await row.getAttribute('data-session-id');
  const label = await row.getByRole('button', { name: /^Release session with / }).getAttribute('aria-label');
  if (!id || !label) throw new Error('No releasable row on the page');
  const contact = label.replace(/^Release session with /, '');
  return { row, id, contact, release: row.getByRole('button', { name: label, exact: true }) };
}

describe('viewing', () => {
  beforeAll(() => reset(suite.stack.host.simulatorUrl));

  test('the default view lists only WITH_AGENT sessions, with "With agent" pressed', async () => {
    const { page, requests, uncaught } = await open();
    const rows = await waitForRows(page);
    const { counts } = (await getState(suite.stack.host.simulatorUrl)).tenants.acme;

    await expectPressed(chip(page, 'With agent'), true);
    await expectPressed(chip(page, 'All'), false);
    expect(await chip(page, 'With agent').textContent()).toBe(`With agent ${counts.WITH_AGENT}`);
    expect(await chip(page, 'All').textContent()).toBe(
      `All ${ACTIVE_STATES.reduce((sum, state) => sum + counts[state], 0)}`,
    );

    const states = await badgeStates(page);
    expect(states.length).toBe(Math.min(50, counts.WITH_AGENT));
    expect(states.length).toBe(await rows.count());
    expect(new Set(states)).toEqual(new Set(['WITH_AGENT']));

    // Every list call (the first load, and an auto-refresh should one fall in) asked for WITH_AGENT only.
    const calls = requests.listCalls(suite.stack.host.dispatcherBaseUrl);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.map((url) => url.searchParams.get('state'))).toEqual(calls.map(() => 'WITH_AGENT'));
    expect(uncaught).toEqual([]);
  });

  test('All shows sessions in the other non-terminal states too', async () => {
    const { page, requests } = await open();
    await waitForRows(page);
    await chip(page, 'All').click();
    await expectPressed(chip(page, 'All'), true);
    await expectPressed(chip(page, 'With agent'), false);
    await page.waitForFunction(
      (row) =>
        Array.from(document.querySelectorAll(`${row} [data-state]`)).some(
          (b) => b.getAttribute('data-state') !== 'WITH_AGENT',
        ),
      ROW,
    );
    await waitForRows(page);

    const states = new Set(await badgeStates(page));
    expect(states.size).toBeGreaterThan(1);
    for (const state of states) expect(ACTIVE_STATES).toContain(state);
    const last = requests.listCalls(suite.stack.host.dispatcherBaseUrl).at(-1);
    expect(last?.searchParams.has('state')).toBe(false);
    expect(new URL(page.url()).searchParams.get('view')).toBe('all');
  });

  test('the With agent view opens with the sessions held longest first, sorted on the server', async () => {
    const { page, requests } = await open();
    await waitForRows(page);
    const held = page.getByRole('columnheader', { name: 'In state for' });
    expect(await held.getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('columnheader', { name: 'Duration' }).getAttribute('aria-sort')).toBe('none');

    // Held longest first is the server's heldSince ascending, so the longest held of every page comes first.
    const calls = requests.listCalls(suite.stack.host.dispatcherBaseUrl);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.map((url) => [url.searchParams.get('sort'), url.searchParams.get('order')])).toEqual(
      calls.map(() => ['heldSince', 'asc']),
    );

    const ids = await page
      .locator(ROW)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-session-id')));
    const longest = await dispatcherList({
      state: 'WITH_AGENT',
      sort: 'heldSince',
      order: 'asc',
      limit: '50',
    });
    expect(ids).toEqual(longest.items.map((session) => session.id));
    // The chip's own order is the default: the URL leaves it out.
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
  });

  test('sorted by Duration, the oldest sessions come first, by start on the server', async () => {
    const { page } = await open(`${ACTIVE_SESSIONS}?sort=duration`);
    await waitForRows(page);
    expect(await page.getByRole('columnheader', { name: 'Duration' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    const started = await page
      // Started At's <time>: an instant. (The times elapsed hold ISO 8601 durations, P….)
      .locator(`${ROW} time[datetime]:not([datetime^="P"])`)
      .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));
    expect(started.every(Number.isFinite)).toBe(true);
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });

  test('the state badges are green, amber, blue and red as rendered, with AA contrast', async () => {
    const { page } = await open(`${ACTIVE_SESSIONS}?view=all&size=100`);
    await waitForRows(page);
    const expected = {
      OPEN: 'green',
      ACTIVE: 'green',
      AWAITING_USER: 'amber',
      PROCESSING: 'blue',
      WITH_AGENT: 'red',
    };
    const rendered = [];
    for (const state of ACTIVE_STATES) {
      const style = await page
        .locator(`${ROW} [data-state="${state}"]`)
        .first()
        .evaluate((badge) => ({
          color: getComputedStyle(badge).color,
          background: getComputedStyle(badge).backgroundColor,
        }));
      const text = parseColor(style.color);
      const background = parseColor(style.background);
      rendered.push({
        state,
        text: colourName(text),
        background: colourName(background),
        contrastAtLeast45: contrastRatio(text, background) >= 4.5,
        css: `${style.color} on ${style.background}`,
      });
    }
    expect(rendered).toEqual(
      ACTIVE_STATES.map((state) => ({
        state,
        text: expected[state],
        background: expected[state],
        contrastAtLeast45: true,
        css: expect.any(String),
      })),
    );
  });
});

/**
 * A colour's family by hue, for opaque and clearly saturated colours only. Ranges in degrees; amber
 * spans the dark brown-orange of amber text (about 22°) to the yellow of amber backgrounds (about 48°).
 */
function colourName(colour: Rgba): string {
  const { h, s } = toHsl(colour);
  if (colour.a !== 1 || s < 0.3)
    return `not a clear colour (hue ${Math.round(h)}, saturation ${s.toFixed(2)})`;
  if (h >= 90 && h <= 160) return 'green';
  if (h >= 20 && h <= 60) return 'amber';
  if (h >= 200 && h <= 250) return 'blue';
  if (h >= 345 || h <= 10) return 'red';
  return `hue ${Math.round(h)}`;
}

describe('releasing from the keyboard', () => {
  beforeEach(async () => {
    await reset(suite.stack.host.simulatorUrl);
  });

  test('show only stuck sessions, release the oldest with a note, then find it in the Handoff Inbox and its audit trail', async () => {
    const { page, uncaught } = await open();
    await waitForRows(page);
    const note = 'Agent off-shift: released from the keyboard ✓';

    // Keyboard only from here: Tab to the Stuck chip, press it, Tab to the first row's Release button.
    const stuck = page.getByRole('button', { name: /^Stuck \d+$/ });
    await tabTo(page, stuck);
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=stuck/);
    await waitForRows(page);
    expect(await stuck.getAttribute('aria-pressed')).toBe('true');
    expect(await hasFocus(stuck)).toBe(true);
    await waitForSort(page, 'In state for', 'descending');

    const target = await firstReleasableRow(page);
    // Every row of this view is stuck, the one held longest first.
    expect(await target.row.getByText(/^Stuck: With .+ for over 30 minutes$/).count()).toBe(1);
    await tabTo(page, target.release);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.waitFor();
    const notes = dialog.getByRole('textbox', { name: 'Notes' });
    expect({ focus: await describeFocus(page), inNotes: await hasFocus(notes) }).toMatchObject({
      inNotes: true,
    });
    await page.keyboard.type(note);
    const confirm = dialog.getByRole('button', { name: 'Release', exact: true });
    // Notes → Cancel → Release.
    expect(await tabTo(page, confirm, { max: 4 })).toBe(2);
    await page.keyboard.press('Enter');

    const status = page.getByRole('status').filter({ hasText: 'Released:' });
    await status.waitFor();
    expect(await status.textContent()).toContain(
      `Released: the session with ${target.contact} went back to the Handoff Inbox as Unassigned.`,
    );
    await dialog.waitFor({ state: 'detached' });
    // Focus moves on to the next session's Release, ready for the next stuck one; the released row's
    // button stays in place and says why there is nothing to release.
    const button = page
      .locator(`${ROW}[data-session-id="${target.id}"]`)
      .getByRole('button', { name: /^Release/ });
    const next = page
      .locator(`${ROW}[data-session-id="${target.id}"] + ${ROW}`)
      .getByRole('button', { name: /^Release/ });
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute('aria-label')?.startsWith('Release session'),
    );
    expect(await hasFocus(next)).toBe(true);
    expect(await next.getAttribute('aria-disabled')).not.toBe('true');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const reasonId = await button.getAttribute('aria-describedby');
    expect(reasonId).toBeTruthy();
    expect(await page.locator(`[id="${reasonId}"]`).textContent()).toMatch(/unassigned/i);
    const stats = await getStats(suite.stack.host.simulatorUrl);
    expect(stats.releasesPerformed).toBe(1);
    expect(stats.requests.release).toBe(1);

    // The Handoff Inbox (through the page's link) lists it as Unassigned.
    await status.getByRole('link', { name: 'Open the Handoff Inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();
    const logPath = `/communications/logs?session=${encodeURIComponent(target.id)}`;
    const inboxRow = page.getByRole('row').filter({ has: page.locator(`a[href="${logPath}"]`) });
    await inboxRow.waitFor();
    const cells = await inboxRow.getByRole('cell').allTextContents();
    expect(cells[0]).toContain(target.contact);
    expect(cells[2]).toBe('Unassigned');

    // Conversation Logs for that session shows the note on its audit trail.
    await inboxRow.getByRole('link', { name: /^View log/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversation Logs' }).waitFor();
    const audit = page.getByRole('table', { name: `Audit trail of session ${target.id}` });
    await audit.waitFor();
    const released = audit.getByRole('row').filter({ hasText: 'RELEASED' });
    expect(await released.count()).toBe(1);
    const entry = await released.getByRole('cell').allTextContents();
    expect(entry[1]).toBe('Alex Admin');
    expect(entry[4]).toBe(note);
    expect(uncaught).toEqual([]);
  });

  test('the dialog is a real modal: the page behind is inert, Escape closes it and focus returns', async () => {
    const { page } = await open();
    await waitForRows(page);
    const target = await firstReleasableRow(page);
    await tabTo(page, target.release);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.waitFor();

    expect(await page.locator(DIALOG).evaluate((element) => element.matches(':modal'))).toBe(true);
    // Behind a modal dialog nothing takes focus or pointer: focusing a chip does nothing, and the
    // chip's spot hits the dialog's backdrop.
    const behind = await chip(page, 'All').evaluate((button) => {
      const dialogElement = document.querySelector('dialog');
      (button as HTMLElement).focus();
      // The row's button may sit far down the page: bring the chip into view before the hit test.
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        focusStayed: dialogElement?.contains(document.activeElement) ?? false,
        hitDialog: hit !== null && (dialogElement?.contains(hit) ?? false),
      };
    });
    expect(behind).toEqual({ focusStayed: true, hitDialog: true });
    // Tab and Shift+Tab never leave the dialog for the page behind (past either end Chromium passes
    // through its own UI, where the document reports <body>, then comes back into the dialog).
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      const inside = await page.evaluate(
        () =>
          document.activeElement === document.body ||
          (document.querySelector('dialog')?.contains(document.activeElement) ?? false),
      );
      expect({ key, focus: await describeFocus(page), inside }).toMatchObject({ inside: true });
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      document.activeElement?.getAttribute('aria-label')?.startsWith('Release session'),
    );
    expect(await hasFocus(target.release)).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe('');
    expect((await getStats(suite.stack.host.simulatorUrl)).requests.release).toBe(0);
  });
});

async function expectPressed(button: Locator, pressed: boolean) {
  expect({ button: await button.textContent(), pressed: await button.getAttribute('aria-pressed') }).toEqual({
    button: await button.textContent(),
    pressed: String(pressed),
  });
}

function waitForSort(page: Page, column: string, direction: 'ascending' | 'descending') {
  return page
    .getByRole('columnheader', { name: column })
    .and(page.locator(`th[aria-sort="${direction}"]`))
    .waitFor();
}
