// The agents' panel on the page, in jsdom: fetched after the first rows, the dispatcher's numbers
// heaviest first, sorting, choosing an agent, Select all, and no panel where the endpoint is missing.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { ModuleRoot } from '../../test/module-root';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const held = (id: string, name: string, minutes: number, patch: Partial<Session> = {}) =>
  aSession({ agent: { id, name, assignedAt: minutesAgo(minutes) }, ...patch });

const SESSIONS = [
  held('a-1', 'Noor', 45),
  held('a-1', 'Noor', 10),
  held('a-1', 'Noor', 5),
  held('a-2', 'Bea', 90),
  held('a-3', 'Carl', 20),
  held('a-3', 'Carl', 35, { channel: 'EMAIL' }),
  aSession({ state: 'OPEN', agent: null }),
];

function renderPage(endpoint: boolean) {
  const fake = new FakeDispatcherClient(SESSIONS.map((s) => ({ ...s })));
  fake.workloadEndpoint = endpoint;
  const user = userEvent.setup({ delay: null });
  render(
    <ModuleRoot
      dispatcherClient={fake.client}
      hasPermission={(p: string) => p === 'communications.access'}
      navigate={(path: string) => window.history.pushState(null, '', path)}
      locale="en-GB"
      timeZone="UTC"
    />,
  );
  return { fake, user };
}

const panel = () => screen.getByTestId('agents-panel');
const panelRows = () =>
  within(panel())
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? ''));

beforeEach(() => {
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});

describe('the agents’ panel', () => {
  it('comes after the first rows with the dispatcher’s numbers, heaviest first, and sorts by any column', async () => {
    const { fake, user } = renderPage(true);
    await screen.findByTestId('agents-panel');
    // The list was asked, and answered, before the workload was.
    expect(fake.listCalls()[0]?.status).toBe(200);
    expect(fake.agentsCalls[0]?.params).toEqual({ stuckAfterMinutes: '30' });
    expect(panelRows().map((cells) => cells.slice(0, 3))).toEqual([
      ['Noor', '3', '1'],
      ['Carl', '2', '1'],
      ['Bea', '1', '1'],
    ]);
    expect(panelRows()[0]?.[3]).toMatch(/^45/);
    const agentHeader = within(panel()).getByRole('columnheader', { name: /^Agent/ });
    await user.click(within(agentHeader).getByRole('button'));
    expect(agentHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(panelRows().map((cells) => cells[0])).toEqual(['Bea', 'Carl', 'Noor']);
    const longest = within(panel()).getByRole('columnheader', { name: /^Longest with them/ });
    await user.click(within(longest).getByRole('button'));
    expect(panelRows().map((cells) => cells[0])).toEqual(['Bea', 'Noor', 'Carl']);
  });

  it('filters the list to the agent chosen, in the URL, with Select all of their sessions one step away', async () => {
    const { fake, user } = renderPage(true);
    await screen.findByTestId('agents-panel');
    const noor = within(panel()).getByRole('button', { name: 'Show only the sessions of Noor' });
    await user.click(noor);
    expect(noor).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(window.location.href).searchParams.get('agent')).toBe('a-1');
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(3));
    expect(fake.listCalls().at(-1)?.params).toMatchObject({ agent: 'a-1', state: 'WITH_AGENT' });
    await user.click(within(panel()).getByRole('button', { name: 'Select all 3' }));
    await waitFor(() => expect(screen.getByTestId('bulk-bar')).toHaveTextContent('3 sessions selected'));
    // Pressed again: every agent's sessions again.
    await user.click(noor);
    expect(new URL(window.location.href).searchParams.has('agent')).toBe(false);
  });

  it('asks for the channel and search the list has, and shows their numbers', async () => {
    window.history.replaceState(null, '', '/communications/sessions/active?channel=EMAIL');
    const { fake } = renderPage(true);
    await screen.findByTestId('agents-panel');
    expect(fake.agentsCalls.at(-1)?.params).toMatchObject({ channel: 'EMAIL' });
    await waitFor(() => expect(panelRows().map((cells) => cells.slice(0, 2))).toEqual([['Carl', '1']]));
  });

  it('reads the numbers again when the list brings a change, and costs no request while nothing changes', async () => {
    const { fake, user } = renderPage(true);
    await screen.findByTestId('agents-panel');
    // Answered reads (StrictMode's first one is cancelled before its answer), once none is on its way.
    const reads = () => fake.agentsCalls.filter((call) => call.status != null).length;
    const settled = () =>
      waitFor(() =>
        expect(fake.agentsCalls.every((call) => call.status != null || call.signal?.aborted)).toBe(true),
      );
    await waitFor(() => expect(reads()).toBeGreaterThan(0));
    await settled();
    const before = reads();
    // Refreshed with nothing changed: the list's check is a 304, and the workload is not asked again.
    const checks = fake.allListCalls().length;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fake.allListCalls().length).toBe(checks + 1));
    await waitFor(() => expect(fake.allListCalls().at(-1)?.status).toBe(304));
    await settled();
    expect(reads()).toBe(before);
    // A session handed to Bea elsewhere: the list's answer is new, and so are the numbers.
    fake.sessions.push(held('a-2', 'Bea', 50));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    await waitFor(() => expect(panelRows().find((cells) => cells[0] === 'Bea')?.[1]).toBe('2'));
  });

  it('is not there when the dispatcher lacks the endpoint, which is asked once', async () => {
    const { fake, user } = renderPage(false);
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(6));
    await waitFor(() => expect(fake.agentsCalls.length).toBeGreaterThan(0));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fake.listCalls().length).toBeGreaterThan(1));
    expect(screen.queryByTestId('agents-panel')).toBeNull();
    expect(fake.agentsCalls.filter((call) => call.status === 404)).toHaveLength(1);
    expect(fake.agentsCalls.every((call) => call.status !== undefined || call.signal?.aborted)).toBe(true);
  });
});
