import { act, screen, waitFor } from '@testing-library/react';
import type { AppProps } from 'single-spa';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { createLifecycles } from './lifecycles';
import { driveReactOutsideAct, settle } from '../../test/single-spa-step';

// single-spa passes these beside the host's custom props.
const singleSpaProps = {
  name: 'active-sessions',
  singleSpa: {},
  mountParcel: jest.fn(),
} as unknown as AppProps;

driveReactOutsideAct();

/** A stylesheet of the module as the bundler adds it, switched off as it is between mounts. */
function moduleStylesheet(href: string, mark?: string) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  if (mark) link.setAttribute('data-rspack', mark);
  link.disabled = true;
  document.head.append(link);
  return link;
}

/** An element of the host's with the id of single-spa's default container for this application. */
function hostElementWithDefaultId() {
  const element = document.createElement('div');
  element.id = 'single-spa-application:active-sessions';
  document.body.append(element);
  return element;
}

function tenant(name: string) {
  return new FakeDispatcherClient([aSession({ contact: { phone: `${name}-phone` } })]);
}

describe('./app lifecycles', () => {
  beforeEach(() => window.history.replaceState(null, '', '/communications/sessions/active'));

  it('mounts into a container of its own, and unmount leaves no DOM, request or timer behind', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
    try {
      const app = createLifecycles();
      // A row whose Duration ticks, so the page's clock runs; then a refresh that never answers.
      const fake = tenant('acme');
      const props = { ...singleSpaProps, dispatcherClient: fake.client, hasPermission: () => true };
      const before = document.body.innerHTML;
      await app.bootstrap(props);
      await settle(app.mount(props), { fakeTimers: true });
      expect(document.getElementById('single-spa-application:active-sessions')).not.toBeNull();
      expect(screen.getByRole('heading', { name: 'Active Sessions' })).toBeInTheDocument();
      expect(screen.getByText('acme-phone')).toBeInTheDocument();
      fake.script.list.push({ hang: true });
      await act(async () => jest.advanceTimersByTimeAsync(30_000));
      expect(fake.listCalls()).toHaveLength(2);
      await settle(app.unmount(props), { fakeTimers: true });
      expect(document.body.innerHTML).toBe(before);
      expect(fake.listCalls()[1]?.signal?.aborted).toBe(true);
      expect(fake.inFlight).toBe(0);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('mounts into the host’s domElement and leaves the element itself in place', async () => {
    const app = createLifecycles();
    const domElement = document.createElement('main');
    document.body.append(domElement);
    const props = {
      ...singleSpaProps,
      dispatcherClient: tenant('a').client,
      hasPermission: () => true,
      domElement,
    };
    await app.bootstrap(props);
    await settle(app.mount(props));
    expect(domElement).toContainElement(screen.getByRole('heading', { name: 'Active Sessions' }));
    await settle(app.unmount(props));
    expect(domElement.isConnected).toBe(true);
    expect(domElement).toBeEmptyDOMElement();
    domElement.remove();
  });

  it('sends the first list request as mount starts, before React renders, and only once', async () => {
    const app = createLifecycles();
    const fake = tenant('acme');
    const props = { ...singleSpaProps, dispatcherClient: fake.client, hasPermission: () => true };
    await app.bootstrap(props);
    const mounting = app.mount(props);
    expect(fake.listCalls()).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Active Sessions' })).toBeNull();
    await settle(mounting);
    await waitFor(() => expect(screen.getByText('acme-phone')).toBeInTheDocument());
    expect(fake.listCalls()).toHaveLength(1);
    await settle(app.unmount(props));
  });

  it('starts no request for a user without the permission', async () => {
    const app = createLifecycles();
    const fake = tenant('acme');
    const props = { ...singleSpaProps, dispatcherClient: fake.client, hasPermission: () => false };
    await app.bootstrap(props);
    await settle(app.mount(props));
    expect(screen.getByRole('alert')).toHaveTextContent('communications.access');
    expect(fake.calls).toHaveLength(0);
    await settle(app.unmount(props));
  });

  it('mounts, unmounts and mounts again', async () => {
    const app = createLifecycles();
    const props = { ...singleSpaProps, dispatcherClient: tenant('a').client, hasPermission: () => true };
    await app.bootstrap(props);
    for (let i = 0; i < 3; i += 1) {
      await settle(app.mount(props));
      expect(screen.getAllByRole('heading', { name: 'Active Sessions' })).toHaveLength(1);
      await settle(app.unmount(props));
      expect(screen.queryByRole('heading', { name: 'Active Sessions' })).toBeNull();
    }
  });

  it('update with another tenant’s client shows only that tenant’s sessions', async () => {
    const app = createLifecycles();
    const acme = tenant('acme');
    const globex = tenant('globex');
    acme.script.list.push({ hang: true });
    const props = { ...singleSpaProps, dispatcherClient: acme.client, hasPermission: () => true };
    await app.bootstrap(props);
    await settle(app.mount(props));
    await settle(app.update({ ...props, dispatcherClient: globex.client }));
    await waitFor(() => expect(screen.getByText('globex-phone')).toBeInTheDocument());
    expect(screen.queryByText('acme-phone')).toBeNull();
    expect(acme.listCalls()[0]?.signal?.aborted).toBe(true);
    await settle(app.unmount(props));
  });

  it('update with a user who lacks the permission hides the page and calls nothing more', async () => {
    const app = createLifecycles();
    const fake = tenant('acme');
    const props = { ...singleSpaProps, dispatcherClient: fake.client, hasPermission: () => true };
    await app.bootstrap(props);
    await settle(app.mount(props));
    await waitFor(() => expect(screen.getByText('acme-phone')).toBeInTheDocument());
    const calls = fake.calls.length;
    await settle(app.update({ ...props, hasPermission: () => false }));
    expect(screen.queryByText('acme-phone')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('communications.access');
    expect(fake.calls).toHaveLength(calls);
    await settle(app.unmount(props));
  });

  it('shows one clear error on screen and in the console for wrong props, without throwing', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const app = createLifecycles();
      const props = { ...singleSpaProps, hasPermission: 'yes' } as unknown as AppProps;
      await app.bootstrap(props);
      await settle(app.mount(props));
      expect(screen.getByRole('alert')).toHaveTextContent(/dispatcherClient is missing/);
      expect(screen.getByRole('alert')).toHaveTextContent(/hasPermission is missing/);
      const ours = error.mock.calls.filter(([first]) => String(first).startsWith('[active_sessions]'));
      expect(ours).toHaveLength(1);
      // One line a host's developer can read: each problem named, one after the other.
      expect(String(ours[0]?.[0])).toMatch(
        /^\[active_sessions\] cannot start: dispatcherClient is missing[^;]*; hasPermission is missing[^;]*$/,
      );
      await settle(app.unmount(props));
    } finally {
      error.mockRestore();
    }
  });

  it('sends the first list request before anything else: the host’s interceptors have run before the styles switch on', async () => {
    const app = createLifecycles();
    const fake = tenant('acme');
    const sheet = moduleStylesheet('https://remote.example/active_sessions.app.css', 'active_sessions:app');
    // A host's client reaches the wire after a few promise turns (axios runs its interceptors so).
    const styleWhenSent: boolean[] = [];
    const get = fake.client.get.bind(fake.client);
    const client = Object.assign(Object.create(fake.client), {
      get: async (...args: Parameters<typeof get>) => {
        for (let i = 0; i < 5; i += 1) await Promise.resolve();
        // The list requests; the agents' workload comes after the first rows, styles on by then.
        if (args[0] === 'sessions') styleWhenSent.push(!sheet.disabled);
        return get(...args);
      },
    });
    const props = { ...singleSpaProps, dispatcherClient: client, hasPermission: () => true };
    try {
      await app.bootstrap(props);
      await settle(app.mount(props));
      expect(styleWhenSent).toEqual([false]);
      expect(sheet.disabled).toBe(false);
      await settle(app.unmount(props));
      expect(sheet.disabled).toBe(true);
    } finally {
      sheet.remove();
    }
  });

  it('switches on its CSS files by name where the bundler serves them, and off after unmount', async () => {
    const global = globalThis as { __webpack_public_path__?: string };
    global.__webpack_public_path__ = 'https://cdn.example/active-sessions/';
    const ours = moduleStylesheet('https://cdn.example/active-sessions/active_sessions.page.css');
    try {
      const app = createLifecycles();
      const props = { ...singleSpaProps, dispatcherClient: tenant('a').client, hasPermission: () => true };
      await app.bootstrap(props);
      await settle(app.mount(props));
      expect(ours.disabled).toBe(false);
      await settle(app.unmount(props));
      expect(ours.disabled).toBe(true);
    } finally {
      ours.remove();
      delete global.__webpack_public_path__;
    }
  });

  it('mounted into the host’s domElement, leaves a host element with the default container’s id alone', async () => {
    const app = createLifecycles();
    const hosts = hostElementWithDefaultId();
    const domElement = document.createElement('main');
    document.body.append(domElement);
    const props = {
      ...singleSpaProps,
      dispatcherClient: tenant('a').client,
      hasPermission: () => true,
      domElement,
    };
    await app.bootstrap(props);
    await settle(app.mount(props));
    await settle(app.unmount(props));
    expect(hosts.isConnected).toBe(true);
    hosts.remove();
    domElement.remove();
  });

  it('mounted into a container the host made with the default id, leaves that container in place', async () => {
    const app = createLifecycles();
    const hosts = hostElementWithDefaultId();
    const props = { ...singleSpaProps, dispatcherClient: tenant('a').client, hasPermission: () => true };
    await app.bootstrap(props);
    await settle(app.mount(props));
    expect(hosts).toContainElement(screen.getByRole('heading', { name: 'Active Sessions' }));
    await settle(app.unmount(props));
    expect(hosts.isConnected).toBe(true);
    hosts.remove();
  });
});
