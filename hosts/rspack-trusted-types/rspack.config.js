// The console's build: rspack and @module-federation/enhanced, for a page served under a strict CSP with
// Trusted Types. Every script URL the console's code hands the DOM goes through a policy of its own:
// its chunk loader's (`output.trustedTypes`), and its federation runtime's (the runtime plugin).
const path = require('node:path');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/rspack');
const { rspack } = require('@rspack/core');
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
    trustedTypes: { policyName: 'console' },
  },
  resolve: { extensions: ['.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'ecmascript', jsx: true },
            transform: { react: { runtime: 'automatic' } },
          },
        },
        type: 'javascript/auto',
      },
    ],
  },
  devtool: false,
  plugins: [
    // #region federation
    new ModuleFederationPlugin({
      name: 'console',
      // The full entry, on this console's federation runtime 2.x.
      remotes: { active_sessions: `active_sessions@${remoteUrl}/mf-manifest.json` },
      shared: {
        react: { singleton: true, requiredVersion: pkg.dependencies.react },
        'react/jsx-runtime': { singleton: true, requiredVersion: pkg.dependencies.react },
        'react-dom/client': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
      },
      shareStrategy: 'loaded-first',
      // The scripts the federation runtime adds (remote entries, preloaded chunks) get Trusted URLs.
      runtimePlugins: [require.resolve('./src/federation/trusted-script-urls.js')],
      dts: false,
      manifest: false,
    }),
    // #endregion federation
    new rspack.DefinePlugin({
      'process.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL),
      'process.env.ACTIVE_SESSIONS_URL': JSON.stringify(remoteUrl),
    }),
  ],
};
