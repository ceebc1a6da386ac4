// A bulk release in Chromium against the simulator: an agent went off-shift and left 50 sessions.
// Two releases fail once, another administrator releases one meanwhile; Retry failed sends the two
// again with their same keys. The audit trails hold exactly one release each, and none twice.
import { reset, setReleaseFault } from '../mock-host/simulator/control';
import { offShiftAgentOf } from '../mock-host/simulator/dataset';
import { runAxe, waitForRows } from './support/page';
import { dispatcher, listAll, recordReleases, releasedEntries, shownIds, stats } from './support/reliability';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(90_000);

const suite = stackPerFile();

const NOTE = 'Agent off-shift: released in bulk';

test('50 sessions of one agent: two failures retried with their keys, one released meanwhile, each released once', async () => {
  await reset(suite.stack.host.simulatorUrl);
  const agent = offShiftAgentOf('acme');
  if (!agent) throw new Error('the data set has an off-shift agent in acme');
  const { page } = await suite.open(`${ACTIVE_SESSIONS}?agent=${encodeURIComponent(agent.id)}`);
  await waitForRows(page);
  const chosen = await shownIds(page);
  expect(chosen).toHaveLength(50);
  const sent = recordReleases(page);

  // Two releases fail once each; another administrator releases a third before this one confirms.
  const [failA, failB, theirs] = [chosen[3], chosen[17], chosen[30]] as [string, string, string];
  for (const id of [failA, failB]) {
    await setReleaseFault(suite.stack.host.simulatorUrl, id, { mode: 'status', status: 500, times: 1 });
  }

  // Keyboard and screen reader names: the page's box, then the bar's button, then the dialog.
  const pageBox = page.getByRole('checkbox', {
    name: 'Select every session on this page that can be released',
  });
  await pageBox.focus();
  await page.keyboard.press('Space');
  await page.getByTestId('bulk-bar').getByText('50 sessions selected').waitFor();
  expect(await pageBox.isChecked()).toBe(true);
  const other = dispatcher(suite.stack, 'acme', 'admin2');
  expect((await other.release(theirs, { notes: 'taken over by Robin' })).status).toBe(200);

  await page.getByRole('button', { name: 'Release 50 sessions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Release 50 sessions' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(`With ${agent.name} (50).`);
  expect(await runAxe(page)).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Notes' }).fill(NOTE);
  await dialog.getByRole('button', { name: 'Release 50 sessions' }).click();

  const summary = dialog.getByText(/^47 of 50 released: 1 already unassigned by someone else, 2 failed\./);
  await summary.waitFor();
  // The status region said it too.
  expect(await page.getByTestId('bulk-status').textContent()).toMatch(/^47 of 50 released/);
  expect(sent).toHaveLength(50);
  const firstKeys = new Map(sent.map((request) => [request.url, request.key]));
  expect(new Set(firstKeys.values()).size).toBe(50);

  await dialog.getByRole('button', { name: 'Retry failed' }).click();
  await dialog.getByText(/^49 of 50 released: 1 already unassigned by someone else\.$/).waitFor();
  const retried = sent.slice(50);
  expect(retried.map((request) => new URL(request.url).pathname.split('/').at(-2)).sort()).toEqual(
    [failA, failB].sort(),
  );
  for (const request of retried) {
    expect(request.key).toBe(firstKeys.get(request.url));
    expect(request.body).toEqual({ notes: NOTE });
  }

  // Each session's audit trail: exactly one release, with the note, except the one Robin released.
  const api = dispatcher(suite.stack);
  for (const id of chosen) {
    const entries = await releasedEntries(api, id);
    expect({ id, entries: entries.map((entry) => [entry.actor, entry.notes]) }).toEqual({
      id,
      entries: [id === theirs ? ['Robin Admin', 'taken over by Robin'] : ['Alex Admin', NOTE]],
    });
  }
  const counters = await stats(suite.stack);
  expect(counters.releasesPerformed).toBe(50);
  // On the dispatcher, every one of the 50 is with no agent now: Unassigned, waiting in the Handoff Inbox.
  const nowWithAgent = new Map((await listAll(api, { state: 'WITH_AGENT' })).map((s) => [s.id, s]));
  expect(chosen.filter((id) => nowWithAgent.get(id)?.agent !== null)).toEqual([]);

  // The agent's list no longer holds them (they are with no agent now); without the agent filter the
  // list shows each of them as Unassigned, with nothing left to release.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(
    (ids) =>
      ![...document.querySelectorAll('[data-testid="session-row"]')].some((row) =>
        ids.includes(row.getAttribute('data-session-id') ?? ''),
      ),
    chosen,
  );
  await page.getByRole('button', { name: new RegExp(`^Agent: ${agent.name}\\.`) }).click();
  await page.waitForURL((url) => !url.search.includes('agent='));
  await waitForRows(page);
  const released = await page
    .locator('[data-testid="session-row"]')
    .evaluateAll(
      (rows, ids) =>
        rows
          .filter((row) => ids.includes(row.getAttribute('data-session-id') ?? ''))
          .map((row) =>
            row.querySelector('button[aria-label^="Release session with"]')?.getAttribute('aria-disabled'),
          ),
      chosen,
    );
  expect(released.length).toBeGreaterThan(0);
  expect(new Set(released)).toEqual(new Set(['true']));
});
