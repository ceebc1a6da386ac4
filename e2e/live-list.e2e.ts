// The live list in Chromium against the simulator over HTTP: what another administrator or the
// dispatcher changes shows without any action (on the console's change feed at once, else at the next
// check within 5 s), an unchanged tenant costs only 304s, nothing moves under the administrator's
// hand while changes wait, and stuck is measured from the hand-off. Time runs on the page's clock
// (playwright's), never on the wall.
import type { Page, Response } from 'playwright-core';
import type { Session, SessionPage } from '../src/contract';
import { identityHeaders, openSession, reset, setSessionState } from '../mock-host/simulator/control';
import { pauseClock, ROW, waitForRows } from './support/page';
import { tableBusy, until } from './support/reliability';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile, type Suite } from './support/suite';

jest.setTimeout(90_000);

/** The dispatcher's own answer to a list query, as the admin of acme. */
async function dispatcherList(suite: Suite, query: Record<string, string>): Promise<SessionPage> {
  const url = new URL('sessions', suite.stack.host.dispatcherBaseUrl);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(url, { headers: identityHeaders('acme', 'admin') });
  return (await response.json()) as SessionPage;
}

/** Another administrator releases `id`, through the dispatcher as their console would. */
async function releasedElsewhere(suite: Suite, id: string): Promise<void> {
  const response = await fetch(
    new URL(`sessions/${encodeURIComponent(id)}/release`, suite.stack.host.dispatcherBaseUrl),
    {
      method: 'POST',
      headers: {
        ...identityHeaders('acme', 'admin'),
        'Content-Type': 'application/json',
        'Idempotency-Key': `elsewhere-${id}`,
      },
      body: JSON.stringify({ notes: 'released by another administrator' }),
    },
  );
  if (!response.ok) throw new Error(`release answered ${response.status}`);
}

/** The list answers the page receives from now on (status and body size), and a wait for the n-th. */
function listAnswers(page: Page, dispatcherBaseUrl: string) {
  const answers: Array<{ status: number; bytes: number }> = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const record = (answer: { status: number; bytes: number }) => {
    answers.push(answer);
    for (const wait of waiting.filter(({ count }) => answers.length >= count)) wait.resolve();
  };
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (!url.href.startsWith(dispatcherBaseUrl) || !url.pathname.endsWith('/sessions')) return;
    if (response.request().method() !== 'GET') return;
    void response.body().then(
      (body) => record({ status: response.status(), bytes: body.length }),
      () => record({ status: response.status(), bytes: 0 }),
    );
  });
  return {
    answers,
    /** Resolves once `count` answers are in. */
    received: (count: number) =>
      answers.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.push({ count, resolve })),
  };
}

const stateCell = (page: Page, id: string) => page.locator(`${ROW}[data-session-id="${id}"] td`).nth(3);

