import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, FakeDispatcherClient, type Scripted } from '../../test/fake-dispatcher-client';

function renderPage(fake: FakeDispatcherClient) {
  render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
  return userEvent.setup({ delay: null });
}

const rows = () => screen.queryAllByTestId('session-row');

beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active'));

describe('when the list fails', () => {
  it.each<[string, Scripted, RegExp]>([
    ['a 500', { status: 500 }, /dispatcher is not responding properly.*Details: HTTP 500/],
    ['a 503', { status: 503 }, /dispatcher is not responding properly.*Details: HTTP 503/],
    ['a timeout', { error: 'timeout' }, /did not answer in time.*Details: no answer in time/],
    ['a dropped connection', { error: 'network' }, /could not be reached.*Details: no connection/],
    ['a body that is not a page', { body: '<html>Bad gateway</html>' }, /answer the page cannot read/],
  ])(
    'on %s keeps the last rows, says they may be stale, and Retry recovers',
    async (_label, scripted, message) => {
      const fake = new FakeDispatcherClient([aSession(), aSession()]);
      const user = renderPage(fake);
      await waitFor(() => expect(rows()).toHaveLength(2));
      fake.script.list.push(scripted);
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      const alert = await screen.findByTestId('list-error');
      expect(alert).toHaveAttribute('role', 'alert');
      expect(alert).toHaveTextContent(message);
      expect(alert).toHaveTextContent(/may be out of date/);
      expect(rows()).toHaveLength(2);
      expect(screen.getByRole('table')).toHaveAccessibleName(/may be out of date/);
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(screen.queryByTestId('list-error')).not.toBeInTheDocument());
      expect(rows()).toHaveLength(2);
    },
  );

  it('says so plainly when the first load fails, with a Retry', async () => {
    const fake = new FakeDispatcherClient([aSession()]);
    fake.script.list.push({ status: 500 });
    const user = renderPage(fake);
    const alert = await screen.findByTestId('list-error');
    expect(alert).toHaveTextContent(/no sessions could be loaded/i);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('shows the rows it can and counts the broken ones in a notice', async () => {
    const fake = new FakeDispatcherClient();
    fake.script.list.push({
      body: {
        items: [
          aSession({ id: 'ok' }),
          { id: 'x', state: 'WITH_AGENT' },
          aSession({ id: 'bad', startedAt: 'soon' }),
        ],
        nextCursor: null,
        total: 3,
        counts: { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 3 },
        serverTime: new Date().toISOString(),
      },
    });
    renderPage(fake);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('rejected-notice')).toHaveTextContent(
      /2 sessions of this page could not be shown/,
    );
  });

  it('tells the user when listing is forbidden', async () => {
    const fake = new FakeDispatcherClient();
    fake.script.list.push({ status: 403, data: { code: 'FORBIDDEN', message: 'no' } });
    renderPage(fake);
    expect(await screen.findByTestId('list-error')).toHaveTextContent(/not allowed to list sessions/);
  });
});

describe('loading', () => {
  it('says it is loading until the first answer, then shows the rows', async () => {
    renderPage(new FakeDispatcherClient([aSession()]));
    expect(screen.getByText('Loading sessions…')).toBeInTheDocument();
    expect(rows()).toHaveLength(0);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByText('Loading sessions…')).not.toBeInTheDocument();
  });
});

describe('refreshing', () => {
  it('keeps the user’s place and focus, and auto-refresh can be paused', async () => {
    const fake = new FakeDispatcherClient(Array.from({ length: 30 }, () => aSession()));
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} />);
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Rows per page' }), '25');
    await waitFor(() => expect(rows()).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    const audit = within(rows()[2] as HTMLElement).getByRole('link');
    audit.focus();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    audit.focus();
    await waitFor(() => expect(fake.listCalls()).toHaveLength(4));
    await waitFor(() => expect(screen.getByText('26–30 of 30')).toBeInTheDocument());
    expect(audit).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
    expect(screen.getByRole('button', { name: 'Resume auto-refresh' })).toHaveFocus();
    expect(screen.getByText(/Updated just now/)).toBeInTheDocument();
  });
});
