// The console: its own React draws the menu, single-spa mounts the Active Sessions page in the outlet,
// and a side panel can show the same page as a parcel beside whatever the console shows.
import manifest from 'active_sessions/manifest';
import axios from 'axios';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { mountRootParcel, navigateToUrl, registerApplication, start } from 'single-spa';
import { Shell } from './Shell';

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
const menu = hasPermission(manifest.requiredPermission)
  ? [{ label: manifest.menu.label, href: manifest.route }]
  : [];

// #region side-panel
let sidePanel = null;
async function toggleSidePanel() {
  const aside = document.getElementById('side-panel');
  if (sidePanel) {
    const closing = sidePanel;
    sidePanel = null;
    render();
    await closing.unmount();
    aside.hidden = true;
    return;
  }
  aside.hidden = false;
  sidePanel = mountRootParcel(() => import('active_sessions/app'), {
    dispatcherClient,
    hasPermission,
    navigate: navigateToUrl,
    domElement: aside,
  });
  render();
}
// #endregion side-panel

const root = createRoot(document.getElementById('root'));
const render = () =>
  root.render(<Shell menu={menu} sidePanelOpen={sidePanel !== null} onSidePanel={toggleSidePanel} />);

// The browser suite reads the console's React from here, to see that nothing replaced it.
window.hostReact = React;
render();
start();
