import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, deferred, FakeDispatcherClient } from '../../test/fake-dispatcher-client';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function renderPage(
  sessions: Session[],
  props: Record<string, unknown> = {},
  prepare: (fake: FakeDispatcherClient) => void = () => undefined,
) {
  const fake = new FakeDispatcherClient(sessions);
  prepare(fake);
  // As a single-spa host's navigateToUrl does for a same-origin path.
  const navigate = jest.fn((path: string) => window.history.pushState(null, '', path));
  const hasPermission = jest.fn((p: string) => p === 'communications.access');
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Root
      dispatcherClient={fake.client}
      hasPermission={hasPermission}
      navigate={navigate}
      locale="en-GB"
      timeZone="UTC"
      {...props}
    />,
  );
  return { fake, navigate, hasPermission, user, ...view };
}

const rows = () => screen.getAllByTestId('session-row');
const table = () => screen.getByRole('table');

beforeEach(() => {
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});

describe('Active Sessions page', () => {
  it('shows the heading and asks for WITH_AGENT sessions first, those held longest first', async () => {
    const { fake } = renderPage([aSession(), aSession({ state: 'OPEN', agent: null })]);
    expect(screen.getByRole('heading', { level: 1, name: 'Active Sessions' })).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(fake.listCalls()[0]?.params).toMatchObject({
      state: 'WITH_AGENT',
      sort: 'heldSince',
      order: 'asc',
      limit: '50',
      stuckAfterMinutes: '30',
    });
  });

  it('without communications.access says which permission is missing and calls nothing', () => {
    const { fake } = renderPage([aSession()], { hasPermission: () => false });
    expect(screen.getByRole('heading', { name: 'Active Sessions' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('communications.access');
    expect(fake.calls).toHaveLength(0);
  });

  it('shows the spec’s columns with contact, Business Partner, channel, state, start and duration', async () => {
    const session = aSession({
      channel: 'EMAIL',
      contact: { email: 'ana@example.com', businessPartner: { id: 'bp', name: 'Acme Ltd' } },
      startedAt: '2026-11-25T09:30:00.000Z',
    });
    renderPage([session]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
    // The first column holds the boxes that choose sessions for a bulk release.
    expect(headers).toEqual([
      '',
      'Phone / Contact',
      'Channel',
      'State',
      'Started At',
      'Duration',
      'In state for',
      'Actions',
    ]);
    expect(within(table()).getAllByRole('columnheader')[0]).toContainElement(
      screen.getByRole('checkbox', { name: 'Select every session on this page that can be released' }),
    );
    for (const name of ['Phone / Contact', 'Channel', 'State', 'Started At', 'Duration', 'In state for']) {
      expect(screen.getByRole('columnheader', { name })).toHaveAttribute('aria-sort');
    }
    const cells = within(rows()[0] as HTMLElement)
      .getAllByRole('cell')
      .slice(1);
    expect(cells[0]).toHaveTextContent('ana@example.comAcme Ltd');
    expect(cells[1]).toHaveTextContent('Email');
    expect(cells[2]).toHaveTextContent('With agentSam Agent');
    expect(within(cells[3] as HTMLElement).getByText('25 Nov, 09:30')).toHaveAttribute(
      'title',
      expect.stringMatching(/Wednesday.*25 November 2026.*09:30:00.*Coordinated Universal Time/),
    );
    expect(cells[4]?.textContent).toMatch(/^\d+[dhms]/);
    // Neither the hand-off nor the assignment is known here: In state for counts from the start.
    expect(cells[5]?.querySelector('time')?.textContent).toBe(cells[4]?.textContent);
  });

  it('shows the start time in the host’s time zone', async () => {
    renderPage([aSession({ startedAt: '2026-11-25T09:30:00.000Z' })], { timeZone: 'Asia/Tokyo' });
    await waitFor(() => expect(screen.getByText('25 Nov, 18:30')).toBeInTheDocument());
  });

  it('never shows a terminal session, even when the API sends one', async () => {
    renderPage([], {}, (fake) =>
      fake.script.list.push({
        body: {
          items: [
            aSession({ id: 'live' }),
            aSession({ id: 'done', state: 'RESOLVED' }),
            aSession({ id: 'gone', state: 'EXPIRED' }),
          ],
          nextCursor: null,
          total: 3,
          counts: { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 1 },
          serverTime: new Date().toISOString(),
        },
      }),
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveAttribute('data-session-id', 'live');
  });

  it('offers the chips as toggle buttons with counts, and All lists every non-terminal state', async () => {
    const { fake, user } = renderPage([
      aSession(),
      aSession({ state: 'OPEN', agent: null }),
      aSession({ state: 'PROCESSING', agent: null }),
      aSession({ state: 'AWAITING_USER', agent: null }),
    ]);
    const withAgent = await screen.findByRole('button', { name: /^With agent 1$/ });
    const all = screen.getByRole('button', { name: /^All 4$/ });
    expect(withAgent).toHaveAttribute('aria-pressed', 'true');
    expect(all).toHaveAttribute('aria-pressed', 'false');
    await user.click(all);
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(all).toHaveAttribute('aria-pressed', 'true');
    expect(fake.listCalls().at(-1)?.params.state).toBeUndefined();
    expect(window.location.search).toBe('?view=all');
  });

  it('sorts by Duration on the server, oldest first, and says so in aria-sort', async () => {
    const { fake, user } = renderPage([
      aSession({ startedAt: minutesAgo(5) }),
      aSession({ startedAt: minutesAgo(90) }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    // The With agent view opens with the sessions held longest first.
    expect(fake.listCalls()[0]?.params).toMatchObject({ sort: 'heldSince', order: 'asc' });
    expect(screen.getByRole('columnheader', { name: 'In state for' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: 'Duration' })).toHaveAttribute('aria-sort', 'none');
    // Duration, longest first: the server sorts by start, oldest first.
    await user.click(screen.getByRole('button', { name: 'Duration' }));
    await waitFor(() =>
      expect(fake.listCalls().at(-1)?.params).toMatchObject({ sort: 'startedAt', order: 'asc' }),
    );
    expect(screen.getByRole('columnheader', { name: 'Duration' })).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() =>
      expect(within(rows()[0] as HTMLElement).getAllByRole('cell')[5]).toHaveTextContent(/^1h 30m/),
    );
    await user.click(screen.getByRole('button', { name: 'Duration' }));
    await waitFor(() =>
      expect(fake.listCalls().at(-1)?.params).toMatchObject({ sort: 'startedAt', order: 'desc' }),
    );
    expect(screen.getByRole('columnheader', { name: 'Duration' })).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() =>
      expect(within(rows()[0] as HTMLElement).getAllByRole('cell')[5]).toHaveTextContent(/^5m/),
    );
    expect(window.location.search).toBe('?sort=duration&dir=asc');
  });

  it('keeps focus on the header a keyboard user sorted by, while the new order loads', async () => {
    const { fake, user } = renderPage([
      aSession({ id: 'newer', startedAt: minutesAgo(5) }),
      aSession({ id: 'older', startedAt: minutesAgo(90) }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    // The With agent view opens held longest first; Enter on In state for turns it to shortest first.
    expect(rows().map((row) => row.dataset.sessionId)).toEqual(['older', 'newer']);
    // The answer to the sorted request is held back, so the page is looked at while it loads.
    const answer = deferred();
    fake.script.list.push({ until: answer.promise });
    const held = screen.getByRole('button', { name: 'In state for' });
    held.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.listCalls()).toHaveLength(2));
    expect(fake.listCalls()[1]?.params).toMatchObject({ sort: 'heldSince', order: 'desc' });
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'In state for' })).toHaveFocus();
    await act(async () => answer.resolve());
    await waitFor(() => expect(rows().map((row) => row.dataset.sessionId)).toEqual(['newer', 'older']));
    expect(table()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('button', { name: 'In state for' })).toHaveFocus();
  });

  it('restores chip, sort and search from the URL', async () => {
    window.history.replaceState(
      null,
      '',
      '/communications/sessions/active?view=all&sort=duration&dir=desc&q=acme',
    );
    const { fake } = renderPage([aSession()]);
    await waitFor(() => expect(fake.listCalls()).toHaveLength(1));
    expect(fake.listCalls()[0]?.params).toEqual({
      sort: 'startedAt',
      order: 'asc',
      limit: '50',
      q: 'acme',
      stuckAfterMinutes: '30',
      stuckBefore: expect.any(String),
    });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('acme');
    expect(screen.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('searches on the server once typing pauses', async () => {
    const { fake, user } = renderPage([
      aSession({ contact: { phone: '+1 555 0100', businessPartner: { id: 'b', name: 'Globex' } } }),
      aSession(),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'globex');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const queries = fake.listCalls().map((c) => c.params.q);
    expect(queries).toEqual([undefined, 'globex']);
  });

  it('has an Agent column, hidden until chosen, remembered in this browser', async () => {
    const { user, unmount } = renderPage([
      aSession({ agent: { id: 'a', name: 'Rita Agent' } }),
      aSession({ agent: null }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByRole('columnheader', { name: 'Agent' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Columns'));
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    expect(screen.getByRole('columnheader', { name: 'Agent' })).toBeInTheDocument();
    // In the Agent column, and already in the State cell of each WITH_AGENT row.
    expect(screen.getAllByText('Rita Agent')).toHaveLength(2);
    expect(screen.getAllByText('Unassigned')).toHaveLength(2);
    unmount();
    renderPage([aSession()]);
    expect(await screen.findByRole('columnheader', { name: 'Agent' })).toBeInTheDocument();
  });

  it('pages by cursor with the total shown, in pages of 25, 50 or 100', async () => {
    const sessions = Array.from({ length: 60 }, () => aSession());
    const { fake, user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.getByText('1–50 of 60')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(screen.getByText('51–60 of 60')).toBeInTheDocument();
    expect(fake.listCalls().at(-1)?.params.cursor).toBe('50');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25');
    await waitFor(() => expect(rows()).toHaveLength(25));
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
  });

  it('marks WITH_AGENT sessions past the threshold as stuck, in words', async () => {
    renderPage([aSession({ startedAt: minutesAgo(45) }), aSession({ startedAt: minutesAgo(5) })]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(within(table()).getAllByText('Stuck')).toHaveLength(1);
  });

  it('takes the stuck threshold from a prop', async () => {
    renderPage([aSession({ startedAt: minutesAgo(45) }), aSession({ startedAt: minutesAgo(5) })], {
      stuckAfterMinutes: 2,
    });
    await waitFor(() => expect(within(table()).getAllByText('Stuck')).toHaveLength(2));
  });

  it('computes durations from the server’s clock when the client clock is wrong', async () => {
    const fake = new FakeDispatcherClient([aSession({ startedAt: minutesAgo(0) })]);
    fake.serverTimeOffsetMs = 2 * 3_600_000; // the client clock is two hours behind
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
    await waitFor(() =>
      expect(within(rows()[0] as HTMLElement).getAllByRole('cell')[5]).toHaveTextContent(/^(1h 59m|2h)$/),
    );
    // Beside the time it is about, In state for (from the start here: the hand-off is not said).
    expect(within(rows()[0] as HTMLElement).getAllByRole('cell')[6]).toHaveTextContent(/Stuck/);
  });

  it('keeps the duration current with one timer', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z') });
    try {
      const fake = new FakeDispatcherClient([aSession({ startedAt: '2026-11-25T11:59:50Z' })]);
      render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
      await act(async () => jest.advanceTimersByTimeAsync(0));
      const cell = () => within(rows()[0] as HTMLElement).getAllByRole('cell')[5];
      expect(cell()).toHaveTextContent('10s');
      await act(async () => jest.advanceTimersByTimeAsync(3_000));
      expect(cell()).toHaveTextContent('13s');
    } finally {
      jest.useRealTimers();
    }
  });

  it('links to the Handoff Inbox, Conversation Menus and each session’s audit trail through navigate', async () => {
    const session = aSession({ id: 'abc 1' });
    const { navigate, user } = renderPage([session]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('link', { name: 'Handoff Inbox' }));
    await user.click(screen.getByRole('link', { name: 'Conversation Menus' }));
    await user.click(screen.getByRole('link', { name: /^Audit trail of session with/ }));
    expect(navigate.mock.calls).toEqual([
      ['/communications/handoff-inbox'],
      ['/communications/menus'],
      ['/communications/logs?session=abc%201'],
    ]);
  });

  it('shows “No sessions with an agent” when there are none', async () => {
    renderPage([aSession({ state: 'OPEN', agent: null })]);
    expect(await screen.findByText('No sessions with an agent')).toBeInTheDocument();
  });

  // jsdom runs no inline handler and no inserted script, so a payload that "did not run" proves
  // nothing here; what can be seen is that it stayed text. Whether one runs is checked in Chromium
  // (e2e/reliability-input.e2e.ts).
  it('shows markup in data as text, never as elements', async () => {
    const payload =
      '<img src=x onerror="window.__xss=1"><b data-evil="1">bold</b><script>window.__xss=1</script>';
    const { user } = renderPage([
      aSession({
        contact: { email: `${payload}@x.io`, businessPartner: { id: 'b', name: payload } },
        agent: { id: 'a', name: payload },
      }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByText('Columns'));
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    const cells = within(rows()[0] as HTMLElement)
      .getAllByRole('cell')
      .slice(1);
    // Each field is spelled out in full as the text of its own element.
    expect(within(cells[0] as HTMLElement).getByText(`${payload}@x.io`)).toBeInTheDocument();
    expect(within(cells[0] as HTMLElement).getByText(payload)).toBeInTheDocument();
    expect(within(cells.at(-2) as HTMLElement).getByText(payload)).toBeInTheDocument();
    // No element, attribute or handler was made from it.
    expect(table().querySelector('img, script, b, [data-evil], [onerror]')).toBeNull();
  });

  it('adds a history entry for each view change, and Back and Forward restore the view with one request each', async () => {
    const sessions = [
      ...Array.from({ length: 30 }, () => aSession()),
      ...Array.from({ length: 5 }, () => aSession({ state: 'OPEN', agent: null })),
    ];
    const { fake, navigate, user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(30));
    await user.click(screen.getByRole('button', { name: /^All/ }));
    await waitFor(() => expect(rows()).toHaveLength(35));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25');
    await waitFor(() => expect(rows()).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rows()).toHaveLength(10));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody');
    await waitFor(() => expect(window.location.search).toBe('?view=all&size=25&q=nobody'));
    expect(navigate.mock.calls.map(([path]) => new URL(path, 'http://x').search)).toEqual([
      '?view=all',
      '?view=all&size=25',
      '?view=all&size=25&page=2',
      '?view=all&size=25&q=nobody',
    ]);

    const back = async (search: string, rowCount: number) => {
      const before = fake.listCalls().length;
      await act(async () => {
        window.history.back();
        await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      });
      expect(window.location.search).toBe(search);
      await waitFor(() => expect(rows()).toHaveLength(rowCount));
      expect(fake.listCalls()).toHaveLength(before + 1);
    };
    await back('?view=all&size=25&page=2', 10);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByText('26–35 of 35')).toBeInTheDocument();
    await back('?view=all&size=25', 25);
    await back('?view=all', 35);
    await back('', 30);
    expect(screen.getByRole('button', { name: /^With agent/ })).toHaveAttribute('aria-pressed', 'true');
    const before = fake.listCalls().length;
    await act(async () => {
      window.history.forward();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() => expect(rows()).toHaveLength(35));
    expect(screen.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');
    expect(fake.listCalls()).toHaveLength(before + 1);
    expect(navigate).toHaveBeenCalledTimes(4);
  });

  it('Back and Forward restore the sort direction, not only the sorted column', async () => {
    const { fake, user } = renderPage([aSession(), aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const header = () => screen.getByRole('columnheader', { name: /Started At/ });
    await user.click(screen.getByRole('button', { name: /Started At/ }));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    await user.click(screen.getByRole('button', { name: /Started At/ }));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    expect(fake.listCalls().at(-1)?.params).toMatchObject({ sort: 'startedAt', order: 'asc' });
    const go = async (step: () => void) => {
      await act(async () => {
        step();
        await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      });
    };
    await go(() => window.history.back());
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    expect(fake.listCalls().at(-1)?.params).toMatchObject({ sort: 'startedAt', order: 'desc' });
    await go(() => window.history.forward());
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    expect(fake.listCalls().at(-1)?.params).toMatchObject({ sort: 'startedAt', order: 'asc' });
  });

  it('typing key by key sends one search, once the typing has paused for 300 ms', async () => {
    jest.useFakeTimers();
    try {
      const fake = new FakeDispatcherClient([aSession(), aSession()]);
      const user = userEvent.setup({ delay: 120, advanceTimers: jest.advanceTimersByTime });
      render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
      await waitFor(() => expect(rows()).toHaveLength(2));
      await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'sam');
      // 120 ms between keys: no search while typing, and none until 300 ms after the last key.
      await act(async () => jest.advanceTimersByTimeAsync(299 - 120));
      expect(fake.listCalls().map((call) => call.params.q)).toEqual([undefined]);
      await act(async () => jest.advanceTimersByTimeAsync(1));
      await waitFor(() => expect(fake.listCalls().map((call) => call.params.q)).toEqual([undefined, 'sam']));
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows the first page for a reloaded link to a later page, and says so in the URL without a new entry', async () => {
    window.history.replaceState(null, '', '/communications/sessions/active?view=all&page=3');
    const { fake, navigate } = renderPage(Array.from({ length: 60 }, () => aSession()));
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(fake.listCalls()).toHaveLength(1);
    expect(fake.listCalls()[0]?.params.cursor).toBeUndefined();
    expect(window.location.search).toBe('?view=all');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('counts the stuck sessions beside a Stuck chip that shows only them, oldest first, from the server', async () => {
    const startedAt = Date.now();
    const { fake, user } = renderPage([
      aSession({ startedAt: minutesAgo(50), contact: { phone: '+1 50' } }),
      aSession({ startedAt: minutesAgo(200), contact: { phone: '+1 200' } }),
      aSession({ startedAt: minutesAgo(10), contact: { phone: '+1 10' } }),
      aSession({ startedAt: minutesAgo(90), state: 'OPEN', agent: null }),
    ]);
    const stuck = await screen.findByRole('button', { name: /^Stuck 2$/ });
    expect(rows().map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      '+1 200',
      '+1 50',
      '+1 10',
    ]);
    await user.click(stuck);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(stuck).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?view=stuck');
    const sent = fake.listCalls().at(-1)?.params ?? {};
    // The held rule for dispatchers that have it, the same by start for those that do not.
    expect(sent).toMatchObject({
      state: 'WITH_AGENT',
      sort: 'heldSince',
      order: 'asc',
      stuckAfterMinutes: '30',
      stuckOnly: 'true',
    });
    const before = Date.parse(sent.startedBefore ?? '');
    expect(before).toBeGreaterThanOrEqual(startedAt - 30 * 60_000);
    expect(before).toBeLessThanOrEqual(Date.now() - 30 * 60_000);
    expect(sent.stuckBefore).toBe(sent.startedBefore);
  });
});
