// The federation contract of the remote: container name, exposed modules, shared singletons.
// rspack.config.ts imports this file; nothing here is repeated there.
import path from 'node:path';
import { createModuleFederationConfig } from '@module-federation/enhanced/rspack';
import { MANIFEST_METADATA_KEY } from './src/contract/module-manifest';
import moduleManifest from './src/manifest';

// The page runs on the host's React, whichever of the versions it supports the host has. `import: false`
// ships no copy of React and registers no version, so the remote never makes a host run another React
// than its own (for a singleton the highest registered version wins) and never adds a second copy.
// Every sub-path the code imports is listed, or it would come from elsewhere.
export const SUPPORTED_REACT = '^18.3.0 || ^19.0.0';
const HOST_REACT = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];

export default createModuleFederationConfig({
  name: 'active_sessions',
  filename: 'remoteEntry.js',
  exposes: {
    './manifest': './src/manifest.ts',
    './app': './src/app.tsx',
  },
  shared: Object.fromEntries(
    HOST_REACT.map((request) => [
      request,
      { singleton: true, import: false as const, requiredVersion: SUPPORTED_REACT },
    ]),
  ),
  // A host that shares no React gets one clear message instead of the runtime's error code.
  runtimePlugins: [path.resolve(__dirname, 'src/federation/require-host-react.ts')],
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
