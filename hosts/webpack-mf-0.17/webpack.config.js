// The console's build: webpack 5 with @module-federation/enhanced 0.17, the first federation runtime
// with `ModuleFederation`, which the slim entry runs on.
const path = require('node:path');
const { DefinePlugin } = require('webpack');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const pkg = require('./package.json');

// Where the Active Sessions remote is served from, e.g. https://cdn.example/active-sessions
const remoteUrl = process.env.ACTIVE_SESSIONS_URL;
if (!remoteUrl)
  throw new Error('Set ACTIVE_SESSIONS_URL to the URL the Active Sessions remote is served from');

module.exports = {
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    publicPath: '/',
    filename: 'main.js',
    chunkFilename: '[name].[contenthash:8].js',
    clean: true,
  },
  devtool: false,
  // The matrix weighs what comes from the remote, not the console's own files: minifying them would
  // only triple the build's time.
  optimization: { minimize: false },
  plugins: [
    // #region federation
    new ModuleFederationPlugin({
      name: 'console',
      // The slim entry: it runs on this console's federation runtime (provideExternalRuntime below).
      remotes: { active_sessions: `active_sessions@${remoteUrl}/mf-manifest.slim.json` },
      shared: {
        react: { singleton: true, requiredVersion: pkg.dependencies.react },
        'react/jsx-runtime': { singleton: true, requiredVersion: pkg.dependencies.react },
        'react-dom/client': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
      },
      shareStrategy: 'loaded-first',
      experiments: { provideExternalRuntime: true },
      dts: false,
      manifest: false,
    }),
    // #endregion federation
    new DefinePlugin({ 'process.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL) }),
  ],
};
