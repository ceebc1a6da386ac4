// The development loop: the servers `npm start` runs (mock-host/dev-servers.ts: the remote's rspack dev
// server with React Refresh, the console's dev server, the simulator), on free ports. In their pages
// releasing, the bulk dialog and German work as in production, without a page reload and without the
// console's dev server rebuilding; edits of a remote component and of the console reach the page
// through React Refresh. Every other browser suite runs the production builds, where on-demand chunks
// are plain files and no hot update runs.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type DevPage, type DevStack, editSource, startDevStack } from './support/dev-stack';
import { ROW, waitForRows } from './support/page';
import { isSameDocument, markDocument, releasableRow, rowOf } from './support/reliability';

jest.setTimeout(120_000);

let stack: DevStack | undefined;
const dev = () => {
  if (!stack) throw new Error('the dev servers start in beforeAll');
  return stack;
};

// The first build of both dev servers can take a while on a busy machine; the wait is for their answers.
beforeAll(async () => {
  stack = await startDevStack();
}, 300_000);
afterEach(() => stack?.closePages());
afterAll(() => stack?.close());

/** Runs `step`, failing at once (not at a timeout) if the page reloads meanwhile. */
async function withoutReload<T>(page: Page, what: string, step: () => Promise<T>): Promise<T> {
  let onLoad: () => void = () => undefined;
  const reloaded = new Promise<never>((_, reject) => {
    onLoad = () => reject(new Error(`The page reloaded while ${what}`));
    page.once('load', onLoad);
  });
  try {
    return await Promise.race([step(), reloaded]);
  } finally {
    page.off('load', onLoad);
  }
}

/** The page is still the document it was when marked, loaded once, with no uncaught error. */
async function expectSameDocument({ page, loads, uncaught }: DevPage) {
  expect({ sameDocument: await isSameDocument(page), loads: loads(), uncaught }).toEqual({
    sameDocument: true,
    loads: 1,
    uncaught: [],
  });
}

test('release, bulk release dialog and German work in the dev servers without a page reload', async () => {
  const opened = await dev().open();
  const { page } = opened;
  await waitForRows(page);
  await markDocument(page);

  // Pointing at Release fetches the release code (an on-demand chunk of the remote) ahead of the click.
  const target = await releasableRow(page);
  await withoutReload(page, 'releasing one session', async () => {
    await target.button.hover();
    await target.button.focus();
    await target.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'Released:' });
    await status.waitFor();
    expect(await status.textContent()).toContain(
      `Released: the session with ${target.contact} went back to the Handoff Inbox as Unassigned.`,
    );
    await dialog.waitFor({ state: 'detached' });
    const button = rowOf(page, target.id).getByRole('button', { name: /^Release session with / });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const reason = await button.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${reason}"]`).textContent()).toMatch(/unassigned/i);
  });

  // Two rows' boxes ticked: the bar's button opens the bulk dialog.
  await withoutReload(page, 'opening the bulk release dialog', async () => {
    const first = await releasableRow(page, [target.id]);
    const second = await releasableRow(page, [target.id, first.id]);
    for (const { id, contact } of [first, second]) {
      const box = rowOf(page, id).getByRole('checkbox', { name: `Select session with ${contact}` });
      await box.hover();
      await box.check();
    }
    await page.getByTestId('bulk-bar').getByText('2 sessions selected').waitFor();
    await page.getByRole('button', { name: 'Release 2 sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Release 2 sessions' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  // German: the page's words and its release words are on-demand chunks of the remote too.
  await withoutReload(page, 'switching to German', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { name: 'Aktive Sitzungen' }).waitFor();
    await waitForRows(page);
    const release = page
      .getByRole('button', { name: /^Sitzung mit .+ freigeben$/ })
      .and(page.locator(':not([aria-disabled])'))
      .first();
    await release.hover();
    await release.click();
    const dialog = page.getByRole('dialog', { name: 'Sitzung freigeben' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Abbrechen' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  await expectSameDocument(opened);
  // The remote's chunks came from the remote's dev server as files: the console's never rebuilt.
  expect(opened.hotMessages.shell).not.toContain('invalid');
});

test('edits of a remote component and of the console reach the page through React Refresh, state kept', async () => {
  const opened = await dev().open();
  const { page, hotMessages } = opened;
  await waitForRows(page);
  await markDocument(page);
  // State of the page that a reload or a remount would lose: a ticked row.
  const row = await releasableRow(page);
  const box = rowOf(page, row.id).getByRole('checkbox', { name: `Select session with ${row.contact}` });
  await box.check();
  await page.getByTestId('bulk-bar').getByText('1 session selected').waitFor();

  // Edited in the servers' copy of the sources, never in the repository: the remote's state badge and
  // the console's Language select.
  const token = `refresh-${Date.now()}`;
  const root = dev().root;
  const remoteEdit = editSource(
    path.join(root, 'src'),
    'data-state={state}',
    ` data-remote-probe="${token}"`,
  );
  const consoleEdit = editSource(
    path.join(root, 'mock-host/shell/src'),
    'htmlFor="console-language"',
    ` data-console-probe="${token}"`,
  );
  const remoteProbe = page.locator(`[data-remote-probe="${token}"]`);
  const consoleProbe = page.locator(`[data-console-probe="${token}"]`);
  // Rebuilt, the hot update fetched and applied: a safety net of a minute for a busy machine.
  const rebuilt = { timeout: 60_000 };
  try {
    await withoutReload(page, 'React Refresh applied the edits', async () => {
      remoteEdit.apply();
      await remoteProbe.first().waitFor(rebuilt);
      expect(await box.isChecked()).toBe(true);
      await page.getByTestId('bulk-bar').getByText('1 session selected').waitFor();
      // The remote's dev server rebuilt and told the page; the console's did not.
      expect({
        remote: hotMessages.remote.includes('invalid'),
        shell: hotMessages.shell.includes('invalid'),
      }).toEqual({ remote: true, shell: false });

      consoleEdit.apply();
      await consoleProbe.waitFor(rebuilt);
      // Rows rendered after the console's refresh still show the remote's edited badge: the All view
      // (newest first, every state) brings rows in states the first view (With agent) has none of.
      await page.getByRole('button', { name: /^All \d+$/ }).click();
      await page.waitForURL(/view=all/);
      await page.locator(`${ROW} [data-state]:not([data-state="WITH_AGENT"])`).first().waitFor();
      await waitForRows(page);
      const badges = await page.locator(`${ROW} [data-state]`).count();
      expect(badges).toBeGreaterThan(0);
      expect(await page.locator(`${ROW} [data-remote-probe="${token}"]`).count()).toBe(badges);

      remoteEdit.undo();
      consoleEdit.undo();
      await remoteProbe.first().waitFor({ ...rebuilt, state: 'detached' });
      await consoleProbe.waitFor({ ...rebuilt, state: 'detached' });
    });
  } finally {
    remoteEdit.undo();
    consoleEdit.undo();
  }
  await expectSameDocument(opened);
});
