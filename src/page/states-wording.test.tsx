// What the page says in its states, as an administrator reads it: plurals, a paused auto-refresh, a
// search without results, stale rows, disabled controls, the column menu, and failures told in their
// words with the technical detail apart.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, deferred, FakeDispatcherClient, type Scripted } from '../../test/fake-dispatcher-client';

function renderPage(sessions: Session[], prepare: (fake: FakeDispatcherClient) => void = () => undefined) {
  const fake = new FakeDispatcherClient(sessions);
  prepare(fake);
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} locale="en-GB" />,
  );
  return { fake, user, ...view };
}

const rows = () => screen.queryAllByTestId('session-row');

beforeEach(() => {
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});

describe('plurals', () => {
  it('counts one character too many in the singular, and more in the plural', async () => {
    const { user } = renderPage([aSession({ contact: { phone: '+44 1' } })]);
    await user.click(await screen.findByRole('button', { name: 'Release session with +44 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release session' });
    const notes = within(dialog).getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.paste('x'.repeat(1001));
    expect(within(dialog).getByText('1 character too many: notes can have at most 1,000.')).toBeVisible();
    await user.paste('x');
    expect(within(dialog).getByText('2 characters too many: notes can have at most 1,000.')).toBeVisible();
  });

  it('counts one session left out in the singular', async () => {
    renderPage([], (fake) =>
      fake.script.list.push({
        body: {
          items: [aSession({ id: 'ok' }), { id: 'broken' }],
          nextCursor: null,
          total: 2,
          counts: { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 2 },
          serverTime: new Date().toISOString(),
        },
      }),
    );
    expect(await screen.findByTestId('rejected-notice')).toHaveTextContent(
      /^1 session of this page could not be shown/,
    );
  });

  it('says “Updated 1 minute ago”, then “2 minutes ago”', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z') });
    try {
      const fake = new FakeDispatcherClient([aSession()]);
      render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
      await act(async () => jest.advanceTimersByTimeAsync(0));
      expect(screen.getByText('Updated just now')).toBeInTheDocument();
      // Paused, so no refresh resets the time.
      fireEvent.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
      await act(async () => jest.advanceTimersByTimeAsync(60_000));
      expect(screen.getByText('Updated 1 minute ago')).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTimeAsync(60_000));
      expect(screen.getByText('Updated 2 minutes ago')).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('auto-refresh', () => {
  it('reads as paused once paused, with a Resume button, and as running again once resumed', async () => {
    const { user } = renderPage([aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const state = screen.getByTestId('auto-refresh-state');
    expect(state).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
    expect(state).toHaveTextContent('Auto-refresh paused');
    expect(state).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('button', { name: 'Pause auto-refresh' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume auto-refresh' }));
    expect(state).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Pause auto-refresh' })).toHaveFocus();
  });
});

describe('a search without results', () => {
  it('names the search, and Clear search brings every session back with the box emptied and focused', async () => {
    const { user, fake } = renderPage([aSession(), aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'nobody here');
    const empty = await screen.findByTestId('empty');
    expect(empty).toHaveTextContent('No sessions with an agent match “nobody here”.');
    await user.click(within(empty).getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(fake.listCalls().at(-1)?.params.q).toBeUndefined();
    expect(window.location.search).toBe('');
  });

  it('in the All view says “active sessions”', async () => {
    window.history.replaceState(null, '', '/communications/sessions/active?view=all&q=zzz');
    renderPage([aSession()]);
    expect(await screen.findByTestId('empty')).toHaveTextContent('No active sessions match “zzz”.');
  });

  it('without a search keeps the plain empty message and offers nothing to clear', async () => {
    renderPage([aSession({ state: 'OPEN', agent: null })]);
    const empty = await screen.findByTestId('empty');
    expect(empty).toHaveTextContent('No sessions with an agent');
    expect(within(empty).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('stale rows', () => {
  it('are marked as such on the table itself, not only in its caption', async () => {
    const { user, fake } = renderPage([aSession(), aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const table = screen.getByRole('table');
    expect(table).not.toHaveClass('stale');
    fake.script.list.push({ status: 503 });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByTestId('list-error');
    expect(table).toHaveClass('stale');
    expect(table.querySelector('caption')).toHaveClass('staleCaption');
    expect(table).toHaveAccessibleName('Sessions that have not ended (may be out of date)');
  });
});

describe('disabled controls', () => {
  it('while the release is being sent, the dialog lets go: Close (or Escape) closes it, the release goes on and is told on the page', async () => {
    const answer = deferred();
    const { user, fake } = renderPage([aSession({ contact: { phone: '+44 2' } })], (f) =>
      f.script.release.push({ until: answer.promise }),
    );
    await user.click(await screen.findByRole('button', { name: 'Release session with +44 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release session' });
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    expect(within(dialog).getByRole('button', { name: 'Releasing…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'You can close this dialog: the release goes on, and its outcome is told on the page.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(async () => answer.resolve());
    await waitFor(() =>
      expect(screen.getByTestId('status')).toHaveTextContent(
        'Released: the session with +44 2 went back to the Handoff Inbox as Unassigned.',
      ),
    );
    expect(fake.releaseCalls()).toHaveLength(1);
  });
});

describe('the Columns menu', () => {
  async function openMenu() {
    const page = renderPage([aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const button = screen.getByText('Columns', { exact: true });
    await page.user.click(button);
    const menu = button.closest('details') as HTMLDetailsElement;
    expect(menu.open).toBe(true);
    return { ...page, button, menu };
  }

  it('closes on Escape and gives focus back to its button', async () => {
    const { user, button, menu } = await openMenu();
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    await user.keyboard('{Escape}');
    expect(menu.open).toBe(false);
    expect(button).toHaveFocus();
    expect(screen.getByRole('columnheader', { name: 'Agent' })).toBeInTheDocument();
  });

  it('closes on a click outside it; focus returns to its button unless the click put it elsewhere', async () => {
    const { user, button, menu } = await openMenu();
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    await user.click(screen.getByText('Updated just now'));
    expect(menu.open).toBe(false);
    expect(button).toHaveFocus();

    await user.click(button);
    expect(menu.open).toBe(true);
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    expect(menu.open).toBe(false);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });

  it('stays open while the user picks columns in it', async () => {
    const { user, menu } = await openMenu();
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    await user.click(screen.getByRole('checkbox', { name: 'Channel' }));
    expect(menu.open).toBe(true);
  });
});

describe('failures, in an administrator’s words', () => {
  it.each<[string, Scripted, string, string]>([
    [
      'a 503',
      { status: 503 },
      'The dispatcher is not responding properly, so the list could not be refreshed. The rows below are from the last successful load and may be out of date. It is tried again automatically; you can also press Retry.',
      'Details: HTTP 503',
    ],
    [
      'a timeout',
      { error: 'timeout' },
      'The dispatcher did not answer in time, so the list could not be refreshed. The rows below are from the last successful load and may be out of date. It is tried again automatically; you can also press Retry.',
      'Details: no answer in time (timeout)',
    ],
    [
      'a refusal',
      { status: 403, data: { code: 'FORBIDDEN' } },
      'You are not allowed to list sessions, so the list could not be refreshed. The rows below are from the last successful load and may be out of date. Ask a tenant administrator for the permission communications.access.',
      'Details: HTTP 403, FORBIDDEN',
    ],
  ])(
    'a list that fails with %s says what happened and what to do, the detail apart',
    async (_l, scripted, message, detail) => {
      const { user, fake } = renderPage([aSession()]);
      await waitFor(() => expect(rows()).toHaveLength(1));
      fake.script.list.push(scripted);
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      const alert = await screen.findByTestId('list-error');
      expect(within(alert).getByText(message)).toBeInTheDocument();
      expect(within(alert).getByText(detail)).toHaveClass('detail');
    },
  );

  it('with auto-refresh paused, a failed list asks for Retry instead of promising a retry', async () => {
    const { user, fake } = renderPage([aSession()]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
    fake.script.list.push({ status: 500 });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByTestId('list-error')).toHaveTextContent(
      /may be out of date\. Press Retry to try again\./,
    );
  });

  it('a release the dispatcher fails says what is known and what to do, the detail apart', async () => {
    const { user } = renderPage([aSession({ contact: { phone: '+44 3' } })], (fake) =>
      fake.script.release.push({ status: 503 }),
    );
    await user.click(await screen.findByRole('button', { name: 'Release session with +44 3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release session' });
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    const alert = await within(dialog).findByRole('alert');
    expect(
      within(alert).getByText(
        'The dispatcher is not responding properly, so it is not known whether the session was released. Retry sends the same request again, with the same notes: it cannot release the session twice.',
      ),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Details: HTTP 503')).toHaveClass('detail');
  });
});
