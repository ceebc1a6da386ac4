import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, deferred, FakeDispatcherClient } from '../../test/fake-dispatcher-client';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

/** Sessions of one agent, the first the oldest. */
function ofAgent(count: number, patch: Partial<Session> = {}): Session[] {
  return Array.from({ length: count }, (_, i) =>
    aSession({
      startedAt: minutesAgo(600 - i),
      contact: { phone: `+44 20 7946 ${String(i).padStart(4, '0')}` },
      agent: { id: 'agt-4', name: 'Tom Becker' },
      ...patch,
    }),
  );
}

function renderPage(sessions: Session[], prepare: (fake: FakeDispatcherClient) => void = () => undefined) {
  const fake = new FakeDispatcherClient(sessions);
  prepare(fake);
  const user = userEvent.setup({ delay: null });
  const view = render(<Root dispatcherClient={fake.client} hasPermission={() => true} locale="en-GB" />);
  return { fake, user, ...view };
}

const rows = () => screen.getAllByTestId('session-row');
const pageBox = () =>
  screen.getByRole('checkbox', { name: 'Select every session on this page that can be released' });
const bulkDialog = () => screen.getByRole('dialog', { name: /^Release [1-9]\d* sessions?$/ });

/** Chooses every releasable row of the page, opens the dialog, writes the note and confirms. */
async function releaseAll(
  user: ReturnType<typeof userEvent.setup>,
  count: number,
  notes = 'agent off-shift',
) {
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  await user.click(pageBox());
  await user.click(screen.getByRole('button', { name: `Release ${count} sessions` }));
  const dialog = await screen.findByRole('dialog', { name: `Release ${count} sessions` });
  if (notes) await user.type(within(dialog).getByRole('textbox', { name: 'Notes' }), notes);
  await user.click(within(dialog).getByRole('button', { name: `Release ${count} sessions` }));
  return dialog;
}

const done = () =>
  waitFor(() => expect(within(bulkDialog()).getByRole('button', { name: 'Close' })).toBeEnabled());
const keysOf = (fake: FakeDispatcherClient) =>
  Object.fromEntries(fake.releaseCalls().map((call) => [call.url, call.headers['Idempotency-Key']]));

beforeEach(() => {
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});

