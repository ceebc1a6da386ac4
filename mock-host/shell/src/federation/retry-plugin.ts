import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/**
 * After a remote failed to load (server down, bad manifest, a chunk answering 500), the next request
 * for it starts from scratch: the remote is registered again with `force`, which drops the cached
 * manifest, snapshot, entry and container, so a Retry succeeds once the server is back, without a
 * page reload. A remote that never failed is left alone and keeps its cache.
 */
export function retryAfterFailurePlugin(): ModuleFederationRuntimePlugin {
  const failed = new Set<string>();
  return {
    name: 'tenant-console:retry-after-failure',
    errorLoadRemote(args) {
      const name = args.remote?.name ?? remoteNameOfRequest(args.id);
      if (name) failed.add(name);
      // Nothing returned: there is no stand-in module, the caller sees the error and shows its fallback.
      return undefined;
    },
    beforeRequest(args) {
      const remote = args.options.remotes.find(
        (candidate) => failed.has(candidate.name) && requestsRemote(args.id, candidate),
      );
      if (remote) {
        failed.delete(remote.name);
        args.origin.registerRemotes([{ ...remote }], { force: true });
      }
      return args;
    },
  };
}

const remoteNameOfRequest = (id: string) => (/^[A-Za-z_$][\w$]*\//.test(id) ? id.split('/')[0] : undefined);

function requestsRemote(id: string, remote: { name: string; alias?: string }) {
  return [remote.name, remote.alias].some(
    (prefix) => prefix && (id === prefix || id.startsWith(`${prefix}/`)),
  );
}
