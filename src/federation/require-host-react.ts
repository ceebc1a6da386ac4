// A runtime plugin of the remote: the page runs only on the host's React (the remote ships none), so a
// host that does not share every key the page imports is told which keys, once, in words.
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { HOST_SHARED_KEYS, hostSharesMissing } from '../contract/load-errors';

type ShareScope = Record<string, Record<string, unknown> | undefined>;

/** The keys of HOST_SHARED_KEYS for which the scope holds no version. */
export const missingIn = (scope: ShareScope | undefined): string[] =>
  HOST_SHARED_KEYS.filter((key) => Object.keys(scope?.[key] ?? {}).length === 0);

/**
 * Checks the host's share scope when the host initialises the container, before it asks for `./app`:
 * a host without every key gets one error naming them and the container loads none of the page's code.
 * A host whose runtime goes on to `get` all the same (webpack 5's own container only warns about a
 * failed init) gets the same error from each shared load instead of the runtime's error code.
 */
export default function requireHostReact(): ModuleFederationRuntimePlugin {
  let refusal: Error | null = null;
  const refuse = (scope: ShareScope | undefined) => {
    const missing = missingIn(scope);
    refusal = missing.length ? (refusal ?? new Error(hostSharesMissing(missing))) : null;
    if (refusal) throw refusal;
  };
  return {
    name: 'active-sessions-require-host-react',
    initContainerShareScopeMap(args) {
      refuse(args.shareScope as ShareScope);
      return args;
    },
    beforeLoadShare(args) {
      if (!(HOST_SHARED_KEYS as readonly string[]).includes(args.pkgName)) return args;
      const scopes = [args.shareInfo?.scope ?? 'default'].flat();
      refuse(args.origin.shareScopeMap[scopes[0] ?? 'default'] as ShareScope);
      return args;
    },
  };
}
