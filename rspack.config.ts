import path from 'node:path';
import { defineConfig } from '@rspack/cli';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { ReactRefreshRspackPlugin } from '@rspack/plugin-react-refresh';
import federation from './federation.config';
import { CONTAINER_NAME } from './src/contract/module-manifest';

const REMOTE_DEV_PORT = Number(process.env.REMOTE_PORT ?? 3001);

export default defineConfig((_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    target: ['web', 'es2022'],
    entry: {},
    output: {
      path: path.resolve(__dirname, 'dist'),
      publicPath: 'auto',
      // The CSS runtime marks the module's <link>s with it; src/mount/stylesheets.ts finds them by it.
      uniqueName: CONTAINER_NAME,
      clean: true,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // Every CSS file is named after the module, so it can tell its own sheets from a host's
      // (src/mount/stylesheets.ts) even when both are served from the same path.
      cssFilename: dev ? `${CONTAINER_NAME}.[name].css` : `${CONTAINER_NAME}.[name].[contenthash:8].css`,
      cssChunkFilename: dev ? `${CONTAINER_NAME}.[name].css` : `${CONTAINER_NAME}.[name].[contenthash:8].css`,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              // Evergreen browsers only: down-levelling to ES5 would triple the page's bytes.
              target: 'es2022',
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: dev, refresh: dev } },
            },
          },
          type: 'javascript/auto',
        },
        { test: /\.module\.css$/, type: 'css/module' },
      ],
      parser: { 'css/module': { namedExports: false } },
      // Hashed, prefixed class names: nothing the module ships can match an element of the host.
      generator: { 'css/module': { localIdentName: dev ? 'as_[name]_[local]_[hash:5]' : 'as_[hash:8]' } },
    },
    plugins: [new ModuleFederationPlugin(federation), dev && new ReactRefreshRspackPlugin()],
    devServer: {
      port: REMOTE_DEV_PORT,
      // Hosts on other origins fetch mf-manifest.json and chunks: without this they fail with RUNTIME-003.
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: true,
      liveReload: false,
      client: { overlay: false },
    },
  };
});
