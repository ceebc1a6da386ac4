// An error thrown while rendering the page stops the page, not the host: the module's message takes
// its place, mount resolves, and unmount still leaves nothing behind.
import { act, screen } from '@testing-library/react';
import type { AppProps } from 'single-spa';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { createLifecycles } from './lifecycles';
import { nextTask } from '../../test/next-task';

jest.mock('../sessions/format', () => ({
  createFormatters: () => {
    throw new Error('a bug in the page');
  },
}));

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

async function settle(step: Promise<unknown>) {
  let done = false;
  void step.then(() => {
    done = true;
  });
  for (let i = 0; i < 100 && !done; i += 1) {
    await act(nextTask);
  }
  await step;
}

test('a render error shows “Active Sessions stopped” in place of the page; unmount leaves nothing', async () => {
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
    } as unknown as AppProps;
    const before = document.body.innerHTML;
    await app.bootstrap(props);
    await settle(app.mount(props));
    expect(screen.getByRole('alert')).toHaveTextContent('Active Sessions stopped');
    await settle(app.unmount(props));
    expect(document.body.innerHTML).toBe(before);
  } finally {
    window.removeEventListener('error', reported);
    error.mockRestore();
  }
});

test('the message speaks the host’s language', async () => {
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
      language: 'de',
    } as unknown as AppProps;
    await app.bootstrap(props);
    await settle(app.mount(props));
    expect(screen.getByRole('alert')).toHaveTextContent('„Aktive Sitzungen“ wurde angehalten');
    expect(screen.getByRole('alert')).toHaveAttribute('lang', 'de');
    await settle(app.unmount(props));
  } finally {
    window.removeEventListener('error', reported);
    error.mockRestore();
  }
});
