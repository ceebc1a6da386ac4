// The module as a federated remote in a real browser: the console's menu entry comes from the remote's
// manifest file (the slim entry's, the console provides the federation runtime), the route's files are
// fetched ahead when the browser is idle, every file of the module comes from the remote's own origin,
// React is the host's single copy, and a remote that is down or broken leaves the console usable and
// names the module.
import type { Page } from 'playwright-core';
import { cspViolationsSeen, mainMenu, PAGE_ROOT, waitForRows } from './support/page';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

interface MfAssets {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}
interface MfManifest {
  metaData: { remoteEntry: { name: string }; activeSessions: { route: string } };
  shared: Array<{ name: string; assets: MfAssets }>;
  exposes: Array<{ name: string; assets: MfAssets }>;
}

/** Every file of an expose. */
const allFiles = (assets: MfAssets) => [
  ...assets.js.sync,
  ...assets.js.async,
  ...assets.css.sync,
  ...assets.css.async,
];

/** Fetched once the first rows are on screen: the agents' panel. */
const AFTER_ROWS = /(^|[./])after-rows-/;

/**
 * What an English page fetches of an expose for its first rows: everything but the release code
 * (`on-demand-…`, fetched when Release or a box is first reached for), other languages' catalogs
 * (`i18n-…`) and what comes after the rows (`after-rows-…`).
 */
const files = (assets: MfAssets) =>
  allFiles(assets).filter((file) => !/(^|[./])(on-demand|i18n|after-rows)-/.test(file));

const suite = stackPerFile();
const open = (route: string) => suite.open(route);
let manifestUrl: URL;
let manifest: MfManifest;

beforeAll(async () => {
  // What the remote publishes for this console, read the way a host reads it (not counted below).
  manifestUrl = new URL(suite.stack.host.config().remotes.active_sessions as string);
  manifest = (await (await fetch(manifestUrl)).json()) as MfManifest;
});

const exposeOf = (name: string) => {
  const expose = manifest.exposes.find((candidate) => candidate.name === name);
  if (!expose) throw new Error(`${manifestUrl.pathname} lists no ./${name} expose`);
  return expose;
};
const exposedFiles = (name: string) => files(exposeOf(name).assets).map((file) => `/${file}`);
const afterRowsFiles = (name: string) =>
  allFiles(exposeOf(name).assets)
    .filter((file) => AFTER_ROWS.test(file))
    .map((file) => `/${file}`);

afterEach(async () => {
  await suite.stack.host.remoteFaults.reset();
});

const communications = (page: Page) => mainMenu(page).getByRole('region', { name: 'Communications' });

