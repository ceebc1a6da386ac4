// Which of the remote's files a host pays for on the route, read from the production build's
// manifests: the test asserts the byte budgets on them, the benchmark reports them.
import { ENTRIES, type EntryKind } from '../federation.config';

export interface ManifestAssets {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}

export interface FederationManifest {
  metaData: Record<string, unknown> & { publicPath: string; remoteEntry: { name: string } };
  shared: Array<{ name: string; singleton: boolean; requiredVersion: string; assets: ManifestAssets }>;
  exposes: Array<{ path: string; assets: ManifestAssets }>;
}

/**
 * Chunks of ./app a host fetches only when the user asks for what they hold (named `on-demand-…`), and
 * message catalogs, one language of which is fetched (named `i18n-<language>`). Everything else the
 * page's manifest lists is fetched on the route.
 */
export const ON_DEMAND = /(^|[./])on-demand-[\w-]+\./;
/**
 * Chunks of ./app a visit fetches once its first rows are on screen (named `after-rows-…`): nothing the
 * first rows wait for, so they are bounded on their own, not with the route.
 */
export const AFTER_ROWS = /(^|[./])after-rows-[\w-]+\./;
export const LANGUAGE = /(^|[./])i18n-([a-z]{2,3}(?:-[A-Za-z]{2,4})?)\./;

export function exposedFiles(manifest: FederationManifest, name: string): string[] {
  const entry = manifest.exposes.find((expose) => expose.path === name);
  if (!entry) throw new Error(`${name} is not exposed`);
  const { js, css } = entry.assets;
  return [...js.sync, ...js.async, ...css.sync, ...css.async];
}

/**
 * ./app's files a visit fetches for its first rows in one language (the largest catalog, when there
 * are several).
 */
export function pageFiles(manifest: FederationManifest, gzipSize: (file: string) => number): string[] {
  const files = exposedFiles(manifest, './app').filter(
    (file) => !ON_DEMAND.test(file) && !AFTER_ROWS.test(file),
  );
  const byLanguage = new Map<string, string[]>();
  for (const file of files) {
    const language = LANGUAGE.exec(file)?.[2];
    if (language) byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
  }
  const size = (group: string[]) => group.reduce((sum, file) => sum + gzipSize(file), 0);
  const largest = [...byLanguage.values()].sort((a, b) => size(b) - size(a))[0] ?? [];
  return [...files.filter((file) => !LANGUAGE.test(file)), ...largest];
}

/** What a host fetches from the remote for the route's first rows with one entry: manifest file, entry, the page. */
export function routeFiles(
  manifest: FederationManifest,
  entry: EntryKind,
  gzipSize: (file: string) => number,
): string[] {
  return [
    ENTRIES[entry].manifest,
    ...exposedFiles(manifest, './manifest'),
    ENTRIES[entry].remoteEntry,
    ...pageFiles(manifest, gzipSize),
  ];
}
