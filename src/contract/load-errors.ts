// What a host is told when it cannot run the module, word for word, so its team can search for it.

/**
 * The shared keys the module's code imports, each of which the host provides as a singleton (the
 * remote ships no React). `react-dom` itself is not among them: the page renders through
 * `react-dom/client` alone.
 */
export const HOST_SHARED_KEYS = ['react', 'react/jsx-runtime', 'react-dom/client'] as const;

/** The React versions the page runs on, as the shared keys declare them. */
export const SUPPORTED_REACT = '^18.3.0 || ^19.0.0';

/** `a`, `a and b`, `a, b and c`. */
const listed = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * Why loading `./app` fails in a host whose share scope lacks some of HOST_SHARED_KEYS: one sentence
 * naming exactly the keys that are missing.
 */
export function hostSharesMissing(missing: readonly string[]): string {
  return `[active_sessions] cannot start: the host does not share ${listed(missing)} (each a singleton, React 18.3 or 19).`;
}

/** The lowest Module Federation runtime the slim entry runs on (it has `ModuleFederation`). */
export const LOWEST_SLIM_RUNTIME = '0.17';

/**
 * Why the slim entry refuses to start: the host provides no Module Federation runtime, or one older
 * than LOWEST_SLIM_RUNTIME.
 */
export const SLIM_ENTRY_NEEDS_RUNTIME = `[active_sessions] cannot start: remoteEntry.slim.js needs the host to provide its Module Federation runtime ${LOWEST_SLIM_RUNTIME} or later, so load remoteEntry.js (mf-manifest.json), the full entry, instead.`;
