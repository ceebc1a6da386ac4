// Access in Chromium: a user without communications.access gets no menu entry, a page that says what
// is missing and no request, and the dispatcher refuses a release sent around the page; a tenant or
// user switch leaves no row, count or pending request of the previous identity; the module runs under
// the console's strict CSP without a violation; and nothing it writes to the console or reports as an
// error carries a phone number, an email address or notes.
import type { Page, Request } from 'playwright-core';
import type { Session } from '../src/contract/dispatcher-api';
import { clearFaults, releaseHeld, reset, resetStats, setFault } from '../mock-host/simulator/control';
import {
  dispatcher,
  firstPage,
  listAll,
  recordPageOutput,
  releasableRow,
  releasedEntries,
  settledRows,
  shownIds,
  stats,
  until,
} from './support/reliability';
import { isListCall, listRequestsStarted, recordRequestsInPage, requestLog } from './support/request-log';
import { ACTIVE_SESSIONS, type Identity, type Stack, startStack, withIdentity } from './support/stack';

jest.setTimeout(90_000);

let stack: Stack;
let sim: string;

beforeAll(async () => {
  stack = await startStack();
  sim = stack.host.simulatorUrl;
});

beforeEach(async () => {
  await reset(sim);
  stack.host.clearCspViolations();
});

afterAll(async () => {
  await stack?.close();
});

