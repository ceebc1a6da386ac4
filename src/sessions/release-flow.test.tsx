import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { Root } from '../mount/Root';
import { aSession, FakeDispatcherClient, type Scripted } from '../../test/fake-dispatcher-client';

function renderPage(sessions: Session[], releaseScript: Scripted[] = []) {
  const fake = new FakeDispatcherClient(sessions);
  fake.script.release.push(...releaseScript);
  const user = userEvent.setup({ delay: null });
  render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
  return { fake, user };
}

const dialog = () => screen.getByRole('dialog', { name: 'Release session' });
const releaseButton = (contact: string) =>
  screen.getByRole('button', { name: `Release session with ${contact}` });

async function openDialog(user: ReturnType<typeof userEvent.setup>, contact: string) {
  await waitFor(() => expect(releaseButton(contact)).toBeInTheDocument());
  await user.click(releaseButton(contact));
  return dialog();
}

beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active'));

describe('Release', () => {
  it('is offered only on WITH_AGENT rows', async () => {
    renderPage(
      [aSession({ state: 'PROCESSING', agent: null }), aSession({ contact: { phone: '+1 1' } })],
      [],
    );
    await userEvent.setup({ delay: null }).click(await screen.findByRole('button', { name: /^All/ }));
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: /^Release/ })).toHaveLength(1);
  });

  it('opens a modal dialog with Notes, focus inside, and Cancel returns focus to the row', async () => {
    const { user, fake } = renderPage([aSession({ contact: { phone: '+44 1' } })]);
    const opened = await openDialog(user, '+44 1');
    expect(opened).toHaveAttribute('open');
    const notes = within(opened).getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveFocus();
    expect(within(opened).getByRole('button', { name: 'Release' })).toBeInTheDocument();
    await user.click(within(opened).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(releaseButton('+44 1')).toHaveFocus();
    expect(fake.releaseCalls()).toHaveLength(0);
  });

  it('sends one POST with the notes and an Idempotency-Key however often Release is clicked', async () => {
    const { user, fake } = renderPage([aSession({ id: 's-x', contact: { phone: '+44 2' } })]);
    const opened = await openDialog(user, '+44 2');
    await user.type(within(opened).getByRole('textbox', { name: 'Notes' }), 'agent off-shift');
    expect(within(opened).getByText('15 / 1,000 characters')).toBeInTheDocument();
    const confirm = within(opened).getByRole('button', { name: 'Release' });
    await user.tripleClick(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.releaseCalls()).toHaveLength(1);
    expect(fake.releaseCalls()[0]).toMatchObject({
      url: 'sessions/s-x/release',
      body: { notes: 'agent off-shift' },
      headers: { 'Idempotency-Key': expect.stringMatching(/^[0-9a-f-]{32,36}$/) },
    });
    const row = screen.getByTestId('session-row');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Released: the session with +44 2 went back to the Handoff Inbox as Unassigned.',
    );
    const action = within(row).getByRole('button', { name: /^Release/ });
    expect(action).toHaveAttribute('aria-disabled', 'true');
    expect(action).toHaveAccessibleDescription(/unassigned/i);
    expect(action).toHaveFocus();
  });

  it('sends no notes field when the notes are empty', async () => {
    const { user, fake } = renderPage([aSession({ contact: { phone: '+44 3' } })]);
    const opened = await openDialog(user, '+44 3');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(fake.releaseCalls()).toHaveLength(1));
    expect(fake.releaseCalls()[0]?.body).toEqual({});
  });

  it('will not send notes over 1,000 characters, and cuts nothing', async () => {
    const { user, fake } = renderPage([aSession({ contact: { phone: '+44 4' } })]);
    const opened = await openDialog(user, '+44 4');
    const notes = within(opened).getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.paste('x'.repeat(1005));
    expect(notes).toHaveValue('x'.repeat(1005));
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(opened).getByText('5 characters too many: notes can have at most 1,000.'),
    ).toBeInTheDocument();
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(fake.releaseCalls()).toHaveLength(0);
  });

  it('counts an emoji as one character, as the dispatcher does', async () => {
    const { user } = renderPage([aSession({ contact: { phone: '+44 4b' } })]);
    const opened = await openDialog(user, '+44 4b');
    await user.click(within(opened).getByRole('textbox', { name: 'Notes' }));
    await user.paste('👍'.repeat(1000));
    expect(within(opened).getByText('1,000 / 1,000 characters')).toBeInTheDocument();
    expect(within(opened).getByRole('textbox', { name: 'Notes' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows an already unassigned WITH_AGENT row’s action as disabled, with the reason', async () => {
    renderPage([aSession({ agent: null, contact: { phone: '+44 5' } })]);
    await waitFor(() => expect(releaseButton('+44 5')).toHaveAttribute('aria-disabled', 'true'));
    await userEvent.setup({ delay: null }).click(releaseButton('+44 5'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(releaseButton('+44 5')).toHaveAccessibleDescription(/already unassigned/i);
  });

  it('on 409 says the session was already released and refreshes the row', async () => {
    const session = aSession({ contact: { phone: '+44 6' } });
    const { user, fake } = renderPage(
      [session],
      [{ status: 409, data: { code: 'ALREADY_UNASSIGNED', message: 'x' } }],
    );
    const opened = await openDialog(user, '+44 6');
    session.agent = null; // another administrator got there first
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/already released by someone else/);
    await waitFor(() => expect(releaseButton('+44 6')).toHaveAttribute('aria-disabled', 'true'));
    expect(fake.listCalls()).toHaveLength(2);
  });

  it('on 404 says the session ended and it leaves the list', async () => {
    const session = aSession({ contact: { phone: '+44 7' } });
    const { user, fake } = renderPage([session, aSession()]);
    const opened = await openDialog(user, '+44 7');
    fake.sessions = fake.sessions.filter((s) => s !== session);
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(await screen.findByText(/has ended or no longer exists/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(1));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it.each([
    [
      { status: 403, data: { code: 'FORBIDDEN', message: 'no' } },
      /permission communications\.access is missing/,
    ],
    [{ status: 503, data: {} }, /not responding properly and did not confirm the release.*Details: HTTP 503/],
  ])('on %p explains it in the dialog and keeps the notes for a retry', async (scripted, message) => {
    const { user, fake } = renderPage([aSession({ contact: { phone: '+44 8' } })], [scripted]);
    const opened = await openDialog(user, '+44 8');
    await user.type(within(opened).getByRole('textbox', { name: 'Notes' }), 'why');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(await within(opened).findByRole('alert')).toHaveTextContent(message);
    expect(within(opened).getByRole('textbox', { name: 'Notes' })).toHaveValue('why');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const keys = fake.releaseCalls().map((c) => c.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('after a timeout says the outcome is unknown and retries with the same key and notes, even after closing', async () => {
    const { user, fake } = renderPage([aSession({ contact: { phone: '+44 9' } })], [{ error: 'timeout' }]);
    let opened = await openDialog(user, '+44 9');
    await user.type(within(opened).getByRole('textbox', { name: 'Notes' }), 'off-shift');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(await within(opened).findByRole('alert')).toHaveTextContent(/may or may not have been released/);
    expect(within(opened).getByRole('textbox', { name: 'Notes' })).toHaveAttribute('readonly');
    await user.keyboard('{Escape}');
    await user.click(within(opened).getByRole('button', { name: 'Cancel' }));
    opened = await openDialog(user, '+44 9');
    expect(within(opened).getByRole('textbox', { name: 'Notes' })).toHaveValue('off-shift');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [first, second] = fake.releaseCalls();
    expect(second?.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
    expect(second?.body).toEqual({ notes: 'off-shift' });
    expect(screen.getByRole('status')).toHaveTextContent(/went back to the Handoff Inbox/);
  });
});
