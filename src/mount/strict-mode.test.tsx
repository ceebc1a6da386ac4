// Whether the module wraps its page in StrictMode: in its development builds (and tests) yes, so the
// page is held to React's rules; in its production builds no, because the host's React may be a
// development build, and a module must not change how a host's React runs its effects.
import { useState } from 'react';
import type { AppProps } from 'single-spa';
import { FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { driveReactOutsideAct, settle } from '../../test/single-spa-step';
import { createLifecycles } from './lifecycles';

let initialised = 0;

// The page itself is beside the point: a root that counts how often React runs its state initialiser,
// which StrictMode runs twice.
jest.mock('./Root', () => ({
  ...jest.requireActual('./Root'),
  Root: () => {
    useState(() => {
      initialised += 1;
    });
    return null;
  },
}));

const props = {
  name: 'active-sessions',
  singleSpa: {},
  mountParcel: jest.fn(),
  dispatcherClient: new FakeDispatcherClient().client,
  hasPermission: () => false,
} as unknown as AppProps;

async function mountAndCount(nodeEnv: string): Promise<number> {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = nodeEnv;
  let app: ReturnType<typeof createLifecycles>;
  try {
    app = createLifecycles();
  } finally {
    process.env.NODE_ENV = saved;
  }
  initialised = 0;
  await app.bootstrap(props);
  await settle(app.mount(props));
  const runs = initialised;
  await settle(app.unmount(props));
  return runs;
}

driveReactOutsideAct();

test('a development build runs the page in StrictMode: React initialises its state twice', async () => {
  expect(await mountAndCount('development')).toBe(2);
});

test('a production build adds no StrictMode, even on a host whose React is a development build', async () => {
  expect(await mountAndCount('production')).toBe(1);
});
