import {
  loadRemote,
  preloadRemote,
  registerPlugins,
  registerRemotes,
} from '@module-federation/enhanced/runtime';
import {
  addErrorHandler,
  getAppStatus,
  LOAD_ERROR,
  MOUNTED,
  NOT_BOOTSTRAPPED,
  NOT_LOADED,
  NOT_MOUNTED,
  pathToActiveWhen,
  registerApplication,
  SKIP_BECAUSE_BROKEN,
  triggerAppChange,
  unloadApplication,
  unregisterApplication,
} from 'single-spa';
import { MANIFEST_METADATA_KEY, type ModuleManifest } from '../../../../src/contract';
import { createManifestFile } from '../federation/manifest-file';
import { checkModuleManifest } from '../federation/module-manifest';
import { createStore, type Store } from '../store';

/** Where a remote page module stands, as the console's menu, outlet and alert need to know. */
export type RemoteModuleState =
  | { phase: 'loading-manifest' }
  | { phase: 'manifest-failed'; reason: string }
  | {
      phase: 'registered';
      manifest: ModuleManifest;
      /** The `./app` application: `failed` covers a load error and a broken lifecycle alike. */
      app: 'idle' | 'loading' | 'mounted' | 'failed';
      reason?: string;
    };

export interface RemoteModule {
  /** The container name, which is also the single-spa application name. */
  readonly name: string;
  readonly state: Store<RemoteModuleState>;
  /** Whether the page at `location` belongs to the module (false until its manifest is known). */
  owns(location: Location | URL): boolean;
  /**
   * Reads the menu entry from the remote's manifest file (no remote code runs for it) and registers
   * `./app` under its route; never throws. When the page is the one being opened, its files are
   * fetched at once.
   */
  start(): Promise<void>;
  /**
   * Fetches the route's files (the remote's entry, `./app`'s chunks and stylesheet) ahead of a visit,
   * without running the page: when the browser is idle, or the menu entry is pointed at. Never throws.
   */
  preload(): void;
  /** Loads what failed again, without a page reload. */
  retry(): Promise<void>;
  /** Unmounts and mounts the page again, so it reads fresh custom props (another user or tenant). */
  restart(): Promise<void>;
}

interface RemoteModuleOptions {
  name: string;
  /** URL of the remote's mf-manifest.json. */
  manifestUrl: string;
  /** Read at every lifecycle, so a restarted page gets the current identity's client. */
  customProps: () => Record<string, unknown>;
}

// single-spa retries an application in LOAD_ERROR only once this long has passed since the failure.
const SINGLE_SPA_RELOAD_DELAY_MS = 200;

export function createRemoteModule({ name, manifestUrl, customProps }: RemoteModuleOptions): RemoteModule {
  const state = createStore<RemoteModuleState>({ phase: 'loading-manifest' });
  let activeWhen: ((location: Location) => boolean) | null = null;
  let failedAt = 0;

  const update = (patch: Partial<Extract<RemoteModuleState, { phase: 'registered' }>>) => {
    const current = state.get();
    if (current.phase === 'registered') state.set({ ...current, ...patch });
  };

  const manifestFile = createManifestFile(manifestUrl);
  registerPlugins([manifestFile.plugin]);
  const registerRemote = (force: boolean) => registerRemotes([{ name, entry: manifestUrl }], { force });

  async function loadManifest(fresh: boolean) {
    state.set({ phase: 'loading-manifest' });
    try {
      const file = (await manifestFile.read(fresh)) as { metaData?: Record<string, unknown> } | null;
      const checked = checkModuleManifest(file?.metaData?.[MANIFEST_METADATA_KEY]);
      if (!checked.ok) throw new Error(checked.problem);
      register(checked.manifest);
    } catch (error) {
      state.set({ phase: 'manifest-failed', reason: describe(error) });
    }
  }

  let preloading: Promise<unknown> | null = null;
  function preload() {
    if (preloading || state.get().phase !== 'registered') return;
    // The page's own chunks and stylesheet as preload links, the entry run: nothing of the page runs
    // until single-spa mounts it. A failure is left to the real load, which reports it.
    preloading = preloadRemote([{ nameOrAlias: name, exposes: ['./app'] }]).catch(() => {
      preloading = null;
    });
  }

  function register(manifest: ModuleManifest) {
    activeWhen = pathToActiveWhen(manifest.route);
    state.set({ phase: 'registered', manifest, app: 'idle' });
    registerApplication({
      name,
      app: async () => {
        update({ app: 'loading', reason: undefined });
        const lifecycles = await loadRemote<object>(`${name}/app`);
        if (!lifecycles) throw new Error(`${name}/app could not be loaded`);
        return lifecycles as never;
      },
      activeWhen,
      customProps: () => customProps(),
    });
  }

  // Whether the load failed during the routing that is under way (reset as each one starts).
  let failedThisRouting = false;
  window.addEventListener('single-spa:before-routing-event', () => {
    failedThisRouting = false;
  });

  addErrorHandler((error) => {
    if (error.appOrParcelName !== name) return;
    failedAt = Date.now();
    failedThisRouting = true;
    update({ app: 'failed', reason: describe(error) });
  });

  // A routing event ends every mount, unmount and failed load: the application's status is final then.
  window.addEventListener('single-spa:routing-event', () => {
    if (state.get().phase !== 'registered') return;
    const status = getAppStatus(name);
    if (status === MOUNTED) update({ app: 'mounted', reason: undefined });
    else if (status === LOAD_ERROR || status === SKIP_BECAUSE_BROKEN) {
      update({ app: 'failed' });
      // Arriving on the route within single-spa's reload delay after a failed load, single-spa does not
      // try again and the page would stay failed; the load is tried again once the delay has passed.
      if (status === LOAD_ERROR && !failedThisRouting && activeWhen?.(window.location)) void retry();
    } else if (status === NOT_LOADED || status === NOT_MOUNTED || status === NOT_BOOTSTRAPPED) {
      update({ app: 'idle' });
    }
  });

  async function reregister(manifest: ModuleManifest) {
    await unregisterApplication(name);
    register(manifest);
  }

  async function retry() {
    const current = state.get();
    if (current.phase === 'manifest-failed') {
      // Also covers a manifest that loaded but was malformed: the fixed one must not come from cache.
      registerRemote(true);
      preloading = null;
      await loadManifest(true);
      return;
    }
    if (current.phase !== 'registered') return;
    const status = getAppStatus(name);
    if (status === LOAD_ERROR) {
      const wait = failedAt + SINGLE_SPA_RELOAD_DELAY_MS + 50 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      update({ app: 'loading', reason: undefined });
      await triggerAppChange();
    } else if (status === SKIP_BECAUSE_BROKEN) {
      await reregister(current.manifest);
    }
  }

  return {
    name,
    state,
    owns: (location) => activeWhen?.(location as Location) ?? false,
    async start() {
      registerRemote(false);
      await loadManifest(false);
      if (activeWhen?.(window.location)) preload();
    },
    preload,
    retry,
    async restart() {
      const current = state.get();
      if (current.phase !== 'registered') return;
      const status = getAppStatus(name);
      if (status === SKIP_BECAUSE_BROKEN) await reregister(current.manifest);
      else if (status !== NOT_LOADED) await unloadApplication(name, { waitForUnmount: false });
    },
  };
}

/** The first line of an error, short enough for an alert. */
function describe(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = raw.split('\n').find((part) => part.trim() !== '') ?? 'unknown error';
  return line.length > 300 ? `${line.slice(0, 297)}…` : line;
}
