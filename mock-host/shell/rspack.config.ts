import path from 'node:path';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { defineConfig } from '@rspack/cli';
import { rspack } from '@rspack/core';
import { ReactRefreshRspackPlugin } from '@rspack/plugin-react-refresh';
import { devConfigMiddleware } from './dev-config-middleware';
import federation from './federation.config';

const SHELL_DEV_PORT = Number(process.env.SHELL_PORT ?? 3000);

export default defineConfig((_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    context: __dirname,
    // The stylesheet is an entry of its own, so the HTML links it as a file (no inline style under the CSP).
    // In development the React DevTools hook comes first: the remote's React Refresh needs it (see the file).
    entry: {
      main: [...(dev ? ['./src/dev/react-refresh-hook.ts'] : []), './src/shell.css', './src/index.ts'],
    },
    output: {
      path: path.resolve(__dirname, '../dist'),
      // Absolute, because deep routes such as /communications/logs load the same chunks.
      publicPath: '/',
      uniqueName: 'tenant_console',
      clean: true,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      cssFilename: dev ? '[name].css' : '[name].[contenthash:8].css',
      cssChunkFilename: dev ? '[name].css' : '[name].[contenthash:8].css',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // No eval-based source maps: the console runs under a CSP without 'unsafe-eval'.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: dev, refresh: dev } },
            },
          },
          type: 'javascript/auto',
        },
        // The benchmark's rich floor uses the module's own stylesheets, CSS Modules as the module builds them.
        { test: /\.module\.css$/, type: 'css/module' },
        { test: /\.css$/, exclude: /\.module\.css$/, type: 'css' },
      ],
      parser: { 'css/module': { namedExports: false } },
      generator: { 'css/module': { localIdentName: 'floor_[hash:8]' } },
    },
    // No lazy compilation (`rspack serve` turns it on for dynamic imports when a config says nothing).
    // Its trigger endpoint on the console's origin would take any remote's lazy-compilation requests too
    // (they go to the page's origin) and rebuild the console for modules it does not have; two such
    // rebuilds in a row leave the page without its hot update, and it reloads. Nor would the console's
    // own first load wait for an extra build of its bootstrap chunk. See rspack.config.ts at the root.
    lazyCompilation: false,
    // One rebuild per save, however many events it makes (see rspack.config.ts at the root).
    watchOptions: { aggregateTimeout: 300 },
    plugins: [
      new ModuleFederationPlugin(federation),
      new rspack.HtmlRspackPlugin({ template: path.resolve(__dirname, 'index.html'), inject: 'body' }),
      dev && new ReactRefreshRspackPlugin(),
    ],
    devServer: {
      port: SHELL_DEV_PORT,
      historyApiFallback: true,
      hot: true,
      liveReload: false,
      client: { overlay: false },
      setupMiddlewares: (middlewares) => [devConfigMiddleware(), ...middlewares],
    },
  };
});
