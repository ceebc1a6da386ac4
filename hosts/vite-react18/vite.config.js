// The console's build: Vite with @module-federation/vite.
import { federation } from '@module-federation/vite';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Where the Active Sessions remote is served from, e.g. https://cdn.example/active-sessions
const remoteUrl = process.env.ACTIVE_SESSIONS_URL;
if (!remoteUrl)
  throw new Error('Set ACTIVE_SESSIONS_URL to the URL the Active Sessions remote is served from');

export default defineConfig({
  plugins: [
    // #region federation
    federation({
      name: 'vite_console',
      remotes: {
        active_sessions: {
          type: 'var',
          name: 'active_sessions',
          // The slim entry: it runs on this console's federation runtime (provideExternalRuntime below).
          entry: `${remoteUrl}/remoteEntry.slim.js`,
          entryGlobalName: 'active_sessions',
        },
      },
      shared: {
        react: { singleton: true, requiredVersion: pkg.dependencies.react },
        'react/jsx-runtime': { singleton: true, requiredVersion: pkg.dependencies.react },
        'react-dom': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
        'react-dom/client': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
        'single-spa': { singleton: true, requiredVersion: pkg.dependencies['single-spa'] },
      },
      shareStrategy: 'loaded-first',
      experiments: { provideExternalRuntime: true },
      dts: false,
    }),
    // #endregion federation
  ],
  define: { 'import.meta.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL) },
  build: { target: 'es2022' },
});
