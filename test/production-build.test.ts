// What a host downloads, checked on the production build: the contract's files, the byte budgets
// (deterministic, so asserted here; timings live in the benchmark), and that nothing but the
// module's own code and its declared runtime dependencies ships.
import { SUPPORTED_REACT } from '../federation.config';
import pkg from '../package.json';
import { buildRemote, type ProductionBuild } from './production-build';

const KB = 1024;
const BUDGET = {
  /** mf-manifest.json: a host draws the menu from it without running remote code. */
  menuManifest: 1 * KB,
  /** The ./manifest chunk, for hosts that load the menu entry as a module. */
  manifestChunk: 0.5 * KB,
  /** Everything the route downloads in English from a host that provides React, remote entry included. */
  route: 55 * KB,
  /** The page's own chunks, beyond the federation runtime in the remote entry, English built in. */
  pageChunks: 20 * KB,
  /** The release code (single and bulk, dialogs, queue, English words), fetched on intent. */
  releaseChunks: 12 * KB,
  /** Each other language: its catalog, a chunk of its own fetched only for a page in that language. */
  languageChunk: 3 * KB,
};

interface Assets {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}

/** The chunks of the languages the module ships besides English (src/i18n/languages.ts names them). */
const LANGUAGE_CHUNK = /^i18n-([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.[0-9a-f]+\.js$/;

interface FederationManifest {
  metaData: Record<string, unknown> & { publicPath: string; remoteEntry: { name: string } };
  shared: Array<{ name: string; singleton: boolean; requiredVersion: string; assets: Assets }>;
  exposes: Array<{ path: string; assets: Assets }>;
}

let build: ProductionBuild;
let manifest: FederationManifest;

beforeAll(() => {
  build = buildRemote();
  manifest = JSON.parse(build.read('mf-manifest.json').toString('utf8'));
}, 60_000);
afterAll(() => build?.remove());

function exposed(name: string, which: 'sync' | 'async' | 'all' = 'all'): string[] {
  const entry = manifest.exposes.find((expose) => expose.path === name);
  if (!entry) throw new Error(`${name} is not exposed`);
  const { js, css } = entry.assets;
  const sync = [...js.sync, ...css.sync];
  const later = [...js.async, ...css.async];
  return which === 'sync' ? sync : which === 'async' ? later : [...sync, ...later];
}

const text = (file: string) => build.read(file).toString('utf8');

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
    expect(build.files).toEqual(expect.arrayContaining(['remoteEntry.js', 'mf-manifest.json']));
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
      menu: { section: 'communications', label: 'Active Sessions', order: 20 },
      requiredPermission: 'communications.access',
    });
  });

  it(`keeps the menu entry within ${BUDGET.menuManifest} B gzip (mf-manifest.json)`, () => {
    withinBudget(['mf-manifest.json'], BUDGET.menuManifest, 'The menu entry (mf-manifest.json)');
  });

  it(`keeps the ./manifest chunk within ${BUDGET.manifestChunk} B gzip`, () => {
    withinBudget(exposed('./manifest'), BUDGET.manifestChunk, 'The ./manifest chunk');
  });

  it(`keeps the page's own chunks within ${BUDGET.pageChunks / KB} KB gzip, English built in`, () => {
    withinBudget(exposed('./app', 'sync'), BUDGET.pageChunks, "The page's own chunks");
  });

  it(`keeps the route within ${BUDGET.route / KB} KB gzip for a host that provides React`, () => {
    withinBudget(
      ['mf-manifest.json', 'remoteEntry.js', ...exposed('./app', 'sync')],
      BUDGET.route,
      'The route',
    );
  });

  it(`ships German in chunks of their own, within ${BUDGET.languageChunk / KB} KB gzip each, and the release code for later`, () => {
    const later = exposed('./app', 'async');
    const languages = later.filter((file) => LANGUAGE_CHUNK.test(file));
    expect(languages.map((file) => LANGUAGE_CHUNK.exec(file)?.[1]).sort()).toEqual(['de', 'de-release']);
    for (const file of languages) withinBudget([file], BUDGET.languageChunk, `The language chunk ${file}`);
    const release = later.filter((file) => !LANGUAGE_CHUNK.test(file));
    expect(release.map((file) => file.replace(/\.[0-9a-f]+\.(js|css)$/, '.$1')).sort()).toEqual([
      'active_sessions.release.css',
      'release.js',
    ]);
    withinBudget(release, BUDGET.releaseChunks, 'The release code');
  });

  it('loads only the language in use: German words only in its chunks, English ones not in them', () => {
    const german = (name: string) =>
      exposed('./app', 'async').find((file) => LANGUAGE_CHUNK.exec(file)?.[1] === name) ?? '';
    const page = exposed('./app', 'sync').filter((file) => file.endsWith('.js'));
    const release = exposed('./app', 'async').filter((file) => /^release\.[0-9a-f]+\.js$/.test(file));
    const cases: Array<[string, string]> = [
      ['Aktive Sitzungen', 'de'],
      ['Auto-Aktualisierung anhalten', 'de'],
      ['Zeichen zu viel', 'de-release'],
      ['Sitzungen freigeben', 'de-release'],
    ];
    for (const [words, chunk] of cases) {
      expect(text(german(chunk))).toContain(words);
      for (const file of [...page, ...release]) {
        expect(`${file}: ${text(file).includes(words)}`).toBe(`${file}: false`);
      }
    }
    for (const [words, where] of [
      ['Active Sessions', page],
      ['Pause auto-refresh', page],
      ['characters too many', release],
    ] as const) {
      expect(where.some((file) => text(file).includes(words))).toBe(true);
      expect(text(german('de')) + text(german('de-release'))).not.toContain(words);
    }
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
    expect([...packages]).toContain('single-spa-react');
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
          for (const selector of head.split(',')) found.push(`${prefix}${selector.trim()}`);
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
