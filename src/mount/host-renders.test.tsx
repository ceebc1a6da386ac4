// A host that renders again and again (a React console whose <Parcel> passes every prop to update on
// each render, inline functions and objects new each time): the page goes on as it was — no new list
// request, the open release dialog and its typed notes kept — and it still follows what really
// changes: the permission's answer, the host's latest navigate, another user's client.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModuleRoot } from '../../test/module-root';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';

const ROUTE = '/console/communications/sessions/active';

/** The props a React console writes inline in its render. */
const inline = (client: unknown, extra: Record<string, unknown> = {}) => ({
  dispatcherClient: client,
  hasPermission: (permission: string) => ['communications.access'].includes(permission),
  navigate: (path: string) => window.history.pushState(null, '', path),
  messages: { en: { openHandoffInbox: 'Open the Handoff Inbox' } },
  basePath: '/console',
  ...extra,
});

function renderConsole() {
  const fake = new FakeDispatcherClient([aSession({ contact: { phone: '+44 1' } })]);
  const user = userEvent.setup({ delay: null });
  const view = render(<ModuleRoot {...inline(fake.client)} />);
  const rerender = (extra: Record<string, unknown> = {}) =>
    view.rerender(<ModuleRoot {...inline(fake.client, extra)} />);
  return { fake, user, rerender };
}

const releaseButton = () => screen.getByRole('button', { name: 'Release session with +44 1' });

beforeEach(() => window.history.replaceState(null, '', ROUTE));

test('renders of the host keep the list and an open release dialog with its notes', async () => {
  const { fake, user, rerender } = renderConsole();
  await waitFor(() => expect(releaseButton()).toBeInTheDocument());
  const listCalls = fake.listCalls().length;
  await user.click(releaseButton());
  const dialog = await screen.findByRole('dialog', { name: 'Release session' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Notes' }), 'agent went home');
  for (let render = 0; render < 5; render += 1) rerender();
  expect(screen.getByRole('dialog', { name: 'Release session' })).toBe(dialog);
  expect(within(dialog).getByRole('textbox', { name: 'Notes' })).toHaveValue('agent went home');
  expect(fake.listCalls()).toHaveLength(listCalls);
});

test('a permission taken away shows the missing-permission panel; given back, the page', async () => {
  const { rerender } = renderConsole();
  await waitFor(() => expect(releaseButton()).toBeInTheDocument());
  rerender({ hasPermission: () => false });
  expect(screen.getByRole('alert')).toHaveTextContent('communications.access');
  expect(screen.queryByTestId('active-sessions-page')).not.toBeInTheDocument();
  rerender({ hasPermission: () => true });
  await waitFor(() => expect(releaseButton()).toBeInTheDocument());
});

test('links and the page’s own URL go through the host’s latest navigate, under the base path', async () => {
  const { user, rerender } = renderConsole();
  await waitFor(() => expect(releaseButton()).toBeInTheDocument());
  const latest = jest.fn((path: string) => window.history.pushState(null, '', path));
  rerender({ navigate: latest });
  const inbox = screen.getByRole('link', { name: 'Handoff Inbox' });
  expect(inbox).toHaveAttribute('href', '/console/communications/handoff-inbox');
  expect(screen.getByRole('link', { name: 'Conversation Menus' })).toHaveAttribute(
    'href',
    '/console/communications/menus',
  );
  expect(screen.getByRole('link', { name: /^Audit trail of session with/ }).getAttribute('href')).toMatch(
    /^\/console\/communications\/logs\?session=/,
  );
  await user.click(inbox);
  window.history.replaceState(null, '', ROUTE);
  await user.click(screen.getByRole('button', { name: /^All/ }));
  expect(latest.mock.calls).toEqual([['/console/communications/handoff-inbox'], [`${ROUTE}?view=all`]]);
});

test('a click with a modifier or another button is left to the browser, which opens the href', async () => {
  const { user, rerender } = renderConsole();
  await waitFor(() => expect(releaseButton()).toBeInTheDocument());
  const navigate = jest.fn();
  rerender({ navigate });
  const inbox = screen.getByRole('link', { name: 'Handoff Inbox' });
  // Where the browser would open a tab; jsdom cannot navigate.
  const browser = (event: Event) => event.preventDefault();
  window.addEventListener('click', browser);
  window.addEventListener('auxclick', browser);
  await user.keyboard('{Control>}');
  await user.click(inbox);
  await user.keyboard('{/Control}');
  await user.pointer({ keys: '[MouseMiddle]', target: inbox });
  window.removeEventListener('click', browser);
  window.removeEventListener('auxclick', browser);
  expect(navigate).not.toHaveBeenCalled();
});
