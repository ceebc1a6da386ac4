// The federation contract of the remote: container name, exposed modules, shared singletons, and the
// two entries it is published with. rspack.config.ts imports this file; nothing here is repeated there.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createModuleFederationConfig } from '@module-federation/enhanced/rspack';
import pkg from './package.json';
import { HOST_SHARED_KEYS, SUPPORTED_REACT } from './src/contract/load-errors';
import { MANIFEST_METADATA_KEY } from './src/contract/module-manifest';
import moduleManifest from './src/manifest';

// The page runs on the host's React, whichever of the versions it supports the host has. `import: false`
// ships no copy of React and registers no version, so the remote never makes a host run another React
// than its own (for a singleton the highest registered version wins) and never adds a second copy.
// Every sub-path the code imports is listed, or it would come from elsewhere, and nothing else: a key
// listed here is one more a host must share (src/contract/load-errors.ts).
export { SUPPORTED_REACT };

/**
 * The files a host starts from. `full`: the entry carries its own federation runtime, for any host
 * (webpack 5's container plugin included). `slim`: the same container without the runtime, for hosts
 * that run the Module Federation 2.0 runtime and provide it (`experiments.provideExternalRuntime`, or
 * its runtime plugin); the exposed chunks are the same files.
 */
export const ENTRIES = {
  full: { manifest: 'mf-manifest.json', remoteEntry: 'remoteEntry.js' },
  slim: { manifest: 'mf-manifest.slim.json', remoteEntry: 'remoteEntry.slim.js' },
} as const;
export type EntryKind = keyof typeof ENTRIES;

/**
 * Where production source maps go: beside the output folder, never in it. Hosts download none, and no
 * shipped file points to one; they are kept to upload to an error tracker.
 */
export const SOURCE_MAPS_DIR = 'dist-sourcemaps';

/** The commit the build is made from, as git's short hash; null where git or the repository is absent. */
function gitCommit(): string | null {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: __dirname,
      stdio: ['ignore', 'pipe', 'ignore'],
      encoding: 'utf8',
    }).trim();
    return /^[0-9a-f]{4,40}$/.test(hash) ? hash : null;
  } catch {
    return null;
  }
}

/**
 * What identifies this release in `mf-manifest.json` (`metaData.buildInfo.buildVersion`) and in the
 * federation runtime's instance id: `MF_BUILD_VERSION` when the deploy gives one, else the package's
 * version and the commit (`BUILD_COMMIT`, else git's short hash: `0.1.0+3f2c1ab`), else the version
 * alone. A build never fails for want of git.
 */
export function buildVersion(
  env: Record<string, string | undefined> = process.env,
  commit: () => string | null = gitCommit,
): string {
  if (env.MF_BUILD_VERSION) return env.MF_BUILD_VERSION;
  const made = env.BUILD_COMMIT || commit();
  return made ? `${pkg.version}+${made}` : pkg.version;
}

function federationFor(entry: EntryKind) {
  return createModuleFederationConfig({
    name: 'active_sessions',
    filename: ENTRIES[entry].remoteEntry,
    exposes: {
      './manifest': './src/manifest.ts',
      './app': './src/app.tsx',
    },
    shared: Object.fromEntries(
      HOST_SHARED_KEYS.map((request) => [
        request,
        { singleton: true, import: false as const, requiredVersion: SUPPORTED_REACT },
      ]),
    ),
    // A host that does not share every key gets one message naming the missing ones, not an error code.
    runtimePlugins: [path.resolve(__dirname, 'src/federation/require-host-react.ts')],
    // Loaded on use, so a host that never opens the page pays nothing but the entry.
    shareStrategy: 'loaded-first',
    dts: false,
    experiments: {
      // The remote loads no other remote and runs in browsers only: the runtime's code for loading
      // remotes, their snapshots and for Node is left out of the entry.
      optimization: { disableSnapshot: true, disableRemote: true, target: 'web' },
      // The slim entry reads the runtime the host provides (a global the host's runtime plugin sets).
      ...(entry === 'slim' ? { externalRuntime: true } : {}),
    },
    manifest: {
      // The full entry keeps the plugin's default names (mf-manifest.json, mf-stats.json).
      ...(entry === 'slim' ? { fileName: ENTRIES.slim.manifest } : {}),
      // The menu entry travels in mf-manifest.json too, so a host can draw it without running remote code.
      additionalData: ({ stats }) => {
        (stats.metaData as unknown as Record<string, unknown>)[MANIFEST_METADATA_KEY] = moduleManifest;
        return stats;
      },
    },
  });
}

export default federationFor('full');
export const slimFederation = federationFor('slim');
