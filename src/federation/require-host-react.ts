// A runtime plugin of the remote: the page runs only on the host's React (the remote ships none), so a
// host that shares none must be told so in words, not with the runtime's error code.
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { NO_HOST_REACT } from '../contract/load-errors';

const REACT_PACKAGE = /^react(-dom)?(\/|$)/;

/** Fails the load of a React package the host's share scope does not hold, with NO_HOST_REACT. */
export default function requireHostReact(): ModuleFederationRuntimePlugin {
  return {
    name: 'active-sessions-require-host-react',
    beforeLoadShare(args) {
      if (!REACT_PACKAGE.test(args.pkgName)) return args;
      const scopes = [args.shareInfo?.scope ?? 'default'].flat();
      const provided = scopes.some(
        (scope) => Object.keys(args.origin.shareScopeMap[scope]?.[args.pkgName] ?? {}).length > 0,
      );
      if (!provided) throw new Error(NO_HOST_REACT);
      return args;
    },
  };
}
