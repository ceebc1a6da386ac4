// What a host downloads, checked on the production build: the contract's files, the byte budgets
// (deterministic, so asserted here; timings live in the benchmark), and that nothing but the
// module's own code and its declared runtime dependencies ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildVersion, ENTRIES, SOURCE_MAPS_DIR, SUPPORTED_REACT } from '../federation.config';
import { SLIM_ENTRY_NEEDS_RUNTIME, TRUSTED_TYPES_POLICY } from '../src/contract';
import pkg from '../package.json';
import { buildRemote, type ProductionBuild } from './production-build';
import {
  exposedFiles,
  type FederationManifest,
  LANGUAGE,
  type ManifestAssets as Assets,
  AFTER_ROWS,
  ON_DEMAND,
  pageFiles,
  routeFiles,
} from './route-files';

const KB = 1024;
const BUDGET = {
  /** mf-manifest.json: a host draws the menu from it without running remote code. */
  menuManifest: 1 * KB,
  /** The ./manifest chunk, for hosts that load the menu entry as a module. */
  manifestChunk: 0.5 * KB,
  /** The route as a host that provides React pays it, full entry (its own federation runtime) included. */
  route: 50 * KB,
  /**
   * The same with the slim entry, for a host that runs the federation runtime and provides it. The
   * aim is 25 KB; the page's languages, layouts, history and bulk selection put it at about 32 KB
   * (README, Benchmark: "Not met"), base paths, the identity rules and riding out a new release
   * (files fetched again, the stylesheet checked, the reload notice) at about 34 KB, the live list
   * (checks with ETags, the host's change feed, calm updates) and time in state at about 37 KB, the
   * three layouts that fit a console's width and the release flows that let go at about 38.5 KB, the
   * narrower filters (states, channel, reset) and the fetching of the agents' panel at about 39.6 KB,
   * the Export button (its code comes on demand) at about 40 KB, and this bound keeps it from growing
   * unseen. The panel itself comes after the first rows.
   */
  slimRoute: 40 * KB,
  /**
   * The page's own chunks (./app) a visit fetches for its first rows, in one language (the release and
   * export code come on demand, the agents' panel after the rows). The aim is 20 KB; about 22.5 KB in
   * English and 25 KB in German today (README, Benchmark: "Not met"; base paths, the identity rules and
   * riding out a new release added about 1.5 KB, the live list and time in state about 3 KB, the three
   * layouts and the release flows about 1 KB, the narrower filters and the fetching of the agents' panel
   * about 1.2 KB, the Export button about 0.5 KB).
   */
  pageChunks: 31 * KB,
  /**
   * What a visit fetches once its first rows are on screen: the agents' panel (its code, the workload
   * request, its stylesheet), in a chunk of its own.
   */
  afterRowsChunks: 4 * KB,
  /** Each other language's catalog: a chunk of its own, fetched only for a page in that language. */
  languageChunk: 3 * KB,
  /** The code of releasing (single and bulk, dialogs, queue, English words), fetched on demand. */
  releaseChunks: 12 * KB,
  /** The code of exporting (CSV, the paging with progress and Cancel, English words), fetched on demand. */
  exportChunks: 4 * KB,
};

let build: ProductionBuild;
let manifest: FederationManifest;
let slimManifest: FederationManifest;

beforeAll(() => {
  build = buildRemote();
  manifest = JSON.parse(build.read(ENTRIES.full.manifest).toString('utf8'));
  slimManifest = JSON.parse(build.read(ENTRIES.slim.manifest).toString('utf8'));
}, 60_000);
afterAll(() => build?.remove());

const exposed = (name: string) => exposedFiles(manifest, name);
const gzip = (file: string) => build.gzipSize(file);
const text = (file: string) => build.read(file).toString('utf8');
/** A file's name without its content hash: `on-demand-release.js`. */
const chunkName = (file: string) => file.replace(/\.[0-9a-f]{8}\.(js|css)$/, '.$1');

function withinBudget(files: string[], budget: number, what: string) {
  const sizes = files.map((file) => ({ file, gzip: build.gzipSize(file) }));
  const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  const detail = sizes.map(({ file, gzip }) => `${file} ${gzip} B`).join(', ');
  if (total > budget) {
    throw new Error(`${what} is ${total} B gzip, over its budget of ${budget} B: ${detail}`);
  }
}

