// The page's states as they look in Chromium: a release that goes on once its dialog is closed,
// disabled controls that look disabled, stale rows that look stale, the Columns menu closing as menus
// do, a paused auto-refresh and a search without results.
// Each state is also written as a screenshot under artifacts/screenshots/ (state-*.png).
import type { Locator, Page } from 'playwright-core';
import { clearFaults, releaseHeld, reset, setFault } from '../mock-host/simulator/control';
import { hasFocus, ROW, screenshot, waitForRows } from './support/page';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

beforeEach(async () => {
  await reset(suite.stack.host.simulatorUrl);
});

async function open(query = '', { rows = true } = {}): Promise<Page> {
  const { page } = await suite.open(`/communications/sessions/active${query}`);
  if (rows) await waitForRows(page);
  return page;
}

/** The computed styles that make a control look usable or not. */
const looks = (target: Locator) =>
  target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      background: style.backgroundColor,
      color: style.color,
      border: style.borderTopStyle,
      cursor: style.cursor,
    };
  });

test('while a release is being sent, Escape closes the dialog and the release goes on, told on the page', async () => {
  const page = await open();
  const release = page.locator(`${ROW} button[aria-label^="Release session with"]:not([aria-disabled])`);
  const label = (await release.first().getAttribute('aria-label')) ?? '';
  await release.first().click();
  const dialog = page.getByRole('dialog', { name: 'Release session' });
  await setFault(suite.stack.host.simulatorUrl, 'release', { mode: 'hold' });
  try {
    await dialog.getByRole('button', { name: 'Release' }).click();
    await dialog.getByRole('button', { name: 'Releasing…' }).waitFor();
    await dialog.getByText('You can close this dialog: the release goes on').waitFor();
    expect(await dialog.getByRole('button', { name: 'Close' }).isEnabled()).toBe(true);
    await screenshot(page, 'state-releasing');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await releaseHeld(suite.stack.host.simulatorUrl);
    await page
      .getByTestId('status')
      .getByText(/^Released: the session with /)
      .waitFor();
    expect(await page.getByRole('button', { name: label }).getAttribute('aria-disabled')).toBe('true');
  } finally {
    await reset(suite.stack.host.simulatorUrl);
  }
});

test('a Release with nothing to release looks disabled and says why on focus, its row as tall as the others', async () => {
  // By agent, the unassigned sessions (no agent) come first, beside those an agent holds.
  const page = await open('?sort=agent');
  const blocked = page.locator(
    `${ROW}:has(button[aria-label^="Release session with"][aria-disabled="true"])`,
  );
  const open_ = page.locator(`${ROW}:has(button[aria-label^="Release session with"]:not([aria-disabled]))`);
  const blockedButton = blocked.first().getByRole('button', { name: /^Release session with/ });
  const openButton = open_.first().getByRole('button', { name: /^Release session with/ });
  const [off, on] = [await looks(blockedButton), await looks(openButton)];
  expect(off.cursor).toBe('not-allowed');
  expect(off.border).toBe('dashed');
  expect(off.background).not.toBe(on.background);

  const actionsHeight = (row: Locator) =>
    row
      .locator('td')
      .last()
      .evaluate((cell) => cell.firstElementChild?.getBoundingClientRect().height);
  expect(await actionsHeight(blocked.first())).toBe(await actionsHeight(open_.first()));
  const rowHeight = await blocked.first().evaluate((row) => row.getBoundingClientRect().height);

  await blockedButton.focus();
  const reason = blocked.first().getByText('Already unassigned, waiting in the Handoff Inbox');
  await page.waitForFunction(
    (element) => (element?.getBoundingClientRect().width ?? 0) > 20,
    await reason.elementHandle(),
  );
  expect(await blocked.first().evaluate((row) => row.getBoundingClientRect().height)).toBe(rowHeight);
  await screenshot(page, 'state-release-blocked-reason');
});

test('stale rows are marked on the rows, not only in the caption', async () => {
  const page = await open();
  const table = page.getByTestId('sessions-table');
  const rowLook = () =>
    page
      .locator(ROW)
      .first()
      .evaluate((row) => getComputedStyle(row).backgroundColor);
  const captionHeight = () =>
    table.locator('caption').evaluate((caption) => caption.getBoundingClientRect().height);
  const fresh = await rowLook();
  expect(await captionHeight()).toBeLessThanOrEqual(1);

  await setFault(suite.stack.host.simulatorUrl, 'list', { mode: 'status', status: 503 });
  try {
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await page.getByTestId('list-error').waitFor();
    expect(await rowLook()).not.toBe(fresh);
    expect(await captionHeight()).toBeGreaterThan(10);
    expect(await table.locator('caption').textContent()).toMatch(/may be out of date/);
    await screenshot(page, 'state-stale');
  } finally {
    await clearFaults(suite.stack.host.simulatorUrl);
  }
});

test('the Columns menu closes on Escape and on a click outside, and focus goes back to its button', async () => {
  const page = await open();
  const button = page.getByText('Columns', { exact: true });
  const menu = page.getByRole('group', { name: 'Visible columns' });
  await button.click();
  await menu.waitFor();
  await page.getByRole('checkbox', { name: 'Agent' }).check();
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  expect(await hasFocus(button)).toBe(true);

  await button.click();
  await menu.waitFor();
  await page.getByRole('heading', { name: 'Active Sessions' }).click();
  await menu.waitFor({ state: 'hidden' });
  await page.getByTestId('sessions-table').getByRole('columnheader', { name: 'Agent' }).waitFor();
});

test('paused auto-refresh reads as paused, with Resume', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Pause auto-refresh' }).click();
  await page.getByText('Auto-refresh paused').waitFor();
  expect(await hasFocus(page.getByRole('button', { name: 'Resume auto-refresh' }))).toBe(true);
  await screenshot(page, 'state-paused');
});

test('a search without results names the search and offers Clear search', async () => {
  const page = await open('?q=nobody%20at%20all', { rows: false });
  const empty = page.getByTestId('empty');
  await empty.waitFor();
  expect(await empty.textContent()).toContain('No sessions with an agent match “nobody at all”.');
  await screenshot(page, 'state-no-match');
  await empty.getByRole('button', { name: 'Clear search' }).click();
  await waitForRows(page);
  expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
});
