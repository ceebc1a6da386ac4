// An error thrown while rendering the page stops the page, not the host: the module's message takes
// its place, mount resolves, and unmount still leaves nothing behind.
import { screen } from '@testing-library/react';
import type { AppProps } from 'single-spa';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { driveReactOutsideAct, settle } from '../../test/single-spa-step';
import { createLifecycles } from './lifecycles';

jest.mock('../session/format', () => ({
  createFormatters: () => {
    throw new Error('a bug in the page');
  },
}));

driveReactOutsideAct();

/**
 * Mounts the page, which throws while rendering, runs `check` on what is shown, and unmounts. React's
 * report of the error (console and window) is kept out of the test output.
 */
async function crashAndCheck(hostProps: Record<string, unknown>, check: () => void) {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const reported = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', reported);
  try {
    const app = createLifecycles();
    const props = {
      name: 'active-sessions',
      singleSpa: {},
      mountParcel: jest.fn(),
      dispatcherClient: new FakeDispatcherClient([aSession()]).client,
      hasPermission: () => true,
      ...hostProps,
    } as unknown as AppProps;
    await app.bootstrap(props);
    await settle(app.mount(props));
    check();
    await settle(app.unmount(props));
  } finally {
    window.removeEventListener('error', reported);
    error.mockRestore();
  }
}

test('a render error shows “Active Sessions stopped” in place of the page; unmount leaves nothing', async () => {
  const before = document.body.innerHTML;
  await crashAndCheck({}, () => {
    expect(screen.getByRole('alert')).toHaveTextContent('Active Sessions stopped');
  });
  expect(document.body.innerHTML).toBe(before);
});

test('the message speaks the host’s language', async () => {
  await crashAndCheck({ language: 'de' }, () => {
    expect(screen.getByRole('alert')).toHaveTextContent('„Aktive Sitzungen“ wurde angehalten');
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'de');
  });
});
