// A console that has no React of its own, so it shares none: the module cannot start here, and the
// console must get one clear message saying so.
import { createInstance } from '@module-federation/enhanced/runtime';
import axios from 'axios';
import { addErrorHandler, navigateToUrl, registerApplication, start } from 'single-spa';

const config = await (await fetch('/config.json')).json();
const user = { id: 'admin', tenant: config.tenants[0], permissions: ['communications.access'] };

const dispatcherClient = axios.create({ baseURL: config.dispatcherUrl, timeout: 10_000 });
dispatcherClient.interceptors.request.use((request) => {
  request.headers.set('X-Tenant-Id', user.tenant);
  request.headers.set('X-User-Id', user.id);
  return request;
});

const federation = createInstance({
  name: 'plain_console',
  remotes: [{ name: 'active_sessions', entry: `${config.activeSessionsUrl}/mf-manifest.json` }],
});

const mfManifest = await (await fetch(`${config.activeSessionsUrl}/mf-manifest.json`)).json();
const page = mfManifest.metaData.activeSessions;

const nav = document.querySelector('nav ul');
for (const [label, href] of [
  ['Home', '/'],
  [page.menu.label, page.route],
]) {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href, textContent: label });
  link.addEventListener('click', navigateToUrl);
  item.append(link);
  nav.append(item);
}

// What went wrong with a module, told to the user in the console's own words and the module's.
addErrorHandler((error) => {
  document.getElementById('problem').textContent =
    `${error.appOrParcelName} could not start: ${error.message}`;
});

registerApplication({
  name: 'active-sessions',
  app: () => federation.loadRemote('active_sessions/app'),
  activeWhen: page.route,
  customProps: () => ({
    dispatcherClient,
    hasPermission: (permission) => user.permissions.includes(permission),
    navigate: navigateToUrl,
    domElement: document.getElementById('module-outlet'),
  }),
});
start();