describe('the production remote', () => {
  it('writes remoteEntry.js and mf-manifest.json for container active_sessions, exposing ./manifest and ./app', () => {
    expect(build.files).toEqual(
      expect.arrayContaining([ENTRIES.full.remoteEntry, ENTRIES.full.manifest, ENTRIES.slim.manifest]),
    );
    expect(manifest.metaData).toMatchObject({
      name: 'active_sessions',
      remoteEntry: { name: 'remoteEntry.js' },
    });
    expect(manifest.exposes.map((e) => e.path).sort()).toEqual(['./app', './manifest']);
  });

  it('bakes in no origin: the public path is resolved where it is served', () => {
    expect(manifest.metaData.publicPath).toBe('auto');
    for (const file of build.files.filter((f) => /\.(js|css|json)$/.test(f))) {
      expect(
        `${file}: ${
          build
            .read(file)
            .toString('utf8')
            .match(/https?:\/\/(localhost|127\.0\.0\.1)[^"'\s]*/)?.[0] ?? ''
        }`,
      ).toBe(`${file}: `);
    }
  });

  it('carries the menu entry in mf-manifest.json', () => {
    expect(manifest.metaData.activeSessions).toEqual({
      id: 'active-sessions',
      route: '/communications/sessions/active',
      menu: {
        section: 'communications',
        label: 'Active Sessions',
        labels: { en: 'Active Sessions', de: 'Aktive Sitzungen' },
        order: 20,
      },
      requiredPermission: 'communications.access',
    });
  });

  it('names the release it is in mf-manifest.json and the runtime: the version and the commit', () => {
    const expected = buildVersion();
    expect(expected).toMatch(new RegExp(`^${pkg.version.replace(/\./g, '\\.')}\\+[0-9a-f]{4,40}$`));
    for (const file of [manifest, slimManifest]) {
      expect((file.metaData.buildInfo as { buildVersion?: string }).buildVersion).toBe(expected);
    }
    expect(text(ENTRIES.full.remoteEntry)).toContain(`"active_sessions:${expected}"`);
  });

  it(`keeps the menu entry within ${BUDGET.menuManifest} B gzip (mf-manifest.json)`, () => {
    for (const entry of Object.values(ENTRIES)) {
      withinBudget([entry.manifest], BUDGET.menuManifest, `The menu entry (${entry.manifest})`);
    }
  });

  it(`keeps the ./manifest chunk within ${BUDGET.manifestChunk} B gzip`, () => {
    withinBudget(exposed('./manifest'), BUDGET.manifestChunk, 'The ./manifest chunk');
  });

  it(`keeps the page's own chunks within ${BUDGET.pageChunks / KB} KB gzip in one language`, () => {
    withinBudget(pageFiles(manifest, gzip), BUDGET.pageChunks, "The page's own chunks");
  });

  it(`fetches the agents' panel after the first rows, as a chunk of its own within ${BUDGET.afterRowsChunks / KB} KB gzip`, () => {
    const files = exposed('./app').filter((file) => AFTER_ROWS.test(file));
    expect(files.map(chunkName).sort()).toEqual([
      'active_sessions.after-rows-agents.css',
      'after-rows-agents.js',
    ]);
    withinBudget(files, BUDGET.afterRowsChunks, "The agents' panel");
    // Not among what the first rows wait for, and its words for the request not in the page's chunk.
    for (const file of pageFiles(manifest, gzip)) expect(files).not.toContain(file);
    const page = pageFiles(manifest, gzip).filter((file) => file.endsWith('.js'));
    expect(page.some((file) => text(file).includes('sessions/agents'))).toBe(false);
    expect(text(files.find((file) => file.endsWith('.js')) ?? '')).toContain('sessions/agents');
  });

  it(`ships each other language as chunks of their own, within ${BUDGET.languageChunk / KB} KB gzip each, and the release and export code on demand`, () => {
    const files = exposed('./app');
    const german = files.filter((file) => /(^|[./])(on-demand-)?i18n-de[.-]/.test(file));
    expect(german.map(chunkName).sort()).toEqual([
      'i18n-de.js',
      'on-demand-i18n-de-export.js',
      'on-demand-i18n-de-release.js',
    ]);
    for (const file of german) withinBudget([file], BUDGET.languageChunk, `The German chunk ${file}`);
    const onDemand = files.filter((file) => ON_DEMAND.test(file) && !german.includes(file));
    const release = onDemand.filter((file) => file.includes('on-demand-release.'));
    const exporting = onDemand.filter((file) => file.includes('on-demand-export.'));
    expect(release.map(chunkName).sort()).toEqual([
      'active_sessions.on-demand-release.css',
      'on-demand-release.js',
    ]);
    expect(exporting.map(chunkName).sort()).toEqual([
      'active_sessions.on-demand-export.css',
      'on-demand-export.js',
    ]);
    expect(onDemand.length).toBe(release.length + exporting.length);
    withinBudget(release, BUDGET.releaseChunks, 'The release code');
    withinBudget(exporting, BUDGET.exportChunks, 'The export code');
  });

  it('loads only the language in use: German words only in its chunks, English ones not in them', () => {
    const files = exposed('./app');
    const chunk = (name: string) => files.find((file) => chunkName(file) === `${name}.js`) ?? '';
    const route = routeFiles(manifest, 'full', gzip).filter(
      (file) => file.endsWith('.js') && !LANGUAGE.test(file),
    );
    const release = chunk('on-demand-release');
    // The German menu label ("Aktive Sitzungen") is in ./manifest on purpose: a host draws its menu from it.
    const cases: Array<[string, string]> = [
      ['Übergabe-Eingang', 'i18n-de'],
      ['Auto-Aktualisierung anhalten', 'i18n-de'],
      ['Zeichen zu viel', 'on-demand-i18n-de-release'],
      ['Sitzungen freigeben', 'on-demand-i18n-de-release'],
      ['Idempotenzschlüssel', 'on-demand-i18n-de-export'],
    ];
    for (const [words, name] of cases) {
      expect(text(chunk(name))).toContain(words);
      for (const file of [...route, release])
        expect(`${file}: ${text(file).includes(words)}`).toBe(`${file}: false`);
    }
    const germanText = ['i18n-de', 'on-demand-i18n-de-release', 'on-demand-i18n-de-export']
      .map((name) => text(chunk(name)))
      .join('');
    for (const [words, where] of [
      ['Active Sessions', route],
      ['Pause auto-refresh', route],
      ['characters too many', [release]],
      ['Idempotency key', [chunk('on-demand-export')]],
    ] as const) {
      expect(where.some((file) => text(file).includes(words))).toBe(true);
      expect(germanText).not.toContain(words);
    }
  });

  it(`keeps the route within ${BUDGET.route / KB} KB gzip with the full entry, for a host that provides React`, () => {
    withinBudget(routeFiles(manifest, 'full', gzip), BUDGET.route, 'The route (full entry)');
  });

  it(`keeps the route within ${BUDGET.slimRoute / KB} KB gzip with the slim entry, for a host that provides the runtime`, () => {
    withinBudget(routeFiles(manifest, 'slim', gzip), BUDGET.slimRoute, 'The route (slim entry)');
  });

  it('publishes a slim entry beside the full one: the same container and exposed files, without the runtime', () => {
    expect(slimManifest.metaData).toMatchObject({
      name: 'active_sessions',
      remoteEntry: { name: ENTRIES.slim.remoteEntry },
      activeSessions: manifest.metaData.activeSessions,
    });
    expect(slimManifest.exposes).toEqual(manifest.exposes);
    expect(slimManifest.shared).toEqual(manifest.shared);
    // The slim entry reads the host's runtime from the global its runtime plugin sets; the full one has its own.
    const full = build.read(ENTRIES.full.remoteEntry).toString('utf8');
    const slim = build.read(ENTRIES.slim.remoteEntry).toString('utf8');
    expect(slim).toContain('_FEDERATION_RUNTIME_CORE');
    expect(full).not.toContain('_FEDERATION_RUNTIME_CORE');
    expect(build.gzipSize(ENTRIES.slim.remoteEntry)).toBeLessThan(
      build.gzipSize(ENTRIES.full.remoteEntry) / 2,
    );
  });

  it('refuses, from the slim entry, a host runtime without ModuleFederation (before 0.17) or none, in one sentence', async () => {
    const slim = build.read(ENTRIES.slim.remoteEntry).toString('utf8');
    // A runtime from before 0.17 (it exports FederationHost), and a host that provides none.
    for (const provided of [{ FederationHost: class {} }, undefined]) {
      const page: Record<string, unknown> = { _FEDERATION_RUNTIME_CORE: provided, Promise, Error };
      page.globalThis = page;
      runInNewContext(slim, page);
      const container = page.active_sessions as {
        init(): Promise<void>;
        get(name: string): Promise<unknown>;
      };
      await expect(container.init()).resolves.toBeUndefined();
      for (const exposed of ['./app', './manifest'])
        await expect(container.get(exposed)).rejects.toThrow(SLIM_ENTRY_NEEDS_RUNTIME);
    }
  });

  it('loads its chunks through a Trusted Types policy of its own, from either entry', () => {
    for (const { remoteEntry } of Object.values(ENTRIES))
      expect(text(remoteEntry)).toContain(`trustedTypes.createPolicy("${TRUSTED_TYPES_POLICY}"`);
  });

  it('ships no source map: they are written beside the output, one per file, and no file points to one', () => {
    const shipped = readdirSync(build.dir);
    expect(shipped.filter((file) => file.endsWith('.map'))).toEqual([]);
    const code = shipped.filter((file) => /\.(js|css)$/.test(file));
    expect(code.filter((file) => build.read(file).toString('utf8').includes('sourceMappingURL'))).toEqual([]);
    const maps = path.join(build.dir, '..', SOURCE_MAPS_DIR);
    expect(code.filter((file) => !existsSync(path.join(maps, `${file}.map`)))).toEqual([]);
    const map = JSON.parse(readFileSync(path.join(maps, `${ENTRIES.full.remoteEntry}.map`), 'utf8'));
    expect(map.sources.some((source: string) => source.includes('src/federation/require-host-react'))).toBe(
      true,
    );
  });

  it('declares React 18.3 and 19 as singletons the host provides, with nothing of its own to fall back on', () => {
    const files = (assets: Assets) => [
      ...assets.js.sync,
      ...assets.js.async,
      ...assets.css.sync,
      ...assets.css.async,
    ];
    expect(
      manifest.shared.map(({ name, singleton, requiredVersion, assets }) => ({
        name,
        singleton,
        requiredVersion,
        files: files(assets),
      })),
    ).toEqual(
      expect.arrayContaining(
        ['react', 'react/jsx-runtime', 'react-dom/client'].map((name) => ({
          name,
          singleton: true,
          requiredVersion: SUPPORTED_REACT,
          files: [],
        })),
      ),
    );
    // React and nothing else: single-spa is the host's business (navigation goes through window.singleSpaNavigate).
    expect(manifest.shared.filter((shared) => !/^react(-dom)?(\/|$)/.test(shared.name))).toEqual([]);
  });

  it('ships only its own code and its declared runtime dependencies, and neither React nor single-spa', () => {
    const runtime = new Set(Object.keys(pkg.dependencies));
    const packages = new Set<string>();
    for (const module of build.modules) {
      const match = module
        .replace(/\\/g, '/')
        .match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
        ?.at(-1);
      if (match) packages.add(match.replace('node_modules/', ''));
    }
    const undeclared = [...packages].filter(
      (name) =>
        !runtime.has(name) &&
        !(name.startsWith('@module-federation/') && runtime.has('@module-federation/enhanced')),
    );
    expect(undeclared).toEqual([]);
    // The host's copies are used: a copy here would be a second React, or a second single-spa.
    expect(
      [...packages].filter((name) => ['react', 'react-dom', 'scheduler', 'single-spa'].includes(name)),
    ).toEqual([]);
    const ours = build.modules.filter((m) => !m.includes('node_modules') && m.startsWith('/'));
    expect(ours.filter((m) => !/\/src\//.test(m.replace(/\\/g, '/')))).toEqual([]);
  });

  it('styles only its own hashed classes, so nothing it ships restyles the host', () => {
    const css = build.files
      .filter((f) => f.endsWith('.css'))
      .map((f) => build.read(f).toString('utf8'))
      .join('\n');
    expect(css.length).toBeGreaterThan(0);
    const selectors = selectorsOf(css.replace(/\/\*[\s\S]*?\*\//g, ''));
    expect(selectors.some((selector) => selector.startsWith('@scope(.as_'))).toBe(true);
    // Scoped to the module's own root (`@scope(.as_…)`), or starting with one of its own classes.
    const unscoped = selectors.filter((s) => !/^(@scope\(\.as_[\w-]+\) |\.as_[\w-]+)/.test(s));
    expect(unscoped).toEqual([]);
  });
});

/**
 * Every selector of a stylesheet, with the prelude of the `@scope` around it, if any, in front:
 * `@scope(.as_root) table`. Other at-rules (media, keyframes) add nothing to a selector.
 */
function selectorsOf(css: string): string[] {
  const found: string[] = [];
  const scopes: string[] = [];
  const kinds: Array<'scope' | 'other'> = [];
  let text = '';
  for (const char of css) {
    if (char === '{') {
      const head = text.trim();
      text = '';
      const scope = /^@scope\s*\(([^)]*)\)/.exec(head);
      if (scope) {
        scopes.push(`@scope(${scope[1]?.trim()})`);
        kinds.push('scope');
      } else if (head.startsWith('@')) {
        kinds.push('other');
      } else {
        if (!/^(from|to|\d+%)$/.test(head)) {
          const prefix = scopes.length ? `${scopes[scopes.length - 1]} ` : '';
          for (const selector of topLevel(head)) found.push(`${prefix}${selector.trim()}`);
        }
        kinds.push('other');
      }
    } else if (char === '}') {
      if (kinds.pop() === 'scope') scopes.pop();
      text = '';
    } else {
      text += char;
    }
  }
  return found;
}

/** A selector list's selectors: split at its own commas, not those inside `:is(…)`, `:has(…)` or `:not(…)`. */
function topLevel(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      selectors.push(current);
      current = '';
    } else current += char;
  }
  return [...selectors, current];
}