describe('choosing sessions', () => {
  it('names each box after its contact, offers boxes only on releasable rows, and shows a mixed page box', async () => {
    const { user } = renderPage([
      ...ofAgent(2),
      aSession({ agent: null, contact: { phone: '+44 unassigned' } }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getAllByRole('checkbox', { name: /^Select session with / })).toHaveLength(2);
    expect(screen.queryByRole('checkbox', { name: 'Select session with +44 unassigned' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0000' }));
    expect(pageBox()).toBePartiallyChecked();
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('1 session selected');
    await user.click(pageBox());
    expect(pageBox()).toBeChecked();
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('2 sessions selected');
    await user.click(pageBox());
    expect(pageBox()).not.toBeChecked();
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
  });

  it('selects all matching sessions across pages, read in pages of 200', async () => {
    const { fake, user } = renderPage(ofAgent(60));
    await waitFor(() => expect(rows()).toHaveLength(50));
    await user.click(pageBox());
    await user.click(screen.getByRole('button', { name: 'Select all 60 matching sessions' }));
    await waitFor(() => expect(screen.getByTestId('bulk-bar')).toHaveTextContent('60 sessions selected'));
    expect(fake.listCalls().at(-1)?.params).toMatchObject({ limit: '200', state: 'WITH_AGENT' });
    expect(screen.getByRole('button', { name: 'Release 60 sessions' })).toBeInTheDocument();
  });

  it('selects all matching: only the releasable ones, says how many of those matching they are, and offers no more', async () => {
    const unassigned = Array.from({ length: 10 }, (_, i) =>
      aSession({ startedAt: minutesAgo(30 - i), agent: null, contact: { phone: `+44 unassigned ${i}` } }),
    );
    const { user } = renderPage([...ofAgent(55), ...unassigned]);
    await waitFor(() => expect(rows()).toHaveLength(50));
    await user.click(pageBox());
    await user.click(screen.getByRole('button', { name: 'Select all 65 matching sessions' }));
    const bar = screen.getByTestId('bulk-bar');
    await waitFor(() => expect(bar).toHaveTextContent('55 sessions selected'));
    expect(bar).toHaveTextContent('Of the 65 matching sessions, 55 can be released: those are chosen.');
    expect(within(bar).queryByRole('button', { name: /^Select all/ })).toBeNull();
    // Any change to that choice is the administrator's own again.
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0000' }));
    expect(bar).toHaveTextContent('54 sessions selected');
    expect(bar).not.toHaveTextContent('can be released');
  });

  it('refuses to choose more than 500 matching sessions, and says how to narrow them', async () => {
    const { user } = renderPage(ofAgent(501));
    await waitFor(() => expect(rows()).toHaveLength(50));
    await user.click(pageBox());
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent(
      '501 sessions match: one bulk release takes at most 500. Narrow the filter',
    );
    expect(screen.queryByRole('button', { name: /^Select all/ })).toBeNull();
  });

  it('filters by an agent from the Agent column, on the server, and the filter comes off again', async () => {
    const { fake, user } = renderPage([
      ...ofAgent(3),
      aSession({ agent: { id: 'agt-9', name: 'Ana Ruiz' }, contact: { phone: '+34 1' } }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.click(screen.getByText('Columns'));
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    await user.click(
      screen.getAllByRole('button', { name: 'Show only the sessions of Tom Becker' })[0] as HTMLElement,
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(fake.listCalls().at(-1)?.params.agent).toBe('agt-4');
    expect(window.location.search).toBe('?agent=agt-4');
    await user.click(
      screen.getByRole('button', { name: /^Agent: Tom Becker\. Show the sessions of every agent$/ }),
    );
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(fake.listCalls().at(-1)?.params.agent).toBeUndefined();
  });
  it('a new chip, search or agent filter empties the choice: coming back finds nothing chosen', async () => {
    const { user } = renderPage([
      ...ofAgent(3),
      aSession({ agent: { id: 'agt-9', name: 'Ana Ruiz' }, contact: { phone: '+34 1' } }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const chooseTwo = async () => {
      await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0000' }));
      await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0001' }));
      expect(screen.getByTestId('bulk-bar')).toHaveTextContent('2 sessions selected');
    };
    const nothingChosen = async () => {
      await waitFor(() => expect(rows()).toHaveLength(4));
      expect(screen.queryByTestId('bulk-bar')).toBeNull();
      expect(pageBox()).not.toBeChecked();
      expect(pageBox()).not.toBePartiallyChecked();
    };
    // Another chip, and back.
    await chooseTwo();
    await user.click(screen.getByRole('button', { name: /^All/ }));
    await user.click(screen.getByRole('button', { name: /^With agent/ }));
    await nothingChosen();
    // A search, and back.
    await chooseTwo();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, '+44');
    await waitFor(() => expect(window.location.search).toBe('?q=%2B44'));
    await user.clear(search);
    await waitFor(() => expect(window.location.search).toBe(''));
    await nothingChosen();
    // An agent, and back.
    await chooseTwo();
    await user.click(screen.getByText('Columns'));
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    await user.click(
      screen.getAllByRole('button', { name: 'Show only the sessions of Tom Becker' })[0] as HTMLElement,
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Agent: Tom Becker\./ }));
    await nothingChosen();
  });
});

describe('the dialog', () => {
  it('names who and what is affected, oldest first, with one note for all; over 1,000 characters sends nothing', async () => {
    const { fake, user } = renderPage([
      ...ofAgent(2),
      aSession({
        startedAt: minutesAgo(900),
        agent: { id: 'agt-9', name: 'Ana Ruiz' },
        contact: { phone: '+34 1' },
      }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(pageBox());
    await user.click(screen.getByRole('button', { name: 'Release 3 sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release 3 sessions' });
    expect(dialog).toHaveTextContent('With Tom Becker (2), Ana Ruiz (1).');
    const listed = within(within(dialog).getByRole('list', { name: 'Sessions to release, oldest first' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent?.split('Tom')[0]?.split('Ana')[0]?.trim());
    expect(listed).toEqual(['+34 1', '+44 20 7946 0000', '+44 20 7946 0001']);
    await user.click(within(dialog).getByRole('textbox', { name: 'Notes' }));
    await user.paste('x'.repeat(1001));
    expect(
      within(dialog).getByText('1 character too many: notes can have at most 1,000.'),
    ).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Release 3 sessions' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await user.click(confirm);
    expect(fake.releaseCalls()).toHaveLength(0);
  });
  it('shows markup in agents’ names and contacts as text, never as elements', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { user } = renderPage([
      aSession({ agent: { id: 'agt-x', name: hostile }, contact: { phone: '<b>+44</b>' } }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('checkbox', { name: 'Select session with <b>+44</b>' }));
    await user.click(screen.getByRole('button', { name: 'Release 1 session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release 1 session' });
    expect(dialog).toHaveTextContent(hostile);
    expect(dialog).toHaveTextContent('<b>+44</b>');
    expect(dialog.querySelector('img, b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('closing it gives focus back to what opened it, or to the heading once that is gone', async () => {
    const { user } = renderPage(ofAgent(2));
    await waitFor(() => expect(rows()).toHaveLength(2));
    await user.click(pageBox());
    const opener = screen.getByRole('button', { name: 'Release 2 sessions' });
    await user.click(opener);
    let dialog = await screen.findByRole('dialog', { name: 'Release 2 sessions' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(opener).toHaveFocus());
    // Released: the choice and its bar are gone, so focus goes to the page's heading.
    await user.click(opener);
    dialog = await screen.findByRole('dialog', { name: 'Release 2 sessions' });
    await user.click(within(dialog).getByRole('button', { name: 'Release 2 sessions' }));
    await done();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Active Sessions' })).toHaveFocus());
  });
});

describe('outcomes', () => {
  it('all released: one POST per session with its own key and the note, progress told, rows Unassigned', async () => {
    const sessions = ofAgent(6);
    const { fake, user } = renderPage(sessions);
    const dialog = await releaseAll(user, 6);
    await done();
    expect(within(dialog).getByText('6 of 6 released.')).toBeInTheDocument();
    const calls = fake.releaseCalls();
    expect(calls.map((call) => call.url)).toEqual(sessions.map((s) => `sessions/${s.id}/release`));
    expect(new Set(calls.map((call) => call.headers['Idempotency-Key'])).size).toBe(6);
    expect(calls.every((call) => JSON.stringify(call.body) === '{"notes":"agent off-shift"}')).toBe(true);
    expect(screen.getByTestId('bulk-status')).toHaveTextContent('6 of 6 released');
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('button', { name: /^Release session with/ })
          .every((b) => b.getAttribute('aria-disabled')),
      ).toBe(true),
    );
  });

  it('some already released by someone else (409) and some ended (404): each told, none retried', async () => {
    const sessions = ofAgent(4);
    const { fake, user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(4));
    // Meanwhile another administrator released one and another ended.
    const [first, second] = sessions;
    if (!first || !second) throw new Error('four sessions were made');
    first.agent = null;
    fake.sessions = fake.sessions.filter((s) => s !== second);
    const dialog = await releaseAll(user, 4, '');
    await done();
    expect(
      within(dialog).getByText(/^2 of 4 released: 1 already unassigned by someone else, 1 ended\.$/),
    ).toBeInTheDocument();
    const outcomes = within(
      within(dialog).getByRole('list', { name: 'What became of each session' }),
    ).getAllByRole('listitem');
    expect(outcomes.map((item) => item.textContent)).toEqual([
      `${first.contact.phone}Already unassigned: someone else released it`,
      `${second.contact.phone}Ended: nothing to release`,
    ]);
    expect(within(dialog).queryByRole('button', { name: 'Retry failed' })).toBeNull();
    expect(fake.releaseCalls()).toHaveLength(4);
    expect(fake.releaseCalls().every((call) => JSON.stringify(call.body) === '{}')).toBe(true);
  });

  it('a 403 stops the run: the ones on their way finish, the rest are not sent, and the permission is named', async () => {
    const sessions = ofAgent(8);
    const { fake, user } = renderPage(sessions, (fake) => {
      fake.releaseScript[sessions[0]?.id ?? ''] = [
        { status: 403, data: { code: 'FORBIDDEN', message: 'no' } },
      ];
    });
    const dialog = await releaseAll(user, 8);
    await done();
    expect(
      within(dialog).getByText(/not allowed.*communications\.access is missing\), so no more were sent\./),
    ).toBeInTheDocument();
    expect(fake.releaseCalls()).toHaveLength(4);
    expect(within(dialog).getByText(/^3 of 8 released: 1 not allowed, 4 not sent\./)).toBeInTheDocument();
  });

  it('failures, then Retry failed: only those again, with their same keys and the note', async () => {
    const sessions = ofAgent(5);
    const { fake, user } = renderPage(sessions, (fake) => {
      fake.releaseScript[sessions[1]?.id ?? ''] = [{ status: 503 }];
      fake.releaseScript[sessions[3]?.id ?? ''] = [{ error: 'timeout' }];
    });
    const dialog = await releaseAll(user, 5);
    await done();
    expect(within(dialog).getByText(/^3 of 5 released: 1 failed, 1 without an answer/)).toBeInTheDocument();
    const first = keysOf(fake);
    await user.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(within(dialog).getByText(/^5 of 5 released\.$/)).toBeInTheDocument());
    const retried = fake.releaseCalls().slice(5);
    expect(retried.map((call) => call.url).sort()).toEqual(
      [sessions[1], sessions[3]].map((s) => `sessions/${s?.id}/release`).sort(),
    );
    for (const call of retried) {
      expect(call.headers['Idempotency-Key']).toBe(first[call.url]);
      expect(call.body).toEqual({ notes: 'agent off-shift' });
    }
  });

  it('once the dialog is closed, the page itself offers Retry failed, with the same keys and the note', async () => {
    const sessions = ofAgent(3);
    const { fake, user } = renderPage(sessions, (f) => {
      f.releaseScript[sessions[1]?.id ?? ''] = [{ status: 503 }];
    });
    const dialog = await releaseAll(user, 3);
    await done();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const status = screen.getByTestId('bulk-status');
    expect(status).toHaveTextContent(/^2 of 3 released: 1 failed/);
    const first = keysOf(fake);
    await user.click(within(status).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(screen.getByTestId('bulk-status')).toHaveTextContent(/^3 of 3 released\./));
    const again = fake.releaseCalls().slice(3);
    expect(again.map((call) => call.url)).toEqual([`sessions/${sessions[1]?.id}/release`]);
    expect(again[0]?.headers['Idempotency-Key']).toBe(first[`sessions/${sessions[1]?.id}/release`]);
    expect(again[0]?.body).toEqual({ notes: 'agent off-shift' });
  });

  it('a new action replaces the last one’s outcome: a bulk release clears a single release’s, a single release a finished run’s', async () => {
    const sessions = ofAgent(4);
    const { user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Release session with +44 20 7946 0000' }));
    let dialog = await screen.findByRole('dialog', { name: 'Release session' });
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent(/^Released:/));
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0001' }));
    await user.click(screen.getByRole('button', { name: 'Release 1 session' }));
    dialog = await screen.findByRole('dialog', { name: 'Release 1 session' });
    await user.click(within(dialog).getByRole('button', { name: 'Release 1 session' }));
    await done();
    expect(screen.getByTestId('status')).toBeEmptyDOMElement();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByTestId('bulk-status')).toHaveTextContent('1 of 1 released.');
    await user.click(screen.getByRole('button', { name: 'Release session with +44 20 7946 0002' }));
    await screen.findByRole('dialog', { name: 'Release session' });
    await waitFor(() => expect(screen.queryByTestId('bulk-status')).toBeNull());
  });

  it('Stop sends no new ones and lets those on their way finish', async () => {
    const sessions = ofAgent(10);
    const answer = deferred();
    const { fake, user } = renderPage(sessions, (fake) => {
      for (const s of sessions.slice(0, 4)) fake.releaseScript[s.id] = [{ until: answer.promise }];
    });
    const dialog = await releaseAll(user, 10);
    await waitFor(() => expect(fake.releaseCalls()).toHaveLength(4));
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    expect(within(dialog).getByText(/^Stopping: 4 still on their way\./)).toBeInTheDocument();
    await act(async () => answer.resolve());
    await done();
    expect(fake.releaseCalls()).toHaveLength(4);
    expect(within(dialog).getByText(/^4 of 10 released: 6 not sent\.$/)).toBeInTheDocument();
  });

  it('progress is read out inside the dialog, where the page behind it is inert', async () => {
    const sessions = ofAgent(3);
    const answer = deferred();
    const { fake, user } = renderPage(sessions, (f) => {
      f.releaseScript[(sessions[2] as Session).id] = [{ until: answer.promise }];
    });
    const dialog = await releaseAll(user, 3);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Releasing… 2 of 3 released.'),
    );
    await act(async () => answer.resolve());
    await done();
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 of 3 released.');
    expect(fake.releaseCalls()).toHaveLength(3);
  });

  it('offers no second bulk release while one is sending', async () => {
    const sessions = ofAgent(6);
    const answer = deferred();
    const { fake, user } = renderPage(sessions, (f) => {
      for (const s of sessions.slice(0, 3)) f.releaseScript[s.id] = [{ until: answer.promise }];
    });
    await waitFor(() => expect(rows()).toHaveLength(6));
    for (const i of [0, 1, 2]) {
      await user.click(screen.getByRole('checkbox', { name: `Select session with +44 20 7946 000${i}` }));
    }
    await user.click(screen.getByRole('button', { name: 'Release 3 sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release 3 sessions' });
    await user.click(within(dialog).getByRole('button', { name: 'Release 3 sessions' }));
    await waitFor(() => expect(fake.releaseCalls()).toHaveLength(3));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // While those three are on their way, another choice cannot be released.
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0004' }));
    const again = screen.getByRole('button', { name: 'Release 1 session' });
    expect(again).toHaveAttribute('aria-disabled', 'true');
    await user.click(again);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.releaseCalls()).toHaveLength(3);
    await act(async () => answer.resolve());
    await waitFor(() => expect(again).not.toHaveAttribute('aria-disabled'));
  });

  it('a finished run makes way for the next choice: its dialog asks for notes and a confirmation again', async () => {
    const sessions = ofAgent(3);
    const { fake, user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0000' }));
    await user.click(screen.getByRole('button', { name: 'Release 1 session' }));
    const first = await screen.findByRole('dialog', { name: 'Release 1 session' });
    await user.click(within(first).getByRole('button', { name: 'Release 1 session' }));
    await done();
    await user.click(within(first).getByRole('button', { name: 'Close' }));
    // The outcome stays on the page, not dismissed; a new choice still gets a dialog of its own.
    expect(screen.getByTestId('bulk-status')).toHaveTextContent('1 of 1 released.');
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +44 20 7946 0001' }));
    await user.click(screen.getByRole('button', { name: 'Release 1 session' }));
    const second = await screen.findByRole('dialog', { name: 'Release 1 session' });
    expect(within(second).getByRole('textbox', { name: 'Notes' })).toBeInTheDocument();
    expect(within(second).queryByRole('status')).toBeNull();
    await user.click(within(second).getByRole('button', { name: 'Release 1 session' }));
    await done();
    expect(fake.releaseCalls().map((call) => call.url)).toEqual([
      `sessions/${(sessions[0] as Session).id}/release`,
      `sessions/${(sessions[1] as Session).id}/release`,
    ]);
  });

  it('a change of language while sending keeps the run going, and tells its outcome in the new language', async () => {
    const sessions = ofAgent(6);
    const answer = deferred();
    const fake = new FakeDispatcherClient(sessions);
    for (const s of sessions.slice(0, 4)) fake.releaseScript[s.id] = [{ until: answer.promise }];
    const user = userEvent.setup({ delay: null });
    // The same client and permission check: the same tenant and user, only their language changes.
    const hasPermission = () => true;
    const view = render(<Root dispatcherClient={fake.client} hasPermission={hasPermission} />);
    await releaseAll(user, 6);
    await waitFor(() => expect(fake.releaseCalls()).toHaveLength(4));
    view.rerender(<Root dispatcherClient={fake.client} hasPermission={hasPermission} language="de" />);
    await screen.findByRole('heading', { name: 'Aktive Sitzungen' });
    await act(async () => answer.resolve());
    await waitFor(() => expect(fake.releaseCalls()).toHaveLength(6));
    await waitFor(() => expect(screen.getByTestId('bulk-status')).toHaveTextContent('6 von 6 freigegeben.'));
  });

  it('leaving the page finishes what is on its way, sends nothing new, and tells the outcome on return', async () => {
    const sessions = ofAgent(6);
    const answer = deferred();
    const fake = new FakeDispatcherClient(sessions);
    for (const s of sessions.slice(0, 4)) fake.releaseScript[s.id] = [{ until: answer.promise }];
    const user = userEvent.setup({ delay: null });
    const first = render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
    await releaseAll(user, 6);
    await waitFor(() => expect(fake.releaseCalls()).toHaveLength(4));
    first.unmount();
    await act(async () => answer.resolve());
    expect(fake.releaseCalls()).toHaveLength(4);
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
    const status = await screen.findByTestId('bulk-status');
    expect(status).toHaveTextContent(
      /^You left the page during a bulk release.*4 of 6 released: 2 not sent\./,
    );
    // The rest, in one click: the keys they were given and the same note.
    const keys = Object.fromEntries(
      fake.releaseCalls().map((call) => [call.url, call.headers['Idempotency-Key']]),
    );
    await userEvent
      .setup({ delay: null })
      .click(within(status).getByRole('button', { name: 'Send the 2 not sent' }));
    await waitFor(() => expect(screen.getByTestId('bulk-status')).toHaveTextContent(/6 of 6 released\./));
    const rest = fake.releaseCalls().slice(4);
    expect(rest.map((call) => call.url)).toEqual(
      sessions.slice(4).map((session) => `sessions/${session.id}/release`),
    );
    expect(rest.every((call) => !Object.values(keys).includes(call.headers['Idempotency-Key']))).toBe(true);
    expect(rest.map((call) => call.body)).toEqual([
      { notes: 'agent off-shift' },
      { notes: 'agent off-shift' },
    ]);
    await userEvent
      .setup({ delay: null })
      .click(within(screen.getByTestId('bulk-status')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('bulk-status')).toBeNull();
  });
});
