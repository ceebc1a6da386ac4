// The module in the consoles host teams actually run: webpack 5, Vite, rspack and the federation
// runtime alone, React 18.3 and 19, mounted as a single-spa application or as parcels. Each host is
// built fresh by its own tool and loads the production remote from another origin: the full entry on
// webpack 5's own container and on the oldest (0.8) and the newest (2.x) federation runtimes, the slim
// entry on the oldest runtime it supports (0.17) and the newest; one console under the strictest CSP
// (nonces, Trusted Types). In each: the menu entry, rows, a release, five remounts with nothing left
// behind, the host's own React and no other, nothing of React or single-spa fetched from the remote,
// no version warning, no CSP violation. Consoles the module must refuse (too little shared, a runtime
// too old for the slim entry) get one sentence each and none of the page's code. What each host
// fetched from the remote's origin goes to artifacts/host-matrix.{json,md}.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { caller } from '../mock-host/simulator/testing';
import { ENTRIES } from '../federation.config';
import type { CspViolation } from '../mock-host/servers/csp';
import { exposedFiles, type FederationManifest } from '../test/route-files';
import { launchChromium } from './support/chromium';
import {
  basePathOf,
  type Fetched,
  type HostKind,
  hostRoots,
  MATRIX,
  type Matrix,
  REFUSING,
  type RefusingHost,
  reactRenderers,
  recordConsole,
  recordFetchesFrom,
  recordReactRenderers,
  startHostServer,
  startMatrix,
  VERSION_WARNING,
} from './support/hosts';
import { mainMenu, PAGE_ROOT, pauseClock, ROW, waitForRows } from './support/page';
import { releasableRow, releasedEntries, shownIds, tableBusy, until } from './support/reliability';
import { ACTIVE_SESSIONS, withIdentity } from './support/stack';

jest.setTimeout(60_000);

const REMOUNTS = 5;

let matrix: Matrix;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const [started, launched] = await Promise.allSettled([startMatrix(), launchChromium()]);
  if (started.status === 'fulfilled') matrix = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  if (started.status === 'rejected') throw started.reason;
  if (launched.status === 'rejected') throw launched.reason;
  // Twelve consoles built by five tools (two of them installed first on a fresh clone).
}, 480_000);

afterEach(async () => {
  await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  writeReport();
  await browser?.close().catch(() => undefined);
  await matrix?.close();
});

const remoteOrigin = () => new URL(matrix.remoteUrl).origin;

interface HostPage {
  page: Page;
  console: ReturnType<typeof recordConsole>;
  fetched: ReturnType<typeof recordFetchesFrom>;
}

/**
 * A page of a new context on `origin` + `route`, recording React renderers, console and remote
 * fetches. With `clock`, playwright's clock runs the page's time: as usual, until a test moves it on.
 */
async function openAt(
  origin: string,
  route = '/',
  fetchesFrom = remoteOrigin(),
  { clock = false } = {},
): Promise<HostPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  await context.addInitScript(recordReactRenderers);
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (clock) await page.clock.install();
  const hostPage = { page, console: recordConsole(page), fetched: recordFetchesFrom(page, fetchesFrom) };
  await page.goto(`${origin}${route}`);
  return hostPage;
}

/**
 * The mock host takes its identity from the URL; the other hosts sign in as acme's admin themselves.
 * `route` is the console's route: a host served under a base path is opened below it.
 */
function openHost(name: string, route = '/', options: { clock?: boolean } = {}) {
  const origin = matrix.hostUrl[name];
  if (!origin) throw new Error(`no host named ${name}`);
  if (name !== 'mock-host') return openAt(origin, `${basePathOf(name)}${route}`, remoteOrigin(), options);
  const url = new URL(withIdentity(`${origin}${route}`));
  return openAt(origin, `${url.pathname}${url.search}`);
}

/** Installed before any script of the page: every CSP violation it sees, as it happens. */
function recordCspViolations() {
  const seen: string[] = [];
  Object.assign(window, { __cspViolations: seen });
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()),
  );
}

/** CSP violations the page saw, and those its console's server was sent. */
async function cspViolations(page: Page, host: string): Promise<string[]> {
  const seen = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  const reported = matrix
    .cspViolations(host)
    .map((violation: CspViolation) => `${violation.effectiveDirective} ${violation.blockedUrl} (reported)`);
  return [...seen, ...reported];
}

/** Whether the page enforces Trusted Types for scripts: a plain string as a script's URL is refused. */
const trustedTypesEnforced = (page: Page) =>
  page.evaluate(() => {
    try {
      document.createElement('script').src = '/anything.js';
      return false;
    } catch {
      return true;
    }
  });

