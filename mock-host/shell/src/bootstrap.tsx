import { registerPlugins } from '@module-federation/enhanced/runtime';
import { createRoot } from 'react-dom/client';
// Shared with modules, whose production builds import it: rspack provides a shared package only when
// the console's own code imports it, and the development build's JSX goes through jsx-dev-runtime.
import 'react/jsx-runtime';
import { navigateToUrl, start } from 'single-spa';
import { registerBenchFloor } from './bench/register-floor';
import { loadShellConfig } from './config/load-config';
import { DEFAULT_TENANTS } from './config/runtime-config';
import { retryAfterFailurePlugin } from './federation/retry-plugin';
import { createSessionStore, readStoredIdentity } from './identity/console-session';
import { resolveInitialIdentity, withoutIdentityParams } from './identity/identities';
import {
  createLanguageStore,
  readStoredLanguage,
  resolveInitialLanguage,
  withoutLanguageParam,
} from './language/console-language';
import { createLocationStore } from './spa/location';
import { createRemoteModule, type RemoteModule } from './spa/remote-module';
import { MODULE_OUTLET_ID, ShellApp } from './ui/ShellApp';

const ACTIVE_SESSIONS_REMOTE = 'active_sessions';

async function boot() {
  const loaded = await loadShellConfig();
  const config = loaded.ok ? loaded.config : null;
  const tenants = config?.tenants ?? [...DEFAULT_TENANTS];
  const browser = Intl.DateTimeFormat().resolvedOptions();
  const locale = config?.locale ?? navigator.language ?? browser.locale;
  const timeZone = config?.timeZone ?? browser.timeZone;

  const identity = resolveInitialIdentity({
    search: window.location.search,
    stored: readStoredIdentity(),
    tenants,
  });
  const language = createLanguageStore(
    resolveInitialLanguage({ search: window.location.search, stored: readStoredLanguage() }),
  );
  // The identity and language now live in sessionStorage; dropping them from the URL keeps a reload
  // from undoing a switch.
  const search = withoutLanguageParam(withoutIdentityParams(window.location.search));
  if (search !== window.location.search) {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }
  const dispatcherBaseUrl =
    config?.dispatcherBaseUrl ?? new URL('/api/dispatcher/', window.location.origin).href;
  const sessions = createSessionStore(
    identity,
    dispatcherBaseUrl,
    config?.dispatcherTimeoutMs,
    config?.changeFeed ?? true,
  );

  registerPlugins([retryAfterFailurePlugin()]);
  const manifestUrl = config?.remotes[ACTIVE_SESSIONS_REMOTE];
  const remoteModule: RemoteModule | null = manifestUrl
    ? createRemoteModule({
        name: ACTIVE_SESSIONS_REMOTE,
        manifestUrl,
        customProps: () => {
          const session = sessions.get();
          const outlet = document.getElementById(MODULE_OUTLET_ID);
          return {
            dispatcherClient: session.dispatcherClient,
            hasPermission: session.hasPermission,
            ...(session.subscribe ? { subscribe: session.subscribe } : {}),
            navigate: navigateToUrl,
            // Words and formats apart: the user's language, the console's regional format.
            language: language.get(),
            locale,
            timeZone,
            ...(outlet ? { domElement: outlet } : {}),
          };
        },
      })
    : null;

  // The menu entry and the route come from the module's manifest file, read now, while the console
  // renders: the console is usable before they arrive, and the page being opened has its files on the
  // way by the time single-spa starts. The route's files are fetched ahead of a visit once the page the
  // console was opened on is up and the browser is idle, so they never compete with it (pointing at
  // the menu entry fetches them too).
  const firstRoute = new Promise((resolve) =>
    window.addEventListener('single-spa:routing-event', resolve, { once: true }),
  );
  if (remoteModule) {
    void Promise.all([remoteModule.start(), firstRoute]).then(() => whenIdle(remoteModule.preload));
  }

  registerBenchFloor(() => ({
    dispatcherClient: sessions.get().dispatcherClient,
    domElement: document.getElementById(MODULE_OUTLET_ID) ?? undefined,
  }));

  const location = createLocationStore();
  const configProblem = loaded.ok
    ? manifestUrl
      ? null
      : `config.json names no remote "${ACTIVE_SESSIONS_REMOTE}"`
    : loaded.problem;

  let started = false;
  createRoot(document.getElementById('root') as HTMLElement).render(
    <ShellApp
      sessions={sessions}
      location={location}
      remoteModule={remoteModule}
      tenants={tenants}
      configProblem={configProblem}
      locale={locale}
      timeZone={timeZone}
      language={language}
      onIdentityChange={(next) => {
        sessions.switchTo(next);
        void remoteModule?.restart();
      }}
      onLanguageChange={(next) => {
        if (next === language.get()) return;
        language.set(next);
        // single-spa gives an application new props only when it mounts again.
        void remoteModule?.restart();
      }}
      onMounted={() => {
        if (started) return;
        started = true;
        start({ urlRerouteOnly: true });
      }}
    />,
  );
}

const whenIdle = (run: () => void) =>
  typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run) : setTimeout(run, 1_000);

void boot();
