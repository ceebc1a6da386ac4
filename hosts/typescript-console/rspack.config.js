// The console's build: rspack and @module-federation/enhanced; its TypeScript is type-checked by tsc
// first (npm run build), then only stripped here.
const path = require('node:path');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/rspack');
const { rspack } = require('@rspack/core');
const pkg = require('./package.json');

// Where the Active Sessions remote is served from, e.g. https://cdn.example/active-sessions
const remoteUrl = process.env.ACTIVE_SESSIONS_URL;
if (!remoteUrl)
  throw new Error('Set ACTIVE_SESSIONS_URL to the URL the Active Sessions remote is served from');

module.exports = {
  entry: './src/index.ts',
  output: {
    path: path.resolve(__dirname, 'dist'),
    publicPath: '/',
    filename: 'main.js',
    chunkFilename: '[name].[contenthash:8].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
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
    new rspack.DefinePlugin({ 'process.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL) }),
  ],
};
