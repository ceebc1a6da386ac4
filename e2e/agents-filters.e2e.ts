// The agents at a glance and the narrower filters in Chromium, against the simulator over HTTP: the
// panel lists the agents with the dispatcher's numbers, heaviest first, after the first rows; choosing
// one filters the list and the URL, with Select all N one step away. In All, a set of states and a
// channel narrow the list and its counts on the dispatcher, stay through a reload (the URL) and go with
// one Reset. A dispatcher without the workload endpoint shows no panel and nothing else changes.
import type { Page } from 'playwright-core';
import type { AgentWorkloadPage, SessionPage } from '../src/contract';
import { reset, setFault } from '../mock-host/simulator/control';
import { offShiftAgentOf } from '../mock-host/simulator/dataset';
import { ROW, waitForRows } from './support/page';
import { dispatcher, settledRows, until } from './support/reliability';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(90_000);

const suite = stackPerFile();

beforeEach(async () => {
  await reset(suite.stack.host.simulatorUrl);
});

const panel = (page: Page) => page.getByTestId('agents-panel');

/** The panel's rows as [name, sessions] (the stuck count moves with the clock, so it is left out). */
const panelRows = (page: Page): Promise<Array<[string, number]>> =>
  panel(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row): [string, number] => [
        row.querySelector('th')?.textContent ?? '',
        Number(row.children[1]?.textContent),
      ]),
    );

/** Waits until the pager says the list holds `total` sessions. */
async function waitForTotal(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document
        .querySelector('nav[aria-label="Pages of sessions"] p')
        ?.textContent?.endsWith(` of ${expected}`),
    total,
  );
  await settledRows(page);
}

/** The dispatcher's own list answer for `params`, as the admin of acme. */
async function dispatcherPage(params: Record<string, string>): Promise<SessionPage> {
  const reply = await dispatcher(suite.stack).list(params);
  if (reply.status !== 200) throw new Error(`list: ${reply.status}`);
  return reply.body;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('agents at a glance', () => {
  test('the panel lists the agents heaviest first after the first rows; choosing one filters the list and the URL; Select all N', async () => {
    const { page, requests, uncaught } = await suite.open();
    await waitForRows(page);
    await panel(page).waitFor();

    // The dispatcher's numbers, every agent holding a session (a tenant of ten fits the compact panel).
    const reply = await dispatcher(suite.stack).get<AgentWorkloadPage>('sessions/agents', {
      stuckAfterMinutes: 30,
    });
    const expected = reply.body.items.map((w): [string, number] => [w.agent.name, w.sessions]);
    expect(expected.length).toBeGreaterThan(3);
    const shown = await panelRows(page);
    expect(new Map(shown)).toEqual(new Map(expected));
    const sessions = shown.map(([, count]) => count);
    expect(sessions).toEqual([...sessions].sort((a, b) => b - a));
    // Heaviest first: the agent who went off-shift and left the most sessions.
    const heaviest = offShiftAgentOf('acme');
    if (!heaviest) throw new Error('the data set has an off-shift agent in acme');
    expect(shown[0]?.[0]).toBe(heaviest.name);
    const count = shown[0]?.[1] ?? 0;

    // The panel's code and numbers came after the first list request.
    const urls = requests.all().map((request) => request.url());
    const firstList = urls.findIndex((url) => /\/sessions\?/.test(url));
    const chunk = urls.findIndex((url) => /\/after-rows-agents\.[0-9a-f]+\.js$/.test(url));
    const workload = urls.findIndex((url) => /\/sessions\/agents\?/.test(url));
    expect(firstList).toBeGreaterThanOrEqual(0);
    expect(chunk).toBeGreaterThan(firstList);
    expect(workload).toBeGreaterThan(chunk);

    // Choosing the heaviest agent filters the list to their sessions, in the URL.
    const choose = panel(page).getByRole('button', { name: `Show only the sessions of ${heaviest.name}` });
    await choose.click();
    await page.waitForFunction(
      (id) => new URL(window.location.href).searchParams.get('agent') === id,
      heaviest.id,
    );
    expect(await choose.getAttribute('aria-pressed')).toBe('true');
    await waitForTotal(page, count);
    const last = requests.listCalls(suite.stack.host.dispatcherBaseUrl).at(-1);
    expect(last?.searchParams.get('agent')).toBe(heaviest.id);
    expect(last?.searchParams.get('state')).toBe('WITH_AGENT');
    expect(
      await page
        .getByRole('button', { name: `Agent: ${heaviest.name}. Show the sessions of every agent` })
        .count(),
    ).toBe(1);

    // Select all N, one step away: every one of their sessions, across pages.
    await panel(page)
      .getByRole('button', { name: `Select all ${count}` })
      .click();
    await page.getByTestId('bulk-bar').getByText(`${count} sessions selected`).waitFor();
    expect(await page.getByRole('button', { name: `Release ${count} sessions` }).count()).toBe(1);
    expect(uncaught).toEqual([]);
  });

  test.each([404, 501])(
    'a dispatcher answering %i for the workload shows no panel, and the list as ever',
    async (status) => {
      await setFault(suite.stack.host.simulatorUrl, 'agents', { mode: 'status', status });
      const { page, requests, uncaught } = await suite.open();
      const rows = await waitForRows(page);
      const asked = () => requests.all().filter((request) => /\/sessions\/agents\?/.test(request.url()));
      await until('the page asked for the workload', () => asked().length > 0);
      const answers = await Promise.all(asked().map((request) => request.response()));
      expect(answers.map((answer) => answer?.status())).toContain(status);
      // The panel's code is here and has heard the answer: still no panel, and the page as without it.
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((entry) => /after-rows-agents/.test(entry.name)),
      );
      await settledRows(page);
      expect(await panel(page).count()).toBe(0);
      expect(await rows.count()).toBeGreaterThan(0);
      // Nothing said of it: the page's alert regions are as empty as ever.
      expect((await page.getByRole('alert').allTextContents()).join('')).toBe('');
      expect(uncaught).toEqual([]);
    },
  );
});

