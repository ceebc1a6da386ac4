// The federation contract of the remote: container name, exposed modules, shared singletons.
// rspack.config.ts imports this file; nothing here is repeated there.
import { createModuleFederationConfig } from '@module-federation/enhanced/rspack';
import pkg from './package.json';
import { MANIFEST_METADATA_KEY } from './src/contract/module-manifest';
import moduleManifest from './src/manifest';

// The host provides these; `singleton` makes the remote use the host's copy when it has one,
// and each sub-path the code imports must be listed or a second react-dom ships.
const singleton = (name: keyof typeof pkg.dependencies, subpaths: string[] = []) =>
  Object.fromEntries(
    [name, ...subpaths.map((subpath) => `${name}/${subpath}`)].map((request) => [
      request,
      { singleton: true, requiredVersion: `^${pkg.dependencies[name]}` },
    ]),
  );

export default createModuleFederationConfig({
  name: 'active_sessions',
  filename: 'remoteEntry.js',
  exposes: {
    './manifest': './src/manifest.ts',
    './app': './src/app.tsx',
  },
  shared: {
    ...singleton('react', ['jsx-runtime']),
    ...singleton('react-dom', ['client']),
    ...singleton('single-spa'),
  },
  // Loaded on use, so a host that never opens the page pays nothing but the entry.
  shareStrategy: 'loaded-first',
  dts: false,
  manifest: {
    // The menu entry travels in mf-manifest.json too, so a host can draw it without running remote code.
    additionalData: ({ stats }) => {
      (stats.metaData as unknown as Record<string, unknown>)[MANIFEST_METADATA_KEY] = moduleManifest;
      return stats;
    },
  },
});
