// The console without a federation build plugin: the Module Federation runtime loads the module, the
// menu entry comes from the remote's mf-manifest.json (no remote code runs for it), and the page is
// mounted as single-spa parcels, one per panel. The tenant switch hands every panel another client.
import { createInstance } from '@module-federation/enhanced/runtime';
import provideRuntime from '@module-federation/inject-external-runtime-core-plugin';
import axios from 'axios';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import jsxRuntime from 'react/jsx-runtime';
import { mountRootParcel } from 'single-spa';
import { Shell } from './Shell';

// Where the remote and the dispatcher are, read at run time.
const config = await (await fetch('/config.json')).json();
const user = { id: 'admin', permissions: ['communications.access', 'handoff.access'] };
const hasPermission = (permission) => user.permissions.includes(permission);

// One client per tenant, each with the console's interceptors: another tenant is another instance.
const clientFor = (tenant) => {
  const client = axios.create({ baseURL: config.dispatcherUrl, timeout: 10_000 });
  client.interceptors.request.use((request) => {
    request.headers.set('X-Tenant-Id', tenant);
    request.headers.set('X-User-Id', user.id);
    return request;
  });
  return client;
};
const clients = new Map(config.tenants.map((tenant) => [tenant, clientFor(tenant)]));
let tenant = config.tenants[0];

// #region federation
const singleton = (version, lib) => ({
  version,
  lib: () => lib,
  shareConfig: { singleton: true, requiredVersion: `^${version}` },
});
const federation = createInstance({
  name: 'runtime_console',
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
// #endregion federation

// #region menu
const mfManifest = await (await fetch(`${config.activeSessionsUrl}/mf-manifest.slim.json`)).json();
const page = mfManifest.metaData.activeSessions;
const menu = hasPermission(page.requiredPermission) ? [{ label: page.menu.label, href: page.route }] : [];
// #endregion menu

const area = document.getElementById('module-area');
const panels = [];

function navigate(path) {
  window.history.pushState(null, '', path);
  route();
}

// #region parcel
const propsFor = (domElement) => ({
  dispatcherClient: clients.get(tenant),
  hasPermission,
  navigate,
  domElement,
});

function openPanel() {
  const panel = document.createElement('div');
  const outlet = document.createElement('div');
  const close = Object.assign(document.createElement('button'), { textContent: 'Close panel' });
  panel.append(close, outlet);
  area.append(panel);
  const parcel = mountRootParcel(() => federation.loadRemote('active_sessions/app'), propsFor(outlet));
  const entry = { panel, outlet, parcel };
  close.addEventListener('click', () => closePanel(entry));
  panels.push(entry);
}

async function closePanel(entry) {
  panels.splice(panels.indexOf(entry), 1);
  await entry.parcel.unmount();
  entry.panel.remove();
}

function switchTenant(next) {
  tenant = next;
  for (const { parcel, outlet } of panels) parcel.update(propsFor(outlet));
}
// #endregion parcel

function route() {
  const onPage = window.location.pathname === page.route;
  if (onPage && panels.length === 0) openPanel();
  if (!onPage) for (const entry of [...panels]) closePanel(entry);
  render();
}

const root = ReactDOMClient.createRoot(document.getElementById('root'));
function render() {
  root.render(
    <Shell
      menu={menu}
      navigate={navigate}
      tenants={config.tenants}
      tenant={tenant}
      onTenant={(next) => {
        switchTenant(next);
        render();
      }}
      onAddPanel={window.location.pathname === page.route ? openPanel : null}
    />,
  );
}

window.addEventListener('popstate', route);
// The browser suite reads the console's React from here, to see that nothing replaced it.
window.hostReact = React;
route();
