// A new release published while the page is open: the old release's files are gone from the server.
// Release must never be a button that does nothing: the code is asked for again, and when it still
// cannot be had the page says it was updated and offers Reload; reaching for Release again tries once
// more. (A file failing once and then coming is e2e/new-release.e2e.ts's, against a real server.)
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { ModuleRoot } from '../../test/module-root';

const mockReleaseCode = { gone: true, fetched: 0 };

// The release code's chunk, as the bundler loads it: a failed load is not kept, the next one tries anew.
jest.mock('../page/release-kit', () => {
  mockReleaseCode.fetched += 1;
  if (mockReleaseCode.gone) throw new Error('ChunkLoadError: Loading chunk on-demand-release failed (404)');
  return jest.requireActual('../page/release-kit');
});

// No waits between tries here (chunks/retried.test.ts holds them).
jest.mock('../chunks/retried', () => {
  const actual = jest.requireActual('../chunks/retried');
  return { ...actual, retried: (load: () => Promise<unknown>) => actual.retried(load, [0, 0]) };
});

beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active'));

function renderPage(language: string) {
  const fake = new FakeDispatcherClient([aSession({ contact: { phone: '+44 7' } })]);
  render(<ModuleRoot dispatcherClient={fake.client} hasPermission={() => true} language={language} />);
  return userEvent.setup({ delay: null });
}

test('in German: the release code gone, Release says so in German with Reload', async () => {
  const user = renderPage('de');
  await user.click(await screen.findByRole('button', { name: 'Sitzung mit +44 7 freigeben' }));
  const notice = await screen.findByTestId('reload-notice');
  expect(notice).toHaveAttribute('role', 'alert');
  expect(notice).toHaveTextContent('Diese Seite wurde aktualisiert. Laden Sie sie neu, um fortzufahren.');
  expect(within(notice).getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
});

test('the release code gone: Release says the page was updated, offers Reload, and a later click tries again', async () => {
  const user = renderPage('en');
  const release = await screen.findByRole('button', { name: 'Release session with +44 7' });
  const before = mockReleaseCode.fetched;
  await user.click(release);
  const notice = await screen.findByTestId('reload-notice');
  expect(notice).toHaveTextContent('This page was updated. Reload to continue.');
  expect(within(notice).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  // Asked for three times in all: once, then twice again.
  expect(mockReleaseCode.fetched - before).toBe(3);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  // Clicked again, it is asked for again: back on the server, the dialog opens and the notice goes.
  mockReleaseCode.gone = false;
  await user.click(release);
  expect(await screen.findByRole('dialog', { name: 'Release session' })).toBeInTheDocument();
  expect(screen.queryByTestId('reload-notice')).not.toBeInTheDocument();
  expect(mockReleaseCode.fetched - before).toBe(4);
});