const menuEntry = (page: Page) => mainMenu(page).getByRole('link', { name: 'Active Sessions', exact: true });
const homeLink = (page: Page) => mainMenu(page).getByRole('link', { name: 'Home', exact: true });

/**
 * Leaves the page through the host's menu and waits until its unmount has finished: for an
 * application, single-spa's routing event (it follows the unmounts); for the parcel host, the panels
 * it removes once their parcels have unmounted. `remaining`: instances elsewhere that stay mounted.
 */
async function leave(page: Page, { parcels = false, remaining = 0 } = {}) {
  const routed = parcels
    ? null
    : page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const routed = (event: Event) => {
              const { newUrl } = (event as CustomEvent<{ newUrl: string }>).detail;
              if (new URL(newUrl).pathname !== '/') return;
              window.removeEventListener('single-spa:routing-event', routed);
              resolve();
            };
            window.addEventListener('single-spa:routing-event', routed);
          }),
      );
  await homeLink(page).click();
  if (parcels) await page.locator('#module-area > div').first().waitFor({ state: 'detached' });
  await routed;
  expect(await page.locator(PAGE_ROOT).count()).toBe(remaining);
}

/** Matches any one of `texts`, whole. */
const oneOf = (...texts: string[]) =>
  expect.stringMatching(
    new RegExp(`^(${texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`),
  );

const hostReactVersion = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostReact?: { version: string } }).hostReact?.version ?? null);

/**
 * What of the module is in the document: pages, its classed elements, containers, and live sheets.
 * With `onlyIfNothing`, null unless all of them are zero (a condition to wait for).
 */
function moduleFootprint([origin, onlyIfNothing]: [string, boolean]) {
  const moduleSheet = (link: HTMLLinkElement) =>
    link.href.startsWith(origin) || (link.dataset.rspack ?? '').startsWith('active_sessions');
  const found = {
    pages: document.querySelectorAll('[data-testid="active-sessions-page"]').length,
    moduleClassed: Array.from(document.querySelectorAll('[class]')).filter((element) =>
      Array.from(element.classList).some((name) => name.startsWith('as_')),
    ).length,
    spaContainers: document.querySelectorAll('[id^="single-spa-application:"]').length,
    dialogs: document.querySelectorAll('dialog').length,
    // Kept in the document switched off, or taken out: either way nothing of ours styles the host.
    liveModuleSheets: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
      .filter(moduleSheet)
      .filter((link) => !link.disabled && !link.sheet?.disabled).length,
  };
  return onlyIfNothing && Object.values(found).some((count) => count > 0) ? null : found;
}

/**
 * What of the module is left once an unmount has finished: the page's DOM goes first, its sheets are
 * switched off when the lifecycle resolves. Waits for nothing to be left, then reports what is.
 */
async function footprint(page: Page, origin = remoteOrigin()) {
  await page.waitForFunction(moduleFootprint, [origin, true] as [string, boolean]).catch(() => undefined);
  return page.evaluate(moduleFootprint, [origin, false] as [string, boolean]);
}

const NOTHING_LEFT = { pages: 0, moduleClassed: 0, spaContainers: 0, dialogs: 0, liveModuleSheets: 0 };

/** The module's CSS applies inside `scope`: a state badge is a pill (border-radius from the module's sheet). */
async function styled(scope: Locator): Promise<string> {
  await scope.locator(ROW).first().waitFor();
  return scope
    .locator('[data-state]')
    .first()
    .evaluate((badge) => getComputedStyle(badge).borderRadius);
}
const PILL = '999px';

/** The React container of the host's root and of the module's page: one react-dom marks both alike. */
const reactContainers = (page: Page) =>
  page.evaluate(() => {
    const containerKey = (start: Element | null) => {
      for (let element = start; element; element = element.parentElement) {
        const key = Object.keys(element).find((name) => name.startsWith('__reactContainer$'));
        if (key) return key;
      }
      return null;
    };
    return {
      host: containerKey(document.getElementById('root')),
      module: containerKey(document.querySelector('[data-testid="active-sessions-page"]')),
    };
  });

interface Totals {
  files: number;
  bytes: number;
  gzipBytes: number;
}
const totals = (fetched: Fetched[]): Totals => ({
  files: fetched.length,
  bytes: fetched.reduce((sum, file) => sum + file.bytes, 0),
  gzipBytes: fetched.reduce((sum, file) => sum + file.gzipBytes, 0),
});

