// The remote's runtime plugin on its own: which loads it stops, and with which words. The browser
// suite (e2e/host-matrix.e2e.ts) shows the same sentence reaching a real host without React.
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { NO_HOST_REACT } from '../contract/load-errors';
import requireHostReact from './require-host-react';

type BeforeLoadShare = NonNullable<ModuleFederationRuntimePlugin['beforeLoadShare']>;
type Args = Parameters<BeforeLoadShare>[0];

const beforeLoadShare = requireHostReact().beforeLoadShare as BeforeLoadShare;

/** What the runtime hands the hook: the package asked for, and the share scope the host filled. */
const load = (pkgName: string, scope: Record<string, Record<string, unknown>>) =>
  beforeLoadShare({
    pkgName,
    shareInfo: { scope: ['default'] },
    origin: { shareScopeMap: { default: scope } },
  } as unknown as Args);

describe('the remote in a host that does not share React', () => {
  test.each(['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'])(
    'loading %s fails with the one sentence that says what to share',
    async (name) => {
      await expect(async () => load(name, {})).rejects.toThrow(NO_HOST_REACT);
    },
  );

  test('a version the host registered lets the load go on unchanged', async () => {
    const scope = { react: { '18.3.1': { from: 'host' } } };
    const args = await load('react', scope);
    expect(args).toMatchObject({ pkgName: 'react' });
  });

  test('a package other than React is none of its business', async () => {
    expect(await load('lodash', {})).toMatchObject({ pkgName: 'lodash' });
  });
});
