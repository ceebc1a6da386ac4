// The console: its own React draws the menu, single-spa mounts the Active Sessions page in the outlet.
// It writes JSX, so its own code imports react/jsx-runtime; its build does not share it.
import manifest from 'active_sessions/manifest';
import axios from 'axios';
import React from 'react';
import { createRoot } from 'react-dom/client';
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
  return (
    <nav aria-label="Main">
      <ul>
        {[{ label: 'Home', href: '/' }, ...menu].map(({ label, href }) => (
          <li key={href}>
            <a href={href} onClick={navigateToUrl}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The browser suite reads the console's React from here, to see that nothing replaced it.
window.hostReact = React;
createRoot(document.getElementById('root')).render(<Shell />);
start();
