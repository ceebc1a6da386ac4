// The console: its own React draws the menu, single-spa mounts the Active Sessions page in the outlet.
// Plain JavaScript (no JSX), so the build needs no compiler beside webpack.
import manifest from 'active_sessions/manifest';
import axios from 'axios';
import React, { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
// Shared with the module, which imports it: webpack provides a shared package only when the console's
// own code imports it, and this console writes no JSX.
import 'react/jsx-runtime';
import { addErrorHandler, navigateToUrl, registerApplication, start } from 'single-spa';

const user = { id: 'admin', tenant: 'acme', permissions: ['communications.access', 'handoff.access'] };

// The console's own client: every module gets this instance, with the console's interceptors.
const dispatcherClient = axios.create({ baseURL: process.env.DISPATCHER_URL, timeout: 10_000 });
dispatcherClient.interceptors.request.use((request) => {
  request.headers.set('X-Tenant-Id', user.tenant);
  request.headers.set('X-User-Id', user.id);
  return request;
});
const hasPermission = (permission) => user.permissions.includes(permission);

registerApplication({
  name: 'active-sessions',
  app: () => import('active_sessions/app'),
  activeWhen: manifest.route,
  customProps: () => ({
    dispatcherClient,
    hasPermission,
    navigate: navigateToUrl,
    domElement: document.getElementById('module-outlet'),
  }),
});
addErrorHandler((error) => {
  document.getElementById('problem').textContent =
    `${error.appOrParcelName} could not start: ${error.message}`;
});
const menu = hasPermission(manifest.requiredPermission)
  ? [{ label: manifest.menu.label, href: manifest.route }]
  : [];

function Shell() {
  const link = ({ label, href }) => h('li', { key: href }, h('a', { href, onClick: navigateToUrl }, label));
  return h('nav', { 'aria-label': 'Main' }, h('ul', null, [{ label: 'Home', href: '/' }, ...menu].map(link)));
}

// The browser suite reads the console's React from here, to see that nothing replaced it.
window.hostReact = React;
createRoot(document.getElementById('root')).render(h(Shell));
start();