describe('with the console’s change feed', () => {
  const suite = stackPerFile();
  beforeEach(() => reset(suite.stack.host.simulatorUrl));

  test('another administrator’s release shows at once, with no action and no time passing on the page', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS, {}, { clock: true });
    await waitForRows(page);
    await pauseClock(page);
    const id = await page
      .locator(`${ROW}:has(button[aria-label^="Release session with"]:not([aria-disabled]))`)
      .first()
      .getAttribute('data-session-id');
    if (!id) throw new Error('no releasable row');
    await releasedElsewhere(suite, id);
    await expectText(page, stateCell(page, id), /Unassigned/);
    await expectAttribute(page, `${ROW}[data-session-id="${id}"]`, 'data-changed', 'true');
  });

  test('an unchanged tenant left open for 10 minutes costs at most one check a minute, each a 304', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS, {}, { clock: true });
    await waitForRows(page);
    await pauseClock(page);
    const { answers, received } = listAnswers(page, suite.stack.host.dispatcherBaseUrl);
    for (let minute = 1; minute <= 10; minute += 1) {
      await page.clock.runFor(60_000);
      await received(minute);
      await handled(page);
    }
    expect(answers).toHaveLength(10);
    expect(answers.filter((answer) => answer.status !== 304)).toEqual([]);
    expect(answers.reduce((sum, answer) => sum + answer.bytes, 0)).toBe(0);
  });

  test('a new session waits behind one notice while a session is chosen; no row moves; Show brings it', async () => {
    const { page } = await suite.open(`${ACTIVE_SESSIONS}?view=all`, {}, { clock: true });
    await waitForRows(page);
    await pauseClock(page);
    const box = page.getByRole('checkbox', { name: /^Select session with / }).first();
    await box.check();
    const chosenRow = page.locator(`${ROW}:has(input[type="checkbox"]:checked)`);
    const before = await chosenRow.boundingBox();
    const firstBefore = await page.locator(ROW).first().getAttribute('data-session-id');
    const opened: Session = await openSession(suite.stack.host.simulatorUrl, 'acme');
    await page.getByTestId('waiting-changes').waitFor();
    expect(await page.getByTestId('waiting-changes').textContent()).toMatch(/1 new session/);
    expect(await page.locator(ROW).first().getAttribute('data-session-id')).toBe(firstBefore);
    expect(await chosenRow.boundingBox()).toEqual(before);
    expect(await box.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.locator(`${ROW}[data-session-id="${opened.id}"]`).waitFor();
    expect(await page.locator(ROW).first().getAttribute('data-session-id')).toBe(opened.id);
  });

  test('a session opened days ago and just handed to an agent is not stuck; an hour with its agent is', async () => {
    const sim = suite.stack.host.simulatorUrl;
    const query = { state: 'AWAITING_USER', sort: 'startedAt', order: 'asc', limit: '1' };
    const awaiting = (await dispatcherList(suite, query)).items[0];
    if (!awaiting) throw new Error('no session awaiting the contact');
    expect(Date.now() - Date.parse(awaiting.startedAt)).toBeGreaterThan(60 * 60_000);
    // Shortest held first: the hand-off comes in on top.
    const { page } = await suite.open(`${ACTIVE_SESSIONS}?sort=held&dir=asc`);
    await waitForRows(page);
    await setSessionState(sim, 'acme', awaiting.id, 'WITH_AGENT', 'acme-agt-1');
    const row = page.locator(`${ROW}[data-session-id="${awaiting.id}"]`);
    await row.waitFor();
    expect(await stateCell(page, awaiting.id).textContent()).toMatch(/With agent/);
    expect(await row.textContent()).not.toMatch(/Stuck/);
    // Held longest first, the first session has been with its agent for over an hour: stuck.
    await page.getByRole('button', { name: 'In state for' }).click();
    await page.locator(ROW).first().filter({ hasText: 'Stuck' }).waitFor();
    expect(await page.locator(ROW).first().getAttribute('data-session-id')).not.toBe(awaiting.id);
  });

  test('a release from the page says Unassigned at once, takes the Stuck marker away and the Stuck count down', async () => {
    const { page } = await suite.open();
    await waitForRows(page);
    const stuckChip = page.getByRole('button', { name: /^Stuck \d+$/ });
    const stuckBefore = Number((await stuckChip.textContent())?.match(/\d+$/)?.[0]);
    const row = page
      .locator(
        `${ROW}:has-text("Stuck"):has(button[aria-label^="Release session with"]:not([aria-disabled]))`,
      )
      .first();
    const id = await row.getAttribute('data-session-id');
    if (!id) throw new Error('no stuck row');
    await row.getByRole('button', { name: /^Release session with / }).click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await expectText(page, stateCell(page, id), /Unassigned/);
    expect(await stateCell(page, id).textContent()).not.toMatch(/Stuck/);
    await expectText(page, stuckChip, new RegExp(`^Stuck ${stuckBefore - 1}$`));
  });
});

describe('without a change feed: the page checks every 5 s', () => {
  const suite = stackPerFile({ config: (generated) => ({ ...generated, changeFeed: false }) });
  beforeEach(() => reset(suite.stack.host.simulatorUrl));

  test('another administrator’s release shows within 5 s of the page’s time, with no action', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS, {}, { clock: true });
    await waitForRows(page);
    await pauseClock(page);
    const id = await page
      .locator(`${ROW}:has(button[aria-label^="Release session with"]:not([aria-disabled]))`)
      .first()
      .getAttribute('data-session-id');
    if (!id) throw new Error('no releasable row');
    await releasedElsewhere(suite, id);
    expect(await stateCell(page, id).textContent()).not.toMatch(/Unassigned/);
    await page.clock.runFor(5_000);
    await expectText(page, stateCell(page, id), /Unassigned/);
  });

  test('an unchanged tenant costs one check per 5 s, each a 304 with no body', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS, {}, { clock: true });
    await waitForRows(page);
    await pauseClock(page);
    const { answers, received } = listAnswers(page, suite.stack.host.dispatcherBaseUrl);
    for (let i = 1; i <= 12; i += 1) {
      await page.clock.runFor(5_000);
      await received(i);
      await handled(page);
    }
    expect(answers).toHaveLength(12);
    expect(answers.every((answer) => answer.status === 304 && answer.bytes === 0)).toBe(true);
  });
});

/**
 * The page has handled the list's answer (the table no longer busy), and so planned its next check:
 * a paused clock moved on before that would pass the check's time with none planned.
 */
function handled(page: Page): Promise<void> {
  return until('the page has handled the answer', async () => !(await tableBusy(page)), { everyMs: 10 });
}

async function expectText(page: Page, locator: ReturnType<Page['locator']>, pattern: RegExp) {
  await page.waitForFunction(
    ({ element, source, flags }) => new RegExp(source, flags).test(element?.textContent ?? ''),
    { element: await locator.elementHandle(), source: pattern.source, flags: pattern.flags },
  );
}

async function expectAttribute(page: Page, selector: string, name: string, value: string) {
  await page.waitForFunction(
    ({ selector, name, value }) => document.querySelector(selector)?.getAttribute(name) === value,
    { selector, name, value },
  );
}
