// The remote's runtime plugin on its own: which loads it stops, when, and with which words. The browser
// suite (e2e/host-matrix.e2e.ts) shows the same sentence reaching real hosts that share too little.
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { HOST_SHARED_KEYS, hostSharesMissing } from '../contract/load-errors';
import requireHostReact from './require-host-react';

type Hooks = Required<Pick<ModuleFederationRuntimePlugin, 'initContainerShareScopeMap' | 'beforeLoadShare'>>;
type InitArgs = Parameters<Hooks['initContainerShareScopeMap']>[0];
type LoadArgs = Parameters<Hooks['beforeLoadShare']>[0];

const version = { '19.3.1': { from: 'host' } };
const sharing = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, version]));

/** The hook the runtime calls when the host initialises the container with its share scope. */
const init = (plugin: ModuleFederationRuntimePlugin, shareScope: Record<string, unknown>) =>
  (plugin as Hooks).initContainerShareScopeMap({ shareScope, scopeName: 'default' } as unknown as InitArgs);

/** What the runtime hands the hook when the page's chunk asks for a shared package. */
const load = (plugin: ModuleFederationRuntimePlugin, pkgName: string, scope: Record<string, unknown>) =>
  (plugin as Hooks).beforeLoadShare({
    pkgName,
    shareInfo: { scope: ['default'] },
    origin: { shareScopeMap: { default: scope } },
  } as unknown as LoadArgs);

describe('when the host initialises the container', () => {
  test('a host sharing every key the page imports goes on unchanged', () => {
    const args = { shareScope: sharing(...HOST_SHARED_KEYS) };
    expect(init(requireHostReact(), args.shareScope)).toMatchObject(args);
  });

  test('sharing react and react-dom, as the rsbuild plugin’s example does, names the two keys missing', () => {
    expect(() => init(requireHostReact(), sharing('react', 'react-dom'))).toThrow(
      new Error(
        '[active_sessions] cannot start: the host does not share react/jsx-runtime and react-dom/client (each a singleton, React 18.3 or 19).',
      ),
    );
  });

  test('sharing no React names all three', () => {
    expect(() => init(requireHostReact(), {})).toThrow(
      new Error(hostSharesMissing(['react', 'react/jsx-runtime', 'react-dom/client'])),
    );
  });

  test('a key registered without a version counts as missing', () => {
    expect(() =>
      init(requireHostReact(), { ...sharing('react', 'react/jsx-runtime'), 'react-dom/client': {} }),
    ).toThrow(hostSharesMissing(['react-dom/client']));
  });
});

describe('a shared load after a failed init (a host that only warns about it)', () => {
  test('fails with the same error object, whichever key it asks for', async () => {
    const plugin = requireHostReact();
    let first: unknown;
    try {
      init(plugin, sharing('react'));
    } catch (error) {
      first = error;
    }
    for (const key of HOST_SHARED_KEYS)
      await expect(async () => load(plugin, key, sharing('react'))).rejects.toBe(first);
  });

  test('a package the page does not need from the host is none of its business', async () => {
    expect(await load(requireHostReact(), 'lodash', {})).toMatchObject({ pkgName: 'lodash' });
    expect(await load(requireHostReact(), 'react-dom', {})).toMatchObject({ pkgName: 'react-dom' });
  });

  test('a host that shares every key loads on', async () => {
    const args = await load(requireHostReact(), 'react', sharing(...HOST_SHARED_KEYS));
    expect(args).toMatchObject({ pkgName: 'react' });
  });
});
