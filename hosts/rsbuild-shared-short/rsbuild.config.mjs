// The console's build: Rsbuild with its Module Federation plugin, configured as the plugin's README
// shows it. It shares `react` and `react-dom` and neither `react/jsx-runtime` nor `react-dom/client`,
// which the module imports: the module refuses to start, naming those two.
import { pluginModuleFederation } from '@module-federation/rsbuild-plugin';
import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';

// Where the Active Sessions remote is served from, e.g. https://cdn.example/active-sessions
const remoteUrl = process.env.ACTIVE_SESSIONS_URL;
if (!remoteUrl)
  throw new Error('Set ACTIVE_SESSIONS_URL to the URL the Active Sessions remote is served from');

export default defineConfig({
  plugins: [
    pluginReact(),
    // #region federation
    pluginModuleFederation({
      name: 'console',
      remotes: { active_sessions: `active_sessions@${remoteUrl}/remoteEntry.js` },
      shared: ['react', 'react-dom'],
      dts: false,
    }),
    // #endregion federation
  ],
  source: {
    entry: { index: './src/index.js' },
    define: { 'process.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL) },
  },
  html: { template: './src/index.html' },
  // The matrix weighs what comes from the remote, not the console's own files.
  output: { assetPrefix: '/', sourceMap: false, minify: false },
  performance: { printFileSize: false },
});