describe('narrower filters', () => {
  test('a set of states and a channel narrow the list and its counts, survive a reload, and one Reset clears them', async () => {
    const { page, requests, uncaught } = await suite.open(`${ACTIVE_SESSIONS}?view=all`);
    await waitForRows(page);
    const box = (label: string) =>
      page.getByTestId('state-filter').getByRole('checkbox', { name: new RegExp(`^${label} \\d+$`) });
    const boxText = (label: string) =>
      page
        .getByTestId('state-filter')
        .locator('label')
        .filter({ hasText: new RegExp(`^${label} \\d+$`) })
        .textContent();
    const channel = page.getByRole('combobox', { name: 'Channel' });
    const chipAll = page.getByRole('button', { name: /^All \d+$/ });

    // Every state to begin with; taking two away leaves three, asked of the dispatcher.
    for (const label of ['Open', 'Active', 'Awaiting user', 'Processing', 'With agent']) {
      expect(await box(label).isChecked()).toBe(true);
    }
    await box('With agent').uncheck();
    await box('Processing').uncheck();
    await page.waitForFunction(
      () => new URL(window.location.href).searchParams.get('state') === 'OPEN,ACTIVE,AWAITING_USER',
    );
    const three = await dispatcherPage({ state: 'OPEN,ACTIVE,AWAITING_USER' });
    expect(three.total).toBeGreaterThan(0);
    await waitForTotal(page, three.total);
    const states = await page
      .locator(`${ROW} [data-state]`)
      .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-state')));
    expect(new Set(states)).toEqual(new Set(['OPEN', 'ACTIVE', 'AWAITING_USER']));

    // The channel narrows the list and every count the page shows, the chips' and the boxes'.
    await channel.selectOption('EMAIL');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('channel') === 'EMAIL');
    const email = await dispatcherPage({ state: 'OPEN,ACTIVE,AWAITING_USER', channel: 'EMAIL' });
    expect(email.total).toBeLessThan(three.total);
    await waitForTotal(page, email.total);
    const expectCounts = async (counts: SessionPage['counts']) => {
      expect(await chipAll.textContent()).toBe(`All ${sum(counts)}`);
      expect(await boxText('Open')).toBe(`Open ${counts.OPEN}`);
      expect(await boxText('With agent')).toBe(`With agent ${counts.WITH_AGENT}`);
    };
    await expectCounts(email.counts);
    expect(sum(email.counts)).toBeLessThan(sum(three.counts));
    const sent = requests.listCalls(suite.stack.host.dispatcherBaseUrl).at(-1);
    expect([sent?.searchParams.get('state'), sent?.searchParams.get('channel')]).toEqual([
      'OPEN,ACTIVE,AWAITING_USER',
      'EMAIL',
    ]);

    // A reload finds the same list: the URL holds the filters.
    const url = page.url();
    await page.reload();
    await waitForTotal(page, email.total);
    expect(page.url()).toBe(url);
    expect(await box('With agent').isChecked()).toBe(false);
    expect(await box('Processing').isChecked()).toBe(false);
    expect(await box('Open').isChecked()).toBe(true);
    expect(await channel.inputValue()).toBe('EMAIL');
    await expectCounts(email.counts);

    // One action clears them: every state, every channel, the whole list and its counts again.
    await page.getByRole('button', { name: 'Reset filters' }).click();
    const everything = await dispatcherPage({});
    await waitForTotal(page, everything.total);
    expect([searchParam(page, 'state'), searchParam(page, 'channel'), searchParam(page, 'view')]).toEqual([
      null,
      null,
      'all',
    ]);
    for (const label of ['Open', 'Active', 'Awaiting user', 'Processing', 'With agent']) {
      expect(await box(label).isChecked()).toBe(true);
    }
    expect(await channel.inputValue()).toBe('');
    await expectCounts(everything.counts);
    expect(await page.getByRole('button', { name: 'Reset filters' }).count()).toBe(0);
    expect(uncaught).toEqual([]);
  });
});