describe('the module in the console', () => {
  test('the menu shows Communications → Active Sessions from the manifest file alone, no remote code run for it', async () => {
    // Everything of the remote but its manifest file fails: the menu entry needs nothing else.
    suite.stack.host.remoteFaults.fail(/\.(js|css)$/);
    const before = suite.stack.host.remoteRequests().length;
    const { page, uncaught } = await open('/');
    const entry = communications(page).getByRole('link', { name: 'Active Sessions' });
    await entry.waitFor();

    expect(manifestUrl.pathname).toBe('/mf-manifest.slim.json');
    expect(await entry.getAttribute('href')).toBe(manifest.metaData.activeSessions.route);
    expect(await entry.getAttribute('href')).toBe(ACTIVE_SESSIONS);
    // Ordered by the manifest's `order` (20) among the console's own entries (10, 30, 40).
    expect(await communications(page).getByRole('link').allTextContents()).toEqual([
      'Handoff Inbox',
      'Active Sessions',
      'Conversation Logs',
      'Conversation Menus',
    ]);
    // The manifest file was asked for once, and the ./manifest expose never.
    const asked = suite.stack.host.remoteRequests().slice(before);
    expect(asked.filter((path) => path === manifestUrl.pathname)).toHaveLength(1);
    expect(asked.filter((path) => exposedFiles('manifest').includes(path))).toEqual([]);
    expect(uncaught).toEqual([]);
  });

  test('once the browser is idle, the route’s files are fetched ahead, and opening the page fetches nothing more but the agents’ panel, after the rows', async () => {
    const before = suite.stack.host.remoteRequests().length;
    const { page, uncaught } = await open('/');
    const routeFiles = [`/${manifest.metaData.remoteEntry.name}`, ...exposedFiles('app')];
    // Preloaded without anyone opening the page: entry, the page's chunk and its stylesheet.
    await page.waitForFunction((paths) => {
      const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      return paths.every((path) => fetched.includes(path));
    }, routeFiles);
    expect(await page.locator(PAGE_ROOT).count()).toBe(0);
    const preloaded = suite.stack.host.remoteRequests().slice(before);

    await communications(page).getByRole('link', { name: 'Active Sessions' }).click();
    await waitForRows(page);
    await page.getByTestId('agents-panel').waitFor();
    // The page ran from what was fetched ahead: no file was asked for twice; the panel's came after.
    const all = suite.stack.host.remoteRequests().slice(before);
    const afterRows = afterRowsFiles('app');
    expect(afterRows).toHaveLength(2);
    expect(all.filter((path) => !afterRows.includes(path)).sort()).toEqual(preloaded.sort());
    expect(all.filter((path) => afterRows.includes(path)).sort()).toEqual([...afterRows].sort());
    expect([...new Set(all)].sort()).toEqual([manifestUrl.pathname, ...routeFiles, ...afterRows].sort());
    expect(uncaught).toEqual([]);
  });

  test('the module files come from the remote origin, and React is the host copy, loaded once', async () => {
    const hostOrigin = new URL(suite.stack.host.hostUrl).origin;
    const remoteOrigin = new URL(suite.stack.host.remoteUrl).origin;
    expect(remoteOrigin).not.toBe(hostOrigin);
    suite.stack.host.clearCspViolations();
    const before = suite.stack.host.remoteRequests().length;

    const { page, requests, uncaught } = await open(ACTIVE_SESSIONS);
    await waitForRows(page);
    await page.getByTestId('agents-panel').waitFor();

    const exposed = [...exposedFiles('app'), ...afterRowsFiles('app')];
    const expected = [manifestUrl.pathname, `/${manifest.metaData.remoteEntry.name}`, ...exposed].sort();
    expect(exposed.some((file) => file.endsWith('.css'))).toBe(true);

    // What the browser fetched from the remote origin: its manifest, entry, the page's chunk and CSS,
    // and after the rows the agents' panel (no language chunk: the page is in English; no release
    // code: nobody reached for Release).
    const fromRemote = requests.urls().filter((url) => url.origin === remoteOrigin);
    expect([...new Set(fromRemote.map((url) => url.pathname))].sort()).toEqual(expected);
    // The remote's server saw the same, and nothing else.
    expect([...new Set(suite.stack.host.remoteRequests().slice(before))].sort()).toEqual(expected);
    // None of the module's files came from the console's origin.
    const hostPaths = requests
      .urls()
      .filter((url) => url.origin === hostOrigin)
      .map((url) => url.pathname);
    expect(hostPaths.filter((p) => expected.includes(p))).toEqual([]);

    // The remote declares React as shared but publishes no copy of it: the page runs on the host's.
    const sharedNames = manifest.shared.map((shared) => shared.name);
    expect(sharedNames).toEqual(expect.arrayContaining(['react', 'react-dom/client', 'react/jsx-runtime']));
    expect(manifest.shared.flatMap((shared) => files(shared.assets))).toEqual([]);

    // One react-dom on the page: the console's root and the module's root carry the same instance key
    // (each react-dom copy marks its containers with its own random `__reactContainer$…` suffix).
    const containerKeys = await page.evaluate(() => {
      const keysOf = (element: Element | null) =>
        element ? Object.keys(element).filter((key) => key.startsWith('__reactContainer$')) : [];
      return {
        host: keysOf(document.getElementById('root')),
        module: keysOf(document.getElementById('module-outlet')),
      };
    });
    expect(containerKeys.host).toHaveLength(1);
    expect(containerKeys.module).toEqual(containerKeys.host);

    // The module's stylesheet is linked from the remote origin and applies (a badge is a pill).
    const remoteSheets = await page.evaluate(
      (origin) =>
        Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
          .map((link) => link.href)
          .filter((href) => href.startsWith(origin)),
      remoteOrigin,
    );
    expect(remoteSheets.map((href) => new URL(href).pathname)).toEqual(
      expected.filter((p) => p.endsWith('.css')),
    );
    expect(
      await page
        .locator('[data-state]')
        .first()
        .evaluate((badge) => getComputedStyle(badge).borderRadius),
    ).toBe('999px');

    // Everything above passed the console's strict CSP (script-src and style-src name the remote origin).
    expect(await cspViolationsSeen(page)).toEqual([]);
    expect(suite.stack.host.cspViolations()).toEqual([]);
    expect(uncaught).toEqual([]);
  });
});

describe('a remote that cannot be loaded', () => {
  test('with the remote server down, the console stays usable and names the failed module', async () => {
    await suite.stack.host.remoteFaults.down();
    const { page, uncaught } = await open(ACTIVE_SESSIONS);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The module active_sessions could not be loaded.' });
    await alert.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Page unavailable' }).waitFor();
    const menu = mainMenu(page);
    expect(await menu.getByRole('link', { name: 'Active Sessions' }).count()).toBe(0);

    // The console's own pages still navigate, client-side, and load their data.
    await menu.getByRole('link', { name: 'Handoff Inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handoff Inbox' }).waitFor();
    await page.getByRole('table').filter({ hasText: 'Sessions waiting for an agent' }).waitFor();
    await menu.getByRole('link', { name: 'Conversation Menus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversation Menus' }).waitFor();
    await menu.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tenant console' }).waitFor();
    expect(await alert.isVisible()).toBe(true);
    expect(uncaught).toEqual([]);

    // Once the remote is back, Retry loads it without a page reload.
    await suite.stack.host.remoteFaults.up();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await menu.getByRole('link', { name: 'Active Sessions' }).click();
    await waitForRows(page);
    expect(await alert.count()).toBe(0);
    expect(uncaught).toEqual([]);
  });

  test('when the manifest file fails, the menu has no Active Sessions entry and the console works', async () => {
    suite.stack.host.remoteFaults.fail(manifestUrl.pathname);
    const { page, uncaught } = await open('/');
    await page
      .getByRole('alert')
      .filter({ hasText: 'The module active_sessions could not be loaded.' })
      .waitFor();
    const links = await communications(page).getByRole('link').allTextContents();
    expect(links).toEqual(['Handoff Inbox', 'Conversation Logs', 'Conversation Menus']);
    await mainMenu(page).getByRole('link', { name: 'Conversation Logs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conversation Logs' }).waitFor();
    expect(uncaught).toEqual([]);
  });
});