/** A page as `identity`; its clock is playwright's, so a test can move the page's time on. */
async function open(identity: Identity, path = ACTIVE_SESSIONS): Promise<Page> {
  const context = await stack.context();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.clock.install();
  await recordRequestsInPage(page);
  await page.goto(withIdentity(`${stack.host.hostUrl}${path}`, identity));
  return page;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Main' });
/** The number a chip shows, e.g. "With agent 57" → 57. */
async function chipCount(page: Page, name: 'With agent' | 'All'): Promise<number> {
  const text =
    (await page.getByRole('button', { name: new RegExp(`^${name} [\\d,]+$`) }).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

describe('without communications.access', () => {
  test('no menu entry, the page names the missing permission, and no request is made', async () => {
    await resetStats(sim);
    const page = await open({ user: 'agent', tenant: 'acme' });
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'You need the permission communications.access' });
    await notice.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Active Sessions' }).waitFor();
    // The menu is drawn by now (the module's manifest said where the page lives): no entry for this user.
    await menu(page).getByRole('link', { name: 'Handoff Inbox' }).waitFor();
    expect(await menu(page).getByRole('link', { name: 'Active Sessions' }).count()).toBe(0);
    expect(await page.locator('[data-testid="sessions-table"]').count()).toBe(0);
    const now = await stats(stack);
    expect(now.requests).toMatchObject({ list: 0, release: 0 });
    // An administrator of the same console does get the entry.
    const adminPage = await open({ user: 'admin', tenant: 'acme' }, '/');
    await menu(adminPage).getByRole('link', { name: 'Active Sessions' }).waitFor();
    await page.context().close();
    await adminPage.context().close();
  });

  test('the dispatcher answers 403 to a release sent around the page, and nothing changes', async () => {
    const asAdmin = dispatcher(stack, 'acme', 'admin');
    const asAgent = dispatcher(stack, 'acme', 'agent');
    const target = (await listAll(asAdmin, { state: 'WITH_AGENT' })).find((session) => session.agent);
    if (!target) throw new Error('no assigned session');
    const before = await releasedEntries(asAdmin, target.id);
    const answer = await asAgent.release(target.id, { notes: 'sent around the page' });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('FORBIDDEN');
    expect((await asAdmin.get<Session>(`sessions/${target.id}`)).body.agent).toEqual(target.agent);
    expect(await releasedEntries(asAdmin, target.id)).toEqual(before);
    expect((await stats(stack)).releasesPerformed).toBe(0);
  });
});

describe('switching tenant or user in the console', () => {
  test('shows only the new tenant’s sessions: no row, count or pending request of the previous one survives', async () => {
    const acmeIds = new Set((await listAll(dispatcher(stack, 'acme'))).map((session) => session.id));
    const globexApi = dispatcher(stack, 'globex');
    const globexIds = new Set((await listAll(globexApi)).map((session) => session.id));
    // The With agent view opens oldest first.
    const globexFirst = await firstPage(globexApi, { state: 'WITH_AGENT', sort: 'heldSince', order: 'asc' });

    const page = await open({ user: 'admin', tenant: 'acme' });
    await settledRows(page);
    const listRequests: Array<{ request: Request; tenant: string | undefined; failure?: string }> = [];
    page.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname.endsWith('/sessions')) {
        listRequests.push({ request, tenant: request.headers()['x-tenant-id'] });
      }
    });
    page.on('requestfailed', (request) => {
      const entry = listRequests.find((item) => item.request === request);
      if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
    });

    // acme's next list answer is held at the dispatcher: still pending when the administrator switches.
    await setFault(sim, 'list', { mode: 'hold', times: 1 });
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await until('acme’s list request is pending', async () => (await stats(stack)).inFlight.list === 1);
    // From here on, every row the page adds (or re-labels) is recorded.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __seenIds: Set<string> }).__seenIds = seen;
      const record = (node: Node) => {
        if (!(node instanceof Element)) return;
        const id = node.getAttribute('data-session-id');
        if (id !== null) seen.add(id);
        for (const row of node.querySelectorAll('[data-session-id]'))
          seen.add(row.getAttribute('data-session-id') ?? '');
      };
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          if (mutation.type === 'attributes') record(mutation.target);
          for (const node of mutation.addedNodes) record(node);
        }
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-session-id'],
      });
    });
    await page.getByLabel('Tenant').selectOption('globex');
    await settledRows(page);

    const check = async () => {
      expect(await shownIds(page)).toEqual(globexFirst.items.map((session) => session.id));
      expect(await chipCount(page, 'With agent')).toBe(globexFirst.counts.WITH_AGENT);
      expect(await chipCount(page, 'All')).toBe(Object.values(globexFirst.counts).reduce((a, b) => a + b, 0));
      const seen = await page.evaluate(() => [
        ...(window as unknown as { __seenIds: Set<string> }).__seenIds,
      ]);
      expect(seen.filter((id) => acmeIds.has(id))).toEqual([]);
      expect(seen.filter((id) => !globexIds.has(id))).toEqual([]);
    };
    await check();
    // acme's request was cancelled by the page before it asked anything as globex (not ended later by
    // the client's timeout), and the dispatcher saw its connection close: no answer to it can arrive…
    const { requests, events } = await requestLog(page);
    const lists = requests
      .map((request, index) => ({ index, tenant: request.headers['x-tenant-id'], request }))
      .filter(({ request }) => isListCall(request, stack.host.dispatcherBaseUrl));
    const acme = lists.filter(({ tenant }) => tenant === 'acme').at(-1);
    const firstGlobex = lists.find(({ tenant }) => tenant === 'globex');
    if (!acme || !firstGlobex) throw new Error(`list calls seen in the page: ${JSON.stringify(lists)}`);
    const aborted = events.indexOf(`abort ${acme.index}`);
    expect(aborted).toBeGreaterThanOrEqual(0);
    expect(aborted).toBeLessThan(events.indexOf(`send ${firstGlobex.index}`));
    const acmeRequest = () => listRequests.find((item) => item.tenant === 'acme');
    await until('acme’s request has ended in the browser', () => acmeRequest()?.failure !== undefined);
    expect(acmeRequest()?.failure).toMatch(/ERR_ABORTED|cancel/i);
    await until(
      'acme’s request has left the dispatcher',
      async () => (await stats(stack)).inFlight.list === 0,
    );
    expect(await releaseHeld(sim)).toEqual({ released: 0 });
    expect(listRequests.filter((item) => item.tenant === 'globex').length).toBeGreaterThan(0);
    // …and a minute of the page's own time later (auto-refreshes, any timer of the previous
    // identity), nothing of acme has appeared and no request has gone out as acme.
    await page.clock.runFor(60_000);
    await settledRows(page);
    await check();
    expect(listRequests.filter((item) => item.tenant === 'acme')).toHaveLength(1);

    // Another user without the permission: the rows go, nothing is asked for them, then or later.
    await resetStats(sim);
    const listsBefore = await listRequestsStarted(page, stack.host.dispatcherBaseUrl);
    await page.getByLabel('User').selectOption('agent');
    await page
      .getByRole('alert')
      .filter({ hasText: 'You need the permission communications.access' })
      .waitFor();
    expect(await page.locator('[data-session-id]').count()).toBe(0);
    await page.clock.runFor(60_000);
    expect(await listRequestsStarted(page, stack.host.dispatcherBaseUrl)).toBe(listsBefore);
    expect((await stats(stack)).requests.list).toBe(0);
    await clearFaults(sim);
    await page.context().close();
  });
});

