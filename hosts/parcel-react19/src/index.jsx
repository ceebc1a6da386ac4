// A console served under /console/ (every page, file and link of it), that embeds pages as React
// components: the Module Federation runtime loads the module, the menu entry comes from the remote's
// mf-manifest.json, and the page is single-spa-react's <Parcel> on single-spa 7, rendered by the
// console's own React 19 under <StrictMode>.
import { createInstance } from '@module-federation/enhanced/runtime';
import provideRuntime from '@module-federation/inject-external-runtime-core-plugin';
import axios from 'axios';
import React, { StrictMode } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import jsxRuntime from 'react/jsx-runtime';
import { BASE, Console } from './Console';

// Where the remote and the dispatcher are, read at run time from the console's own path.
const config = await (await fetch(`${BASE}/config.json`)).json();
const user = { id: 'admin', permissions: ['communications.access', 'handoff.access'] };
const tenant = config.tenants[0];

const dispatcherClient = axios.create({ baseURL: config.dispatcherUrl, timeout: 10_000 });
dispatcherClient.interceptors.request.use((request) => {
  request.headers.set('X-Tenant-Id', tenant);
  request.headers.set('X-User-Id', user.id);
  return request;
});

const singleton = (version, lib) => ({
  version,
  lib: () => lib,
  shareConfig: { singleton: true, requiredVersion: `^${version}` },
});
const federation = createInstance({
  name: 'parcel_console',
  // The slim entry: it runs on this console's federation runtime, which the plugin provides.
  remotes: [{ name: 'active_sessions', entry: `${config.activeSessionsUrl}/mf-manifest.slim.json` }],
  plugins: [provideRuntime()],
  shared: {
    react: singleton(React.version, React),
    'react/jsx-runtime': singleton(React.version, jsxRuntime),
    'react-dom': singleton(ReactDOM.version, ReactDOM),
    'react-dom/client': singleton(ReactDOM.version, ReactDOMClient),
  },
  shareStrategy: 'loaded-first',
});

const mfManifest = await (await fetch(`${config.activeSessionsUrl}/mf-manifest.slim.json`)).json();
const page = mfManifest.metaData.activeSessions;

// The browser suite reads the console's React from here, to see that nothing replaced it.
window.hostReact = React;
ReactDOMClient.createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Console
      page={page}
      user={user}
      dispatcherClient={dispatcherClient}
      loadPage={() => federation.loadRemote('active_sessions/app')}
    />
  </StrictMode>,
);