interface ReportRow {
  host: string;
  tool: string;
  mounts: string;
  menuFrom: string;
  entry: string;
  runtime: string;
  csp: string;
  outcome: 'passed' | 'failed' | 'refused as it must be';
  /** For a console the module must refuse, the sentence it showed. */
  refusal: string | null;
  cspViolations: string[];
  hostReact: string | null;
  reactAfterMount: string | null;
  reactDomCopies: Array<{ version: string; packageName: string }>;
  /** From the remote's origin: for the menu (before the page opens), up to the first rows, and over all six visits. */
  fromRemote: { menu: Totals; firstVisit: Totals; allVisits: Totals };
  reactFilesFromRemote: string[];
  singleSpaFilesFromRemote: string[];
  versionWarnings: string[];
  fetched: Fetched[];
}
const report: ReportRow[] = [];

describe.each(MATRIX)('in the $name host', (host: HostKind) => {
  test('menu entry, rows, a release, five remounts with nothing left, and only the host’s own React', async () => {
    const row: ReportRow = {
      host: host.name,
      tool: host.tool,
      mounts: host.mounts,
      menuFrom: host.menuFrom,
      entry: host.entry,
      runtime: host.runtime,
      csp: host.csp,
      outcome: 'failed',
      refusal: null,
      cspViolations: [],
      hostReact: host.react,
      reactAfterMount: null,
      reactDomCopies: [],
      fromRemote: { menu: totals([]), firstVisit: totals([]), allVisits: totals([]) },
      reactFilesFromRemote: [],
      singleSpaFilesFromRemote: [],
      versionWarnings: [],
      fetched: [],
    };
    report.push(row);
    const { page, console: output, fetched } = await openHost(host.name);

    const entry = menuEntry(page);
    await entry.waitFor();
    expect(await entry.getAttribute('href')).toBe(`${host.basePath}${ACTIVE_SESSIONS}`);
    const { manifest, remoteEntry } = ENTRIES[host.entry];
    // The first file asked for says where the module is: its manifest file or its entry. A menu drawn
    // from the manifest file's metadata had to have that file first.
    const first = (await fetched.all()).map((file) => file.path)[0];
    expect({ menuFrom: host.menuFrom, first }).toEqual({
      menuFrom: host.menuFrom,
      first:
        host.menuFrom === 'mf-manifest.json metadata'
          ? `/${manifest}`
          : oneOf(`/${manifest}`, `/${remoteEntry}`),
    });
    // The host's own React, where it shows it (the mock console does not).
    expect(await hostReactVersion(page)).toBe(host.exposesReact ? host.react : null);
    row.fromRemote.menu = totals(await fetched.all());

    await entry.click();
    await waitForRows(page);
    row.fromRemote.firstVisit = totals(await fetched.all());
    row.reactDomCopies = await reactRenderers(page);
    row.reactAfterMount = await hostReactVersion(page);
    // One react-dom started, the host's; the module renders with it (same container marks as the host's root).
    expect(row.reactDomCopies).toEqual([{ version: host.react, packageName: 'react-dom' }]);
    expect(row.reactAfterMount).toBe(host.exposesReact ? host.react : null);
    const containers = await reactContainers(page);
    expect(containers.host).not.toBeNull();
    expect(containers.module).toBe(containers.host);

    // One release, through the host's client, seen by the dispatcher.
    const target = await releasableRow(page);
    await target.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Released: the session with ${target.contact}` })
      .waitFor();
    const released = await releasedEntries(caller(matrix.dispatcherUrl, 'acme', 'admin'), target.id);
    expect(released.map((entry) => entry.actor)).toEqual(['Alex Admin']);

    for (let visit = 1; visit <= REMOUNTS; visit += 1) {
      await leave(page, { parcels: host.mounts === 'parcel' });
      expect({ visit, ...(await footprint(page)) }).toEqual({ visit, ...NOTHING_LEFT });
      await menuEntry(page).click();
      expect(await styled(page.locator(PAGE_ROOT))).toBe(PILL);
      expect(await page.locator(PAGE_ROOT).count()).toBe(1);
    }
    await leave(page, { parcels: host.mounts === 'parcel' });
    expect(await footprint(page)).toEqual(NOTHING_LEFT);
    expect(await reactRenderers(page)).toEqual(row.reactDomCopies);
    expect(await hostReactVersion(page)).toBe(host.exposesReact ? host.react : null);

    row.fetched = await fetched.all();
    row.fromRemote.allVisits = totals(row.fetched);
    row.reactFilesFromRemote = row.fetched.filter((file) => file.react).map((file) => file.path);
    row.singleSpaFilesFromRemote = row.fetched.filter((file) => file.singleSpa).map((file) => file.path);
    row.versionWarnings = output.lines.filter((line) => VERSION_WARNING.test(line));
    // The host ran the entry meant for it, and never the other one.
    const other = ENTRIES[host.entry === 'full' ? 'slim' : 'full'];
    const paths = new Set(row.fetched.map((file) => file.path));
    expect([`/${remoteEntry}`, `/${other.remoteEntry}`].filter((file) => paths.has(file))).toEqual([
      `/${remoteEntry}`,
    ]);
    // The exposed ./manifest was loaded only by a host that draws its menu from it.
    const manifestModule = [...paths].some((file) => file.includes('__federation_expose_manifest'));
    expect({ menuFrom: host.menuFrom, manifestModule }).toEqual({
      menuFrom: host.menuFrom,
      manifestModule: host.menuFrom === './manifest',
    });
    expect(row.reactFilesFromRemote).toEqual([]);
    expect(row.singleSpaFilesFromRemote).toEqual([]);
    expect(row.versionWarnings).toEqual([]);
    // Under the console's CSP (for the strictest, with a release's on-demand chunk and stylesheet
    // loaded by the module's own chunk loader through its Trusted Types policy): nothing blocked.
    row.cspViolations = await cspViolations(page, host.name);
    expect(row.cspViolations).toEqual([]);
    expect(output.lines.filter((line) => line.startsWith('error:'))).toEqual([]);
    expect(output.errors).toEqual([]);
    // Under Trusted Types, the policy was in force all along and a violation would have been seen: a
    // script URL that is a plain string is refused, and reported. Elsewhere it is taken as it is.
    const trustedTypes = host.csp === 'trusted types';
    expect(await trustedTypesEnforced(page)).toBe(trustedTypes);
    expect(
      await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    ).toEqual(
      trustedTypes
        ? [expect.stringMatching(/^require-trusted-types-for trusted-types-sink HTMLScriptElement src/)]
        : [],
    );
    row.outcome = 'passed';
  });
});

const remoteManifest = (file: string): FederationManifest =>
  JSON.parse(readFileSync(path.join(matrix.remoteDir, file), 'utf8'));

describe.each(REFUSING)('the $name console', (host: RefusingHost) => {
  test('is refused in one sentence, and none of the page’s code runs', async () => {
    const row: ReportRow = {
      host: host.name,
      tool: host.tool,
      mounts: host.mounts,
      menuFrom: host.menuFrom,
      entry: host.entry,
      runtime: host.runtime,
      csp: host.csp,
      outcome: 'failed',
      refusal: null,
      cspViolations: [],
      hostReact: host.react,
      reactAfterMount: null,
      reactDomCopies: [],
      fromRemote: { menu: totals([]), firstVisit: totals([]), allVisits: totals([]) },
      reactFilesFromRemote: [],
      singleSpaFilesFromRemote: [],
      versionWarnings: [],
      fetched: [],
    };
    report.push(row);
    const { page, console: output, fetched } = await openHost(host.name, ACTIVE_SESSIONS);
    // The console's own error handling shows the load's rejection: the sentence, not a white page.
    const alert = page.getByRole('alert').filter({ hasText: host.refusal });
    await alert.waitFor();
    row.refusal = host.refusal;
    expect(await page.locator(PAGE_ROOT).count()).toBe(0);

    // Said once: at most the runtime's one warning and the console's one error carry it (it was one
    // warning per shared key, and a TypeError or an error code with no words at all).
    const saying = (kind: string) =>
      output.lines.filter((line) => line.startsWith(`${kind}:`) && line.includes(host.refusal));
    expect(saying('warning').length).toBeLessThanOrEqual(1);
    expect(saying('error').length).toBeLessThanOrEqual(1);
    expect(
      output.lines.filter((line) => /shares no React|is not a constructor|RUNTIME-008/.test(line)),
    ).toEqual([]);
    // An uncaught error, where the console's tool leaves one, is the same rejection: the same words.
    expect(output.errors.filter((error) => !error.includes(host.refusal))).toEqual([]);
    expect(output.errors.length).toBeLessThanOrEqual(1);

    // No file of the page was fetched for the refused load. A console whose runtime reads the remote's
    // manifest file fetches ./app's first files itself, in parallel with the entry (its runtime's own
    // preloading, before any of the remote's code runs); nothing more comes.
    const { manifest } = ENTRIES[host.entry];
    const app = exposedFiles(remoteManifest(manifest), './app');
    const preloaded = host.remoteFrom === 'manifest file' ? remoteManifest(manifest).exposes : [];
    const mayPreload = new Set(
      preloaded
        .filter((expose) => expose.path === './app')
        .flatMap((expose) => [...expose.assets.js.sync, ...expose.assets.css.sync]),
    );
    row.fetched = await fetched.all();
    row.fromRemote.allVisits = totals(row.fetched);
    row.reactFilesFromRemote = row.fetched.filter((file) => file.react).map((file) => file.path);
    const pageFiles = row.fetched.map((file) => file.path.slice(1)).filter((file) => app.includes(file));
    expect(pageFiles.filter((file) => !mayPreload.has(file))).toEqual([]);
    expect(row.reactFilesFromRemote).toEqual([]);
    row.cspViolations = await cspViolations(page, host.name);
    row.outcome = 'refused as it must be';
  });
});

describe('instances side by side', () => {
  test('the application and a parcel: either unmounts and the other stays styled; a new mount is styled', async () => {
    const { page, console: output } = await openHost('webpack-react19', ACTIVE_SESSIONS);
    const application = page.locator('#module-outlet');
    const sidePanel = page.locator('#side-panel');
    const toggle = page.getByRole('button', { name: 'Side panel' });
    expect(await styled(application)).toBe(PILL);

    // The side panel hides once its parcel has unmounted.
    await toggle.click();
    expect(await styled(sidePanel)).toBe(PILL);
    await toggle.click();
    await sidePanel.waitFor({ state: 'hidden' });
    expect(await styled(application)).toBe(PILL);

    await toggle.click();
    expect(await styled(sidePanel)).toBe(PILL);
    await leave(page, { remaining: 1 });
    expect(await application.locator(PAGE_ROOT).count()).toBe(0);
    expect(await styled(sidePanel)).toBe(PILL);
    await toggle.click();
    await sidePanel.waitFor({ state: 'hidden' });
    expect(await footprint(page)).toEqual(NOTHING_LEFT);

    await menuEntry(page).click();
    expect(await styled(application)).toBe(PILL);
    expect(output.errors).toEqual([]);
  });

  test('two parcels: closing one keeps the other styled; after both close, a new one is styled', async () => {
    const { page, console: output } = await openHost('runtime-only', ACTIVE_SESSIONS);
    const panels = page.locator('#module-area > div');
    expect(await styled(panels.nth(0))).toBe(PILL);
    await page.getByRole('button', { name: 'Add panel' }).click();
    expect(await styled(panels.nth(1))).toBe(PILL);

    // A panel goes once its parcel has unmounted.
    await panels.nth(0).getByRole('button', { name: 'Close panel' }).click();
    await panels.nth(1).waitFor({ state: 'detached' });
    expect(await styled(panels.nth(0))).toBe(PILL);

    await panels.nth(0).getByRole('button', { name: 'Close panel' }).click();
    await panels.nth(0).waitFor({ state: 'detached' });
    expect(await footprint(page)).toEqual(NOTHING_LEFT);

    await page.getByRole('button', { name: 'Add panel' }).click();
    expect(await styled(panels.nth(0))).toBe(PILL);
    expect(output.errors).toEqual([]);
  });
});

test('deployed at the host’s own origin root, unmount never touches the host’s stylesheet', async () => {
  let origin = '';
  const name = 'runtime-only';
  // One origin serves the remote's build and the host's files from its root: the module's public path is `/`.
  const server = await startHostServer([matrix.remoteDir, ...hostRoots(name)], () =>
    matrix.runtimeConfig(origin),
  );
  origin = server.url;
  try {
    const { page, console: output } = await openAt(origin, ACTIVE_SESSIONS, origin);
    const hostSheet = () =>
      page.evaluate(() => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href="/host.css"]');
        const menu = document.querySelector('nav[aria-label="Main"] ul');
        return {
          inDocument: link?.isConnected ?? false,
          disabled: Boolean(link?.disabled || link?.sheet?.disabled),
          menuBackground: menu ? getComputedStyle(menu).backgroundColor : null,
        };
      });
    const intact = { inDocument: true, disabled: false, menuBackground: 'rgb(32, 48, 74)' };
    expect(await styled(page.locator('#module-area'))).toBe(PILL);
    expect(await hostSheet()).toEqual(intact);
    for (let visit = 1; visit <= 2; visit += 1) {
      await leave(page, { parcels: true });
      expect({ visit, ...(await hostSheet()) }).toEqual({ visit, ...intact });
      await menuEntry(page).click();
      expect(await styled(page.locator('#module-area'))).toBe(PILL);
      expect(await hostSheet()).toEqual(intact);
    }
    expect(output.errors).toEqual([]);
  } finally {
    await server.close();
  }
});

// Loud rules on the elements the page is made of, as a console's global stylesheet may have them. The
// host's font (family, size, line height) reaches the page on purpose, so the body rule leaves it alone.
const HOSTILE_CSS = `
  body { color: #c0c; }
  table { border: 6px dashed red; border-collapse: separate; border-spacing: 9px; background: yellow; margin: 40px; }
  caption { text-align: right; color: red; padding: 20px; font-size: 30px; }
  th, td { border: 4px solid lime; padding: 25px; line-height: 4; text-align: center; vertical-align: bottom; background: pink; color: blue; }
  tr { background: orange; }
  h1, h2, h3 { color: red; margin: 50px; line-height: 3; text-transform: uppercase; font-size: 44px; border-bottom: 5px solid blue; }
  p { margin: 30px; color: green; }
  button { border: 5px dotted red; background: black; color: yellow; padding: 20px; margin: 10px; border-radius: 0; text-transform: uppercase; font-size: 22px; }
  a { color: orange; text-decoration: line-through; font-weight: 900; }
  input, textarea, select { border: 5px solid purple; background: cyan; padding: 15px; margin: 12px; font-size: 24px; }
  label { display: block; color: brown; font-size: 26px; }
  dialog { border: 8px double red; background: lime; padding: 60px; color: purple; }
  ul, ol { margin: 40px; padding: 40px; list-style: square; }
  section, header, nav { border: 3px solid red; margin: 20px; padding: 20px; }
`;

const COMPARED = [
  'color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-right-width',
  'border-bottom-width',
  'border-bottom-style',
  'border-left-width',
  'border-top-left-radius',
  'border-collapse',
  'border-spacing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-align',
  'text-transform',
  'text-decoration-line',
  'vertical-align',
  'display',
  'list-style-type',
];

/** Computed styles of `root` and every element in it (the first three rows of a table only). */
function computedStyles(scope: Locator) {
  return scope.evaluate((root, properties) => {
    const laterRow = (element: Element) => {
      const row = element.closest('tbody tr');
      return row !== null && Array.from(row.parentElement?.children ?? []).indexOf(row) >= 3;
    };
    return [root, ...Array.from(root.querySelectorAll('*'))]
      .filter((element) => !laterRow(element))
      .map((element) => {
        const style = getComputedStyle(element);
        const label = `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''}`;
        return [label, ...properties.map((property) => `${property}: ${style.getPropertyValue(property)}`)];
      });
  }, COMPARED);
}

test('a host’s element rules do not change the page (its font is the host’s on purpose)', async () => {
  const plain = await openHost('runtime-only', ACTIVE_SESSIONS);
  const hostile = await openHost('runtime-only', ACTIVE_SESSIONS);
  await hostile.page.addStyleTag({ content: HOSTILE_CSS });
  await Promise.all([waitForRows(plain.page), waitForRows(hostile.page)]);
  // The host gives the page a box of the same width in both: what is compared is the page's own look.
  const boxWidth = (page: Page) =>
    page.locator('#module-area > div').evaluate((panel) => panel.getBoundingClientRect().width);
  expect(await boxWidth(hostile.page)).toBe(await boxWidth(plain.page));
  // The rules are live: the host's own button wears them.
  expect(
    await hostile.page
      .getByRole('button', { name: 'Add panel' })
      .evaluate((button) => getComputedStyle(button).borderTopStyle),
  ).toBe('dotted');

  expect(await computedStyles(hostile.page.locator(PAGE_ROOT))).toEqual(
    await computedStyles(plain.page.locator(PAGE_ROOT)),
  );

  // The release dialog too.
  const dialogs = await Promise.all(
    [plain.page, hostile.page].map(async (page) => {
      await (await releasableRow(page)).button.click();
      const dialog = page.getByRole('dialog', { name: 'Release session' });
      await dialog.waitFor();
      return computedStyles(dialog);
    }),
  );
  expect(dialogs[1]).toEqual(dialogs[0]);
});

test('update with another tenant’s client: the rows are globex’s and nothing of acme’s remains', async () => {
  const { page, console: output } = await openHost('runtime-only', ACTIVE_SESSIONS);
  await waitForRows(page);
  const acmeIds = await shownIds(page);
  expect(acmeIds.length).toBeGreaterThan(0);

  const listCalls: Array<{ url: URL; tenant: string | undefined }> = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname.endsWith('/sessions'))
      listCalls.push({ url, tenant: request.headers()['x-tenant-id'] });
  });
  await page.getByLabel('Tenant').selectOption('globex');
  await page.waitForFunction((acme) => {
    const ids = Array.from(document.querySelectorAll('[data-testid="session-row"]')).map((row) =>
      row.getAttribute('data-session-id'),
    );
    const table = document.querySelector('[data-testid="sessions-table"]');
    return (
      ids.length > 0 &&
      ids.every((id) => !acme.includes(id ?? '')) &&
      table?.getAttribute('aria-busy') === 'false'
    );
  }, acmeIds);

  // Every list call since the switch went out as globex, and the rows are what globex's dispatcher lists.
  expect(listCalls.length).toBeGreaterThan(0);
  expect(listCalls.map((call) => call.tenant)).toEqual(listCalls.map(() => 'globex'));
  const last = listCalls.at(-1);
  if (!last) throw new Error('no list call after the switch');
  const params = Object.fromEntries(last.url.searchParams);
  const globex = await caller(matrix.dispatcherUrl, 'globex', 'admin').list(params);
  expect(await shownIds(page)).toEqual(globex.body.items.map((item) => item.id));
  expect(output.errors).toEqual([]);
});

describe('a React console under /console/ that renders every second (single-spa 7, <Parcel> under StrictMode)', () => {
  const CONSOLE = 'parcel-react19';
  const BASE = '/console';
  const pageUrl = (page: Page) => new URL(page.url());

  /** Marks the page's element, so a test can tell the same mounted page from a new one. */
  const markPage = (page: Page) =>
    page.locator(PAGE_ROOT).evaluate((element) => {
      (element as unknown as { kept: boolean }).kept = true;
    });
  const sameMountedPage = (page: Page) =>
    page.locator(PAGE_ROOT).evaluate((element) => (element as unknown as { kept?: boolean }).kept === true);

  test('every link and every path the page hands navigate lies under /console: chips, Back, other tabs and reloads stay in the console', async () => {
    const { page, console: output } = await openHost(CONSOLE);
    const origin = matrix.hostUrl[CONSOLE] as string;
    await menuEntry(page).click();
    await waitForRows(page);
    expect(pageUrl(page).pathname).toBe(`${BASE}${ACTIVE_SESSIONS}`);

    // Every href the page draws: the console's pages and each session's audit trail.
    const related = page.getByRole('navigation', { name: 'Related pages' }).getByRole('link');
    expect(await related.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      `${BASE}/communications/handoff-inbox`,
      `${BASE}/communications/logs`,
      `${BASE}/communications/menus`,
    ]);
    const trails = await page
      .locator(ROW)
      .getByRole('link', { name: /^Audit trail of session with/ })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(trails.length).toBeGreaterThan(0);
    expect(trails.filter((href) => !href.startsWith(`${BASE}/communications/logs?session=`))).toEqual([]);

    // A chip is a new history entry under /console, and the page stays mounted: one page, the same one.
    await markPage(page);
    await page.getByRole('button', { name: /^All/ }).click();
    await page.waitForURL((url) => url.search === '?view=all');
    expect(pageUrl(page).pathname).toBe(`${BASE}${ACTIVE_SESSIONS}`);
    await waitForRows(page);
    expect(await page.getByRole('button', { name: /^All/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(PAGE_ROOT).count()).toBe(1);
    expect(await sameMountedPage(page)).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    expect(pageUrl(page).pathname).toBe(`${BASE}${ACTIVE_SESSIONS}`);
    await page.getByRole('button', { name: /^With agent/, pressed: true }).waitFor();
    expect(await sameMountedPage(page)).toBe(true);

    // Ctrl-click and middle-click leave the link to the browser: a new tab on the same path, in the console.
    const inbox = page
      .getByRole('navigation', { name: 'Related pages' })
      .getByRole('link', { name: 'Handoff Inbox' });
    for (const click of [
      () => inbox.click({ modifiers: ['Control'] }),
      () => inbox.click({ button: 'middle' }),
    ]) {
      const [tab] = await Promise.all([page.context().waitForEvent('page'), click()]);
      await tab.waitForLoadState('domcontentloaded');
      expect(tab.url()).toBe(`${origin}${BASE}/communications/handoff-inbox`);
      await mainMenu(tab).getByRole('link', { name: 'Home', exact: true }).waitFor();
      await tab.close();
    }
    expect(pageUrl(page).pathname).toBe(`${BASE}${ACTIVE_SESSIONS}`);

    // A plain click navigates in place, within the console.
    await inbox.click();
    await page.waitForURL(`${origin}${BASE}/communications/handoff-inbox`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.locator(PAGE_ROOT).count()).toBe(0);

    // A reload of a deep link under /console shows the same view; outside it the server has nothing.
    await page.goto(`${origin}${BASE}${ACTIVE_SESSIONS}?view=all`);
    await waitForRows(page);
    await page.reload();
    await waitForRows(page);
    expect(await page.getByRole('button', { name: /^All/ }).getAttribute('aria-pressed')).toBe('true');
    expect((await page.request.get(`${origin}/communications/handoff-inbox`)).status()).toBe(404);
    expect(output.errors).toEqual([]);
  });

  test('renders of the console every second: only the live checks ask for the list, and an open dialog keeps its notes', async () => {
    const { page, console: output } = await openHost(CONSOLE, ACTIVE_SESSIONS, { clock: true });
    await waitForRows(page);
    const ticks = async () => Number(await page.getByTestId('console-ticks').textContent());
    const listRequests: Array<{ search: string; conditional: boolean }> = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (
        request.method() === 'GET' &&
        url.href.startsWith(matrix.dispatcherUrl) &&
        url.pathname.endsWith('/sessions')
      )
        listRequests.push({ search: url.search, conditional: 'if-none-match' in request.headers() });
    });
    await markPage(page);
    // The console's time moves only when the test moves it. The page plans its next check when an
    // answer has arrived, so the clock moves on only once the table is no longer busy: how many checks
    // 65 s hold does not depend on how fast this machine answers.
    await pauseClock(page);
    const settled = () =>
      until('the list has its answer', async () => !(await tableBusy(page)), { everyMs: 10 });

    // 65 seconds of the console's clock, a fifth of a second at a time: 65 renders, each passing new
    // inline props.
    const before = await ticks();
    for (let step = 0; step < 65 * 5; step += 1) {
      await page.clock.runFor(200);
      await settled();
    }
    await waitForRows(page);
    expect((await ticks()) - before).toBeGreaterThanOrEqual(65);
    // The live check every 5 s (this console has no change feed), each asking whether the list
    // changed, and nothing else: a render with new props sends no request of its own.
    expect(listRequests.length).toBeGreaterThanOrEqual(12);
    expect(listRequests.length).toBeLessThanOrEqual(14);
    expect(listRequests.filter((request) => !request.conditional)).toEqual([]);
    expect(await sameMountedPage(page)).toBe(true);

    // The release dialog, its notes typed, through several renders of the console.
    const target = await releasableRow(page);
    await target.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    const notes = dialog.getByRole('textbox', { name: 'Notes' });
    await notes.fill('agent went home early');
    const opened = await ticks();
    for (let second = 0; second < 5; second += 1) await page.clock.runFor(1_000);
    expect((await ticks()) - opened).toBeGreaterThanOrEqual(5);
    expect(await dialog.isVisible()).toBe(true);
    expect(await notes.inputValue()).toBe('agent went home early');
    expect(output.errors).toEqual([]);
  });
});

describe('a new release of the remote while a console has the page open', () => {
  afterEach(() => matrix.remoteFaults.reset());

  test('the page’s stylesheet gone: the page says so, and Reload brings it back styled', async () => {
    matrix.remoteFaults.fail(/\/active_sessions\.__federation_expose_app\.[0-9a-f]+\.css$/, 404);
    const { page } = await openHost('runtime-only', ACTIVE_SESSIONS);
    await page.locator(ROW).first().waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'This page was updated. Reload to continue.' });
    await notice.waitFor();
    await matrix.remoteFaults.reset();
    await notice.getByRole('button', { name: 'Reload' }).click();
    expect(await styled(page.locator('#module-area'))).toBe(PILL);
    expect(await page.getByTestId('reload-notice').count()).toBe(0);
  });
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = ({ files, bytes, gzipBytes }: Totals) => `${files} / ${kb(bytes)} / ${kb(gzipBytes)}`;

function writeReport() {
  if (report.length === 0) return;
  const dir = path.resolve(__dirname, '..', 'artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'host-matrix.json'), `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    'From the remote’s origin: requests / bytes as served / the same gzipped.',
    '',
    '| Host | Built with | Federation runtime | Mounts as | Menu from | Entry | CSP | Outcome | React pinned → after mount | react-dom copies started | From the remote: menu | first visit | six visits (refused: all) | React / single-spa files from the remote | Version warnings | CSP violations |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.map(
      (row) =>
        `| ${[
          row.host,
          row.tool,
          row.runtime,
          row.mounts,
          row.menuFrom,
          row.entry,
          row.csp,
          row.refusal ? `${row.outcome}: “${row.refusal}”` : row.outcome,
          `${row.hostReact} → ${row.reactAfterMount ?? (row.host === 'mock-host' ? '(not exposed)' : '—')}`,
          row.reactDomCopies.map((copy) => copy.version).join(', ') || '—',
          size(row.fromRemote.menu),
          size(row.fromRemote.firstVisit),
          size(row.fromRemote.allVisits),
          `${row.reactFilesFromRemote.length} / ${row.singleSpaFilesFromRemote.length}`,
          row.versionWarnings.length ? row.versionWarnings.join('<br>') : 'none',
          row.cspViolations.length ? row.cspViolations.join('<br>') : 'none',
        ].join(' | ')} |`,
    ),
  ];
  writeFileSync(path.join(dir, 'host-matrix.md'), `${lines.join('\n')}\n`);
}
