import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Session } from '../contract/dispatcher-api';
import { ModuleRoot as Root } from '../../test/module-root';
import { aSession, FakeDispatcherClient, type Scripted } from '../../test/fake-dispatcher-client';

function renderPage(sessions: Session[], releaseScript: Scripted[] = []) {
  const fake = new FakeDispatcherClient(sessions);
  fake.script.release.push(...releaseScript);
  const user = userEvent.setup({ delay: null });
  render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
  return { fake, user };
}

// The release code comes when first reached for: the dialog shows once it is here.
const dialog = () => screen.findByRole('dialog', { name: 'Release session' });
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
    // Nothing left to release here, and no other session: focus goes to the page's heading.
    expect(screen.getByRole('heading', { name: 'Active Sessions' })).toHaveFocus();
  });

  it('after a release, focus goes to the next session’s Release; after Cancel, back to the row’s own', async () => {
    const { user } = renderPage([
      aSession({ contact: { phone: '+44 1' }, startedAt: new Date(Date.now() - 90 * 60_000).toISOString() }),
      aSession({ contact: { phone: '+44 2' }, startedAt: new Date(Date.now() - 60 * 60_000).toISOString() }),
    ]);
    let dialog = await openDialog(user, '+44 1');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Release session with +44 1' })).toHaveFocus(),
    );
    dialog = await openDialog(user, '+44 1');
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Release session with +44 2' })).toHaveFocus(),
    );
  });

  it.each([
    ['an image with a handler', '<img src=x onerror="window.__xss=1">Rita'],
    ['markup and a script', '<b data-evil="1">Rita</b><script>window.__xss=2</script>'],
    ['an attribute break-out', '"><svg onload=window.__xss=3>'],
  ])('names an agent and partner holding %s as plain text in the dialog', async (_label, payload) => {
    const { user } = renderPage([
      aSession({
        contact: { phone: '+44 1h', businessPartner: { id: 'bp', name: `Partner ${payload}` } },
        agent: { id: 'a', name: payload },
      }),
    ]);
    const opened = await openDialog(user, '+44 1h');
    // The payload is text: spelled out in full, and no element of the dialog was made from it.
    expect(within(opened).getByText(`, with ${payload}`)).toBeInTheDocument();
    expect(within(opened).getByText(`(Partner ${payload})`)).toBeInTheDocument();
    const tags = new Set([...opened.querySelectorAll('*')].map((element) => element.tagName));
    const expected = ['FORM', 'H2', 'P', 'SPAN', 'LABEL', 'TEXTAREA', 'DIV', 'BUTTON'];
    expect([...tags].filter((tag) => !expected.includes(tag))).toEqual([]);
    expect(opened.querySelector('[data-evil], [onerror], [onload]')).toBeNull();
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

  it('on 403 says nothing was released and why; edited notes then go as a new request with a new key', async () => {
    const { user, fake } = renderPage(
      [aSession({ contact: { phone: '+44 8' } })],
      [{ status: 403, data: { code: 'FORBIDDEN', message: 'no' } }],
    );
    const opened = await openDialog(user, '+44 8');
    const notes = within(opened).getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'why');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(await within(opened).findByRole('alert')).toHaveTextContent(
      /^Nothing was released: .*permission communications\.access is missing/,
    );
    expect(notes).toHaveValue('why');
    expect(notes).not.toHaveAttribute('readonly');
    await user.type(notes, ' not');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [first, second] = fake.releaseCalls();
    expect(second?.body).toEqual({ notes: 'why not' });
    expect(second?.headers['Idempotency-Key']).not.toBe(first?.headers['Idempotency-Key']);
  });

  it('on 503 says the outcome is not known, locks the notes with the key, and retries both unchanged', async () => {
    const { user, fake } = renderPage(
      [aSession({ contact: { phone: '+44 8b' } })],
      [{ status: 503, data: {} }],
    );
    const opened = await openDialog(user, '+44 8b');
    const notes = within(opened).getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'why');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(await within(opened).findByRole('alert')).toHaveTextContent(
      /not responding properly, so it is not known whether the session was released.*cannot release the session twice.*Details: HTTP 503/,
    );
    expect(notes).toHaveAttribute('readonly');
    await user.type(notes, ' edited');
    expect(notes).toHaveValue('why');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [first, second] = fake.releaseCalls();
    expect(second?.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
    expect(second?.body).toEqual({ notes: 'why' });
  });

  it('never says nothing was released when the dispatcher refuses a reused key: it reloads the list instead', async () => {
    const { user, fake } = renderPage(
      [aSession({ contact: { phone: '+44 8c' } })],
      [{ status: 422, data: { code: 'IDEMPOTENCY_KEY_REUSED', message: 'reused' } }],
    );
    const opened = await openDialog(user, '+44 8c');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/may already be released/);
    expect(alert).not.toHaveTextContent(/Nothing was released/);
    await waitFor(() => expect(fake.listCalls()).toHaveLength(2));
  });

  it('finishes a confirmed release after the page is left, sends it once, and tells the outcome on return', async () => {
    let answer: () => void = () => undefined;
    const until = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const fake = new FakeDispatcherClient([aSession({ id: 's-away', contact: { phone: '+44 10' } })]);
    fake.script.release.push({ until });
    const user = userEvent.setup({ delay: null });
    const first = render(
      <Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />,
    );
    const opened = await openDialog(user, '+44 10');
    await user.type(within(opened).getByRole('textbox', { name: 'Notes' }), 'off-shift');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    expect(within(opened).getByRole('button', { name: 'Releasing…' })).toBeInTheDocument();
    first.unmount();
    expect(fake.releaseCalls()[0]?.signal?.aborted).not.toBe(true);
    await act(async () => answer());
    expect(fake.sessions[0]?.agent).toBeNull();
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Released: the session with +44 10 went back to the Handoff Inbox as Unassigned.',
    );
    await waitFor(() => expect(releaseButton('+44 10')).toHaveAttribute('aria-disabled', 'true'));
    expect(fake.releaseCalls()).toHaveLength(1);
  });

  it('keeps showing a release still on its way when the page comes back, and tells its outcome then', async () => {
    let answer: () => void = () => undefined;
    const until = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const fake = new FakeDispatcherClient([aSession({ contact: { phone: '+44 11' } })]);
    fake.script.release.push({ until });
    const user = userEvent.setup({ delay: null });
    const first = render(
      <Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />,
    );
    await user.click(within(await openDialog(user, '+44 11')).getByRole('button', { name: 'Release' }));
    first.unmount();
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
    const reopened = await openDialog(user, '+44 11');
    expect(within(reopened).getByRole('button', { name: 'Releasing…' })).toBeInTheDocument();
    await user.click(within(reopened).getByRole('button', { name: 'Releasing…' }));
    await act(async () => answer());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent(/the session with \+44 11 went back/);
    expect(fake.releaseCalls()).toHaveLength(1);
  });

  it('tells nothing of one tenant’s releases to the next: another client, another list of releases', async () => {
    const acme = new FakeDispatcherClient([aSession({ contact: { phone: '+44 12' } })]);
    const globex = new FakeDispatcherClient([aSession({ contact: { phone: '+44 13' } })]);
    acme.script.release.push({ error: 'timeout' });
    const user = userEvent.setup({ delay: null });
    const view = render(
      <Root dispatcherClient={acme.client} hasPermission={() => true} navigate={jest.fn()} />,
    );
    const opened = await openDialog(user, '+44 12');
    await user.click(within(opened).getByRole('button', { name: 'Release' }));
    await within(opened).findByRole('alert');
    view.rerender(<Root dispatcherClient={globex.client} hasPermission={() => true} navigate={jest.fn()} />);
    await waitFor(() => expect(releaseButton('+44 13')).toBeInTheDocument());
    expect(screen.queryByText(/\+44 12/)).toBeNull();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
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
