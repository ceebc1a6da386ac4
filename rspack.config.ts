import path from 'node:path';
import { defineConfig } from '@rspack/cli';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { type RspackOptions, rspack } from '@rspack/core';
import { ReactRefreshRspackPlugin } from '@rspack/plugin-react-refresh';
import federation, { buildVersion, ENTRIES, SOURCE_MAPS_DIR, slimFederation } from './federation.config';
import { SlimEntryGuardPlugin } from './slim-entry-guard';
import { CONTAINER_NAME, TRUSTED_TYPES_POLICY } from './src/contract/module-manifest';

const REMOTE_DEV_PORT = Number(process.env.REMOTE_PORT ?? 3001);

const federationPackage = (file: string) => path.resolve(__dirname, 'node_modules/@module-federation', file);

/**
 * The federation runtime's packages are pulled in through their CommonJS builds (the bundler's plugin
 * requires them), which leaves the minifier nothing to drop. Their ES module builds hold the same code;
 * taking those lets tree shaking leave out what the remote never runs (about a third of the entry).
 */
const federationRuntimeAsEsm = [
  new rspack.NormalModuleReplacementPlugin(
    /@module-federation[\\/](webpack-bundler-runtime|runtime|runtime-core|sdk|error-codes)[\\/]dist[\\/].+\.cjs$/,
    (resource: { request: string }) => {
      resource.request = resource.request.replace(/\.cjs$/, '.js');
    },
  ),
  new rspack.NormalModuleReplacementPlugin(
    /^@module-federation\/runtime$/,
    federationPackage('runtime/dist/index.js'),
  ),
];

export default defineConfig((_env, argv) => {
  const dev = argv.mode !== 'production';
  // The federation plugin reads the release's identity from here (mf-manifest.json's buildVersion).
  process.env.MF_BUILD_VERSION = buildVersion();
  const remote = (
    options: ConstructorParameters<typeof ModuleFederationPlugin>[0],
    clean: boolean,
  ): RspackOptions => ({
    mode: dev ? 'development' : 'production',
    context: __dirname,
    target: ['web', 'es2022'],
    entry: {},
    output: {
      path: path.resolve(__dirname, 'dist'),
      publicPath: 'auto',
      // The CSS runtime marks the module's <link>s with it; src/mount/stylesheets.ts finds them by it.
      uniqueName: CONTAINER_NAME,
      // Under `require-trusted-types-for 'script'` the chunk loader hands each chunk's URL through a
      // Trusted Types policy of the module's own, named after it: a host lists it in `trusted-types`.
      trustedTypes: { policyName: TRUSTED_TYPES_POLICY },
      clean,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // Every CSS file is named after the module, so it can tell its own sheets from a host's
      // (src/mount/stylesheets.ts) even when both are served from the same path.
      cssFilename: dev ? `${CONTAINER_NAME}.[name].css` : `${CONTAINER_NAME}.[name].[contenthash:8].css`,
      cssChunkFilename: dev ? `${CONTAINER_NAME}.[name].css` : `${CONTAINER_NAME}.[name].[contenthash:8].css`,
      // Production maps only; the development server serves its maps beside the files.
      ...(dev ? {} : { sourceMapFilename: `../${SOURCE_MAPS_DIR}/[file].map` }),
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // Production maps go beside the output with no sourceMappingURL in the files (hidden): shipped files
    // stay small and reveal nothing, and the maps are there to upload to an error tracker.
    devtool: dev ? 'cheap-module-source-map' : 'hidden-source-map',
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
    // No lazy compilation, though `rspack serve` turns it on for dynamic imports when a config says
    // nothing. Its stand-in chunk for an `import()` asks the server to build the real one by posting to
    // `/_rspack/lazy/trigger` on the page's origin, and a host's page is the host's origin: the console's
    // dev server took the remote's requests, rebuilt its own code twice over and lost the hot update
    // its page asked for (404 for main.<hash>.hot-update.json), so the page reloaded; the remote never
    // built the chunk. Hosts fetch a remote's chunks from other origins, and the page preloads them on
    // intent: they must be real files from the first build, as in production. React Refresh is not
    // affected (devServer.hot below).
    lazyCompilation: false,
    // A save that reaches the watcher as several events (truncate, then write; an editor's save and
    // format) is one rebuild: two in a row left the page asking for the first one's hot update, gone by
    // then (404), and it reloaded.
    watchOptions: { aggregateTimeout: 300 },
    plugins: [
      new ModuleFederationPlugin(options),
      ...federationRuntimeAsEsm,
      options === slimFederation && new SlimEntryGuardPlugin(ENTRIES.slim.remoteEntry, CONTAINER_NAME),
      dev && new ReactRefreshRspackPlugin(),
    ],
    devServer: {
      port: REMOTE_DEV_PORT,
      // Hosts on other origins fetch mf-manifest.json and chunks: without this they fail with RUNTIME-003.
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: true,
      liveReload: false,
      client: { overlay: false },
    },
  });
  // The development server builds the full entry only (one compiler for React Refresh).
  if (dev) return remote(federation, true);
  // Both entries into one folder: the slim build runs after the full one has cleaned and written it.
  return [
    { ...remote(federation, true), name: 'full' },
    { ...remote(slimFederation, false), name: 'slim', dependencies: ['full'] },
  ];
});
