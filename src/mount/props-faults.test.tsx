// Malformed props must show the module's own message and leave the host running: a mount that
// throws would put the application in single-spa's broken state instead.
import { screen } from '@testing-library/react';
import type { AppProps } from 'single-spa';
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { createLifecycles } from './lifecycles';
import { driveReactOutsideAct, settle } from '../../test/single-spa-step';

driveReactOutsideAct();

describe('a domElement that is not an element', () => {
  it.each<[string, unknown]>([
    ['a string', '#outlet'],
    ['a plain object', { id: 'outlet' }],
    ['null', null],
  ])(
    '(%s) shows the props message in the default container, mounts without throwing, and unmounts cleanly',
    async (_label, domElement) => {
      const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const fake = new FakeDispatcherClient([aSession()]);
        const app = createLifecycles();
        const props = {
          name: 'active-sessions',
          singleSpa: {},
          mountParcel: jest.fn(),
          dispatcherClient: fake.client,
          hasPermission: () => true,
          domElement,
        } as unknown as AppProps;
        const before = document.body.innerHTML;
        await app.bootstrap(props);
        await settle(app.mount(props));
        expect(screen.getByRole('alert')).toHaveTextContent('domElement must be an HTMLElement');
        expect(fake.calls).toHaveLength(0);
        const ours = error.mock.calls.filter(([first]) => String(first).startsWith('[active_sessions]'));
        expect(ours).toHaveLength(1);
        await settle(app.unmount(props));
        expect(document.body.innerHTML).toBe(before);
      } finally {
        error.mockRestore();
      }
    },
  );
});
