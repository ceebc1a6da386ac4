// The console's build: webpack 5 and webpack's own Module Federation plugin, as a host team has it.
const path = require('node:path');
const { DefinePlugin, container } = require('webpack');
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
  resolve: { extensions: ['.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'ecmascript', jsx: true },
              transform: { react: { runtime: 'automatic' } },
            },
          },
        },
      },
    ],
  },
  devtool: false,
  plugins: [
    // #region federation
    new container.ModuleFederationPlugin({
      name: 'console',
      remotes: { active_sessions: `active_sessions@${remoteUrl}/remoteEntry.js` },
      shared: {
        react: { singleton: true, requiredVersion: pkg.dependencies.react },
        'react/jsx-runtime': { singleton: true, requiredVersion: pkg.dependencies.react },
        'react-dom': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
        'react-dom/client': { singleton: true, requiredVersion: pkg.dependencies['react-dom'] },
        'single-spa': { singleton: true, requiredVersion: pkg.dependencies['single-spa'] },
      },
    }),
    // #endregion federation
    new DefinePlugin({ 'process.env.DISPATCHER_URL': JSON.stringify(process.env.DISPATCHER_URL) }),
  ],
};
