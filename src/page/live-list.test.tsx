import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import type { Session } from '../contract/dispatcher-api';
import { AUTO_REFRESH_MS } from '../list/list-loader';

const NOW = Date.parse('2030-01-15T12:00:00Z');
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const rows = () => screen.getAllByTestId('session-row');
const stateCell = (row: HTMLElement) => within(row).getAllByRole('cell')[3] as HTMLElement;
/** In state for, where the Stuck marker is while that column is shown. */
const heldCell = (row: HTMLElement) => within(row).getAllByRole('cell')[6] as HTMLElement;
const rowOf = (phone: string) => rows().find((row) => row.textContent?.includes(phone)) as HTMLElement;

function renderPage(sessions: Session[]) {
  const fake = new FakeDispatcherClient(sessions);
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime.bind(jest) });
  const view = render(<Root dispatcherClient={fake.client} hasPermission={() => true} locale="en-GB" />);
  return { fake, user, ...view };
}

/** The next live check, and its answer. */
const nextCheck = () => act(async () => jest.advanceTimersByTimeAsync(AUTO_REFRESH_MS));

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});
afterEach(() => jest.useRealTimers());

describe('the list, live', () => {
  it('names the agent in the State cell, or Unassigned, without the Agent column', async () => {
    renderPage([
      aSession({ agent: { id: 'a', name: 'Rita Agent' }, contact: { phone: '+1 1' } }),
      aSession({ agent: null, contact: { phone: '+1 2' } }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByRole('columnheader', { name: 'Agent' })).toBeNull();
    expect(stateCell(rowOf('+1 1'))).toHaveTextContent('With agentRita Agent');
    expect(stateCell(rowOf('+1 2'))).toHaveTextContent('With agentUnassigned');
  });

  it('does not mark stuck a session opened days ago that was handed to its agent seconds ago; does one an hour with its agent', async () => {
    renderPage([
      aSession({
        contact: { phone: '+1 fresh' },
        startedAt: ago(3 * 24 * 60),
        stateSince: ago(1),
        agent: { id: 'a', name: 'Rita Agent', assignedAt: ago(0.2) },
      }),
      aSession({
        contact: { phone: '+1 old' },
        startedAt: ago(90),
        stateSince: ago(70),
        agent: { id: 'b', name: 'Tom Becker', assignedAt: ago(60) },
      }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    // Held longest first: the hour with Tom leads.
    const [old, fresh] = rows() as [HTMLElement, HTMLElement];
    expect(old).toHaveTextContent('+1 old');
    expect(heldCell(old)).toHaveTextContent(/Stuck: With Tom Becker for over 30 minutes/);
    expect(heldCell(fresh)).not.toHaveTextContent('Stuck');
    expect(screen.getByRole('button', { name: /^Stuck 1$/ })).toBeInTheDocument();
  });

  it('says what a stuck time was counted from when the dispatcher does not say when the agent took it', async () => {
    renderPage([aSession({ startedAt: ago(120), agent: { id: 'a', name: 'Rita Agent' } })]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(heldCell(rows()[0] as HTMLElement)).toHaveTextContent(
      /Stuck: Open for over 30 minutes: the dispatcher does not say when it was handed to an agent/,
    );
  });

  it('a released session says Unassigned at once, is no longer stuck, and leaves the Stuck count', async () => {
    const { user } = renderPage([
      aSession({
        contact: { phone: '+1 stuck' },
        startedAt: ago(90),
        agent: { id: 'a', name: 'Rita Agent', assignedAt: ago(60) },
      }),
    ]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByRole('button', { name: /^Stuck 1$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Release session with +1 stuck' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release session' });
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    await waitFor(() =>
      expect(stateCell(rows()[0] as HTMLElement)).toHaveTextContent('With agentUnassigned'),
    );
    expect(heldCell(rows()[0] as HTMLElement)).not.toHaveTextContent('Stuck');
    expect(screen.getByRole('button', { name: /^Stuck 0$/ })).toBeInTheDocument();
  });

  it('shows another administrator’s release at the next check, in place, marked and told once', async () => {
    const sessions = [aSession({ contact: { phone: '+1 a' } }), aSession({ contact: { phone: '+1 b' } })];
    renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(2));
    (sessions[1] as Session).agent = null;
    await nextCheck();
    const changed = rowOf('+1 b');
    expect(stateCell(changed)).toHaveTextContent('Unassigned');
    expect(changed).toHaveAttribute('data-changed', 'true');
    expect(within(changed).getByText('Updated')).toBeInTheDocument();
    expect(rowOf('+1 a')).not.toHaveAttribute('data-changed');
    expect(screen.getByText('1 session changed.')).toBeInTheDocument();
  });

  it('while sessions are chosen, new and ended sessions wait behind one notice and move no row; Show takes them in', async () => {
    const sessions = [
      aSession({ id: 'a', contact: { phone: '+1 a' }, startedAt: ago(30) }),
      aSession({ id: 'b', contact: { phone: '+1 b' }, startedAt: ago(20) }),
      aSession({ id: 'c', contact: { phone: '+1 c' }, startedAt: ago(10) }),
    ];
    const { fake, user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +1 c' }));
    // Elsewhere: a ends, an older d is handed off (it would lead the list).
    fake.sessions = [
      sessions[1] as Session,
      sessions[2] as Session,
      aSession({ id: 'd', contact: { phone: '+1 d' }, startedAt: ago(60) }),
    ];
    await nextCheck();
    expect(rows().map((row) => row.dataset.sessionId)).toEqual(['a', 'b', 'c']);
    expect(screen.getByTestId('waiting-changes')).toHaveTextContent(
      'Changes waiting: 1 new session and 1 no longer in this view.',
    );
    expect(screen.getByRole('checkbox', { name: 'Select session with +1 c' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(rows().map((row) => row.dataset.sessionId)).toEqual(['d', 'b', 'c']);
    expect(screen.queryByTestId('waiting-changes')).toBeNull();
  });

  it('takes a chosen session that was released elsewhere out of the choice, and says so', async () => {
    const sessions = [aSession({ contact: { phone: '+1 a' } }), aSession({ contact: { phone: '+1 b' } })];
    const { user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +1 a' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select session with +1 b' }));
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('2 sessions selected');
    (sessions[0] as Session).agent = null;
    await nextCheck();
    await waitFor(() => expect(screen.getByTestId('bulk-bar')).toHaveTextContent('1 session selected'));
    expect(screen.getByTestId('choice-dropped')).toHaveTextContent(
      '1 chosen session can no longer be released and was taken out of the choice.',
    );
  });
});
