// The console's build: webpack 5 with @module-federation/enhanced 0.8, a federation runtime from before
// `ModuleFederation` (it has `FederationHost`). ACTIVE_SESSIONS_ENTRY=slim builds the same console
// against the slim entry, into dist-slim/.
const path = require('node:path');
const { DefinePlugin } = require('webpack');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const pkg = require('./package.json');

// Where the Active Sessions remote is served from, e.g. https://cdn.example/active-sessions
const remoteUrl = process.env.ACTIVE_SESSIONS_URL;
if (!remoteUrl)
  throw new Error('Set ACTIVE_SESSIONS_URL to the URL the Active Sessions remote is served from');
const slim = process.env.ACTIVE_SESSIONS_ENTRY === 'slim';

module.exports = {
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, slim ? 'dist-slim' : 'dist'),
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
      remotes: {
        active_sessions: `active_sessions@${remoteUrl}/${slim ? 'mf-manifest.slim.json' : 'mf-manifest.json'}`,
      },
      shared: {
        react: { singleton: true, requiredVersion: pkg.dependencies.react },
        'react/jsx-runtime': { singleton: true, requiredVersion: pkg.dependencies.react },
        'react-dom/client': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
      },
      shareStrategy: 'loaded-first',
      // The slim entry would run on this console's runtime; the full one brings its own.
      experiments: { provideExternalRuntime: slim },
      dts: false,
      manifest: false,
    }),
    // #endregion federation
    new DefinePlugin({ 'process.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL) }),
  ],
};
