// The console: its own React draws the menu, single-spa mounts the Active Sessions page in the outlet.
// The module's props, its lifecycles and its manifest are typed by active-sessions-mfe-types.
import manifest from 'active_sessions/manifest';
import type { ActiveSessionsProps } from 'active-sessions-mfe-types';
import axios from 'axios';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { navigateToUrl, registerApplication, start } from 'single-spa';
import { Shell } from './Shell';

declare global {
  interface Window {
    hostReact?: typeof React;
  }
}

const user = { id: 'admin', tenant: 'acme', permissions: ['communications.access', 'handoff.access'] };

// The console's own client: every module gets this instance, with the console's interceptors.
const dispatcherClient = axios.create({ baseURL: process.env.DISPATCHER_URL, timeout: 10_000 });
dispatcherClient.interceptors.request.use((request) => {
  request.headers.set('X-Tenant-Id', user.tenant);
  request.headers.set('X-User-Id', user.id);
  return request;
});
const hasPermission = (permission: string) => user.permissions.includes(permission);
const outlet = document.getElementById('module-outlet') as HTMLElement;

// #region register
const activeSessionsProps = (): ActiveSessionsProps => ({
  dispatcherClient,
  hasPermission,
  navigate: navigateToUrl,
  domElement: outlet,
});
registerApplication({
  name: 'active-sessions',
  app: () => import('active_sessions/app'),
  activeWhen: manifest.route,
  customProps: activeSessionsProps,
});
// #endregion register
const menu = hasPermission(manifest.requiredPermission)
  ? [{ label: manifest.menu.label, href: manifest.route }]
  : [];

// The browser suite reads the console's React from here, to see that nothing replaced it.
window.hostReact = React;
createRoot(document.getElementById('root') as HTMLElement).render(<Shell menu={menu} />);
start();