describe('the console’s strict CSP', () => {
  test('a full flow (list, chips, sort, search, dialog, release) causes no violation', async () => {
    const page = await open({ user: 'admin', tenant: 'acme' });
    const response = await page.reload();
    const policy = (await response?.headerValue('content-security-policy')) ?? '';
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await settledRows(page);
    await page.getByRole('button', { name: /^All\b/ }).click();
    await settledRows(page);
    await page.getByRole('button', { name: /^Duration/ }).click();
    await settledRows(page);
    await page.getByRole('button', { name: /^Duration/ }).click();
    await settledRows(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('example');
    await page.waitForURL(/q=example/);
    await settledRows(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.waitForURL((url) => !url.search.includes('q='));
    await page.getByRole('button', { name: /^With agent\b/ }).click();
    await settledRows(page);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Agent' }).check();
    // Closed again, so the menu does not lie over the first rows.
    await page.getByText('Columns', { exact: true }).click();
    const row = await releasableRow(page);
    await row.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('CSP check');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await row.button.click();
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await page.getByTestId('status').filter({ hasText: 'Released:' }).waitFor();
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await settledRows(page);
    expect(stack.host.cspViolations()).toEqual([]);

    // The check is live: an inline script the policy blocks is reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
    });
    await until('the blocked inline script is reported', () => stack.host.cspViolations().length > 0);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await page.context().close();
  });
});

describe('what the module writes to the console in Chromium', () => {
  test('carries no phone, email or notes through bad props, failing lists and releases, and hostile data', async () => {
    const notes = 'Privacy check: call back on +44 7700 900321 or privacy.check@example.net';
    const personal = new Set<string>([notes, '+44 7700 900321', 'privacy.check@example.net']);
    for (const tenant of ['acme', 'evil']) {
      for (const session of await listAll(dispatcher(stack, tenant))) {
        for (const value of [session.contact.phone, session.contact.email]) if (value) personal.add(value);
      }
    }
    const page = await open({ user: 'admin', tenant: 'acme' });
    const output = recordPageOutput(page);
    await settledRows(page);

    // Bad props, straight to the module's lifecycles as a careless host would pass them.
    const someone = [...personal].find((value) => value.includes('@')) ?? '';
    await page.evaluate(
      async ({ email, phone }) => {
        type Lifecycles = Record<'bootstrap' | 'mount' | 'unmount', (props: unknown) => Promise<unknown>>;
        const federation = (
          window as unknown as {
            __FEDERATION__: { __INSTANCES__: Array<{ loadRemote(id: string): Promise<unknown> }> };
          }
        ).__FEDERATION__;
        const instance = federation.__INSTANCES__[0];
        if (!instance) throw new Error('no federation instance');
        const app = (await instance.loadRemote('active_sessions/app')) as Lifecycles;
        const props = {
          name: 'privacy-probe',
          singleSpa: {},
          mountParcel: () => undefined,
          dispatcherClient: { baseURL: `https://x.example/${email}`, phone },
          hasPermission: email,
          locale: `${phone} ${email}`,
          timeZone: email,
          navigate: phone,
          stuckAfterMinutes: phone,
        };
        await app.bootstrap(props);
        await app.mount(props);
        await app.unmount(props);
      },
      { email: someone, phone: '+44 7700 900321' },
    );
    expect(output.console.some((line) => line.includes('[active_sessions] cannot start'))).toBe(true);

    // The list failing in several ways.
    for (const fault of [{ mode: 'status', status: 500 }, { mode: 'drop' }, { mode: 'not-json' }] as const) {
      await setFault(sim, 'list', fault);
      await page.getByRole('button', { name: 'Refresh', exact: true }).click();
      await page.getByTestId('list-error').waitFor();
      await clearFaults(sim);
      await page.getByTestId('list-error').getByRole('button', { name: 'Retry' }).click();
      await page.getByTestId('list-error').waitFor({ state: 'detached' });
    }

    // A release with notes failing, its answer lost, then going through.
    const row = await releasableRow(page);
    personal.add(row.contact);
    await setFault(sim, 'release', { mode: 'status', status: 503, times: 1 });
    await row.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.getByRole('textbox', { name: 'Notes' }).fill(notes);
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'HTTP 503' }).waitFor();
    // Every attempt dropped, so that Chromium's own resend of a dropped request is dropped too.
    await setFault(sim, 'release', { mode: 'act-then-drop' });
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'may or may not' }).waitFor();
    await clearFaults(sim);
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The hostile tenant.
    await page.getByLabel('Tenant').selectOption('evil');
    await settledRows(page);

    const said = [...output.console, ...output.errors]
      // Chromium's own network log line names a URL, never data the module wrote; kept out by rule.
      .filter((line) => !line.startsWith('error: Failed to load resource'));
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) {
      for (const value of personal) expect(line).not.toContain(value);
      expect(line).not.toMatch(/\+\d[\d ]{7,}\d/);
      expect(line).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    }
    await page.context().close();
  });
});
