// Nothing the module writes to the console carries a contact's phone, email or Business Partner, or
// release notes: every console method is watched through fault-heavy flows (bad props, failing list,
// failing release with notes, hostile data), and each message is searched for the data.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppProps } from 'single-spa';
import { aSession, FakeDispatcherClient, type Scripted } from '../../test/fake-dispatcher-client';
import { createLifecycles } from '../mount/lifecycles';
import { ModuleRoot as Root } from '../../test/module-root';
import { setActEnvironment, settle } from '../../test/single-spa-step';

const PHONE = '+44 7700 900555';
const EMAIL = 'dana.secret@example.org';
const PARTNER = 'Secret Partner Ltd';
const NOTES = 'Agent off shift, call Dana back on +44 7700 900999';
const SECRETS = [PHONE, EMAIL, PARTNER, NOTES, '+44 7700 900999', 'dana.secret'];
/** Anything shaped like a phone number or an email address, whatever the data set holds. */
const PHONE_LIKE = /\+\d[\d ]{7,}\d/;
const EMAIL_LIKE = /[\w.+-]+@[\w-]+\.[a-z]{2,}/i;

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

let messages: string[] = [];
let spies: jest.SpyInstance[] = [];

function describeArgument(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

beforeEach(() => {
  messages = [];
  spies = METHODS.map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      messages.push(args.map(describeArgument).join(' '));
    }),
  );
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
});

function expectNothingPersonal() {
  for (const message of messages) {
    for (const secret of SECRETS) expect(message).not.toContain(secret);
    expect(message).not.toMatch(PHONE_LIKE);
    expect(message).not.toMatch(EMAIL_LIKE);
  }
}

const sessions = () => [
  aSession({ id: 'ses_phone', contact: { phone: PHONE, businessPartner: { id: 'bp', name: PARTNER } } }),
  aSession({ id: 'ses_email', channel: 'EMAIL', contact: { email: EMAIL, businessPartner: null } }),
];

/** An error body that echoes the request's data, as some gateways do. */
const echo = { code: 'ECHO', message: `failed for ${PHONE} / ${EMAIL}: ${NOTES}`, notes: NOTES };

describe('what the module writes to the console', () => {
  it('names bad props without their values', async () => {
    const app = createLifecycles();
    const props = {
      name: 'active-sessions',
      singleSpa: {},
      mountParcel: jest.fn(),
      dispatcherClient: { baseURL: `https://x.example/${EMAIL}`, phone: PHONE },
      hasPermission: EMAIL,
      navigate: NOTES,
      locale: `${PHONE} ${EMAIL}`,
      timeZone: `${EMAIL}`,
      stuckAfterMinutes: PHONE,
    } as unknown as AppProps;
    setActEnvironment(false);
    try {
      await app.bootstrap(props);
      await settle(app.mount(props));
      expect(screen.getByRole('alert')).toHaveTextContent(/cannot start/);
      expect(messages.some((message) => message.startsWith('[active_sessions] cannot start'))).toBe(true);
      // What the host is shown on screen follows the same rule.
      const shown = screen.getByRole('alert').textContent ?? '';
      for (const secret of SECRETS) expect(shown).not.toContain(secret);
      await settle(app.unmount(props));
    } finally {
      setActEnvironment(true);
    }
    expectNothingPersonal();
  });

  it('says nothing personal while the list fails in every way and recovers', async () => {
    const fake = new FakeDispatcherClient(sessions());
    const user = userEvent.setup();
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(2));
    const failures: Scripted[] = [
      { status: 500, data: echo },
      { status: 503, data: `<html>${EMAIL}</html>` },
      { status: 403, data: echo },
      { error: 'timeout' },
      { error: 'network' },
      { body: `<html><body>Sign in as ${EMAIL}</body></html>` },
      { body: { items: [{ id: 'broken', contact: { phone: PHONE } }, 'junk', null] } },
    ];
    for (const failure of failures) {
      fake.script.list.push(failure);
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await waitFor(() => expect(fake.script.list).toHaveLength(0));
      // The scripted answer has been handled: the table is no longer busy and Refresh works again.
      await waitFor(() => expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false'));
      expect(screen.getByRole('button', { name: 'Refresh' })).not.toHaveAttribute('aria-disabled');
    }
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(2));
    expectNothingPersonal();
  });

  it('says nothing personal, notes included, while a release fails in every way', async () => {
    const fake = new FakeDispatcherClient(sessions());
    const user = userEvent.setup();
    render(<Root dispatcherClient={fake.client} hasPermission={() => true} navigate={jest.fn()} />);
    const failures: Scripted[] = [
      { status: 503, data: echo },
      { status: 500, data: NOTES },
      { status: 400, data: echo },
      { status: 422, data: echo },
      { status: 403, data: echo },
      { error: 'timeout' },
      { error: 'network' },
    ];
    fake.script.release.push(...failures);
    await user.click(await screen.findByRole('button', { name: `Release session with ${PHONE}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Release session' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Notes' }));
    await user.paste(NOTES);
    for (let attempt = 0; attempt < failures.length; attempt += 1) {
      await user.click(within(dialog).getByRole('button', { name: 'Release' }));
      await waitFor(() => expect(fake.releaseCalls()).toHaveLength(attempt + 1));
      await within(dialog).findByRole('alert');
    }
    // Finally the other administrator got there first, then it is gone.
    fake.script.release.push({ status: 409, data: { ...echo, code: 'ALREADY_UNASSIGNED' } });
    await user.click(within(dialog).getByRole('button', { name: 'Release' }));
    await screen.findByText(/already released by someone else/);
    fake.script.release.push({ status: 404, data: echo });
    await user.click(await screen.findByRole('button', { name: `Release session with ${EMAIL}` }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Release session' })).getByRole('button', {
        name: 'Release',
      }),
    );
    await screen.findByText(/has ended or no longer exists/);
    expect(fake.releaseCalls()[0]?.body).toEqual({ notes: NOTES });
    expectNothingPersonal();
  });

  it('says nothing personal when the host’s client throws errors that carry the data', async () => {
    const fake = new FakeDispatcherClient(sessions());
    const leaky = Object.assign(new Error(`GET sessions?q=${EMAIL} failed for ${PHONE}`), {
      config: { data: JSON.stringify({ notes: NOTES }) },
    });
    const client = {
      ...fake,
      get: () => {
        throw leaky;
      },
      post: () => Promise.reject(leaky),
      defaults: {},
    };
    render(<Root dispatcherClient={client} hasPermission={() => true} navigate={jest.fn()} />);
    expect(await screen.findByTestId('list-error')).toHaveTextContent(/could not be reached/);
    expectNothingPersonal();
  });
});
