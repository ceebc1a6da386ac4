// The module as a federated remote in a real browser: the console's menu entry comes from the remote's
// ./manifest, every file of the module comes from the remote's own origin, React is the host's single
// copy, and a remote that is down or broken leaves the console usable and names the module.
import type { Page } from 'playwright-core';
import { cspViolationsSeen, mainMenu, waitForRows } from './support/page';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

interface MfAssets {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}
interface MfManifest {
  metaData: { remoteEntry: { name: string } };
  shared: Array<{ name: string; assets: MfAssets }>;
  exposes: Array<{ name: string; assets: MfAssets }>;
}

const files = (assets: MfAssets) => [
  ...assets.js.sync,
  ...assets.js.async,
  ...assets.css.sync,
  ...assets.css.async,
];

/** What an expose loads up front; its async chunks are other languages' catalogs, fetched only for them. */
/** What an English page loads to show its rows: the exposes' own files (the release code comes on intent). */
const loadedFiles = (assets: MfAssets) => [...assets.js.sync, ...assets.css.sync];

const suite = stackPerFile();
const open = (route: string) => suite.open(route);
let manifest: MfManifest;

beforeAll(async () => {
  // What the remote publishes, read the way a host reads it (this request is not counted below).
  manifest = (await (await fetch(`${suite.stack.host.remoteUrl}/mf-manifest.json`)).json()) as MfManifest;
});

afterEach(async () => {
  await suite.stack.host.remoteFaults.reset();
});

const communications = (page: Page) => mainMenu(page).getByRole('region', { name: 'Communications' });

describe('the module in the console', () => {
  test('the menu shows Communications → Active Sessions from the remote ./manifest, before any page code loads', async () => {
    const before = suite.stack.host.remoteRequests().length;
    const { page, uncaught } = await open('/');
    const entry = communications(page).getByRole('link', { name: 'Active Sessions' });
    await entry.waitFor();

    expect(await entry.getAttribute('href')).toBe(ACTIVE_SESSIONS);
    // Ordered by the manifest's `order` (20) among the console's own entries (10, 30, 40).
    expect(await communications(page).getByRole('link').allTextContents()).toEqual([
      'Handoff Inbox',
      'Active Sessions',
      'Conversation Logs',
      'Conversation Menus',
    ]);

    // On the home page the console asked the remote for its manifest and the ./manifest expose only.
    const manifestExpose = manifest.exposes.find((expose) => expose.name === 'manifest');
    if (!manifestExpose) throw new Error('mf-manifest.json lists no ./manifest expose');
    const asked = new Set(suite.stack.host.remoteRequests().slice(before));
    expect([...asked].sort()).toEqual(
      [
        '/mf-manifest.json',
        `/${manifest.metaData.remoteEntry.name}`,
        ...files(manifestExpose.assets).map((f) => `/${f}`),
      ].sort(),
    );
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

    const exposed = manifest.exposes.flatMap((expose) => loadedFiles(expose.assets));
    const expected = ['mf-manifest.json', manifest.metaData.remoteEntry.name, ...exposed]
      .map((f) => `/${f}`)
      .sort();
    expect(exposed.some((file) => file.endsWith('.css'))).toBe(true);

    // What the browser fetched from the remote origin: its manifest, entry, the two exposes and the CSS
    // (no language chunk: the page is in English; no release code: nobody reached for Release).
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

  test('when only the ./manifest expose fails, the menu has no Active Sessions entry and the console works', async () => {
    suite.stack.host.remoteFaults.fail('__federation_expose_manifest');
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
