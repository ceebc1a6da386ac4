import { type ComponentType, type ReactNode, useEffect, useMemo, useSyncExternalStore } from 'react';
import { BENCH_FLOOR_ROUTE, BENCH_RICH_FLOOR_ROUTE } from '../bench/floor-route';
import type { Identity } from '../identity/identities';
import type { SessionStore } from '../identity/console-session';
import {
  CONVERSATION_LOGS_ROUTE,
  CONVERSATION_MENUS_ROUTE,
  HANDOFF_INBOX_ROUTE,
  HOME_ROUTE,
} from '../pages/console-routes';
import { ConversationLogsPage } from '../pages/ConversationLogsPage';
import { ConversationMenusPage } from '../pages/ConversationMenusPage';
import { HandoffInboxPage } from '../pages/HandoffInboxPage';
import { HomePage } from '../pages/HomePage';
import type { PageProps } from '../pages/page-props';
import { menuLabel } from '../federation/module-manifest';
import { ForbiddenPage, NotFoundPage, UnavailablePage } from '../pages/StatusPages';
import type { ConsoleLocation } from '../spa/location';
import type { RemoteModule } from '../spa/remote-module';
import type { Store } from '../store';
import { dateTimeFormatter } from './format';
import { IdentitySwitch } from './IdentitySwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav, type MenuEntry } from './MainNav';
import { ModuleAlert } from './ModuleAlert';

/** The element remote pages mount into; the console's React never renders inside it. */
export const MODULE_OUTLET_ID = 'module-outlet';

interface ConsolePage extends MenuEntry {
  permission: string;
  Page: ComponentType<PageProps>;
}

const CONSOLE_PAGES: ConsolePage[] = [
  {
    route: HANDOFF_INBOX_ROUTE,
    label: 'Handoff Inbox',
    section: 'communications',
    order: 10,
    permission: 'handoff.access',
    Page: HandoffInboxPage,
  },
  {
    route: CONVERSATION_LOGS_ROUTE,
    label: 'Conversation Logs',
    section: 'communications',
    order: 30,
    permission: 'communications.access',
    Page: ConversationLogsPage,
  },
  {
    route: CONVERSATION_MENUS_ROUTE,
    label: 'Conversation Menus',
    section: 'communications',
    order: 40,
    permission: 'communications.access',
    Page: ConversationMenusPage,
  },
];

const BRAND = 'Tenant console';

export interface ShellAppProps {
  sessions: SessionStore;
  location: Store<ConsoleLocation>;
  remoteModule: RemoteModule | null;
  tenants: readonly string[];
  /** Why /config.json was unusable, or null. */
  configProblem: string | null;
  locale: string;
  timeZone: string;
  /** The user's language, passed to modules as `language`. */
  language: Store<string>;
  onIdentityChange: (identity: Identity) => void;
  onLanguageChange: (language: string) => void;
  /** Called once the outlet exists, so single-spa can start mounting into it. */
  onMounted: () => void;
}

const noModule: Store<null> = { get: () => null, set: () => {}, subscribe: () => () => {} };

export function ShellApp(props: ShellAppProps) {
  const { sessions, remoteModule, locale, timeZone, onMounted } = props;
  const session = useSyncExternalStore(sessions.subscribe, sessions.get);
  const location = useSyncExternalStore(props.location.subscribe, props.location.get);
  const moduleStore = remoteModule?.state ?? noModule;
  const moduleState = useSyncExternalStore(moduleStore.subscribe, moduleStore.get);
  const language = useSyncExternalStore(props.language.subscribe, props.language.get);
  const formatDateTime = useMemo(() => dateTimeFormatter(locale, timeZone), [locale, timeZone]);

  useEffect(onMounted, [onMounted]);

  const manifest = moduleState?.phase === 'registered' ? moduleState.manifest : null;
  const url = new URL(`${location.pathname}${location.search}`, window.location.origin);
  const onModuleRoute = Boolean(manifest && remoteModule?.owns(url));
  const consolePage = CONSOLE_PAGES.find((page) => samePath(page.route, location.pathname));

  const entries: MenuEntry[] = CONSOLE_PAGES.filter((page) => session.hasPermission(page.permission));
  // The module's entry in the console's language, as the page it opens speaks.
  const moduleLabel = manifest ? menuLabel(manifest.menu, language) : '';
  if (manifest && session.hasPermission(manifest.requiredPermission)) {
    entries.push({
      route: manifest.route,
      section: manifest.menu.section,
      order: manifest.menu.order,
      label: moduleLabel,
      onIntent: remoteModule?.preload,
    });
  }

  let title: string;
  let content: ReactNode = null;
  let currentRoute: string | null = null;
  if (manifest && onModuleRoute && moduleState?.phase === 'registered') {
    title = moduleLabel;
    currentRoute = manifest.route;
    if (moduleState.app === 'failed' && remoteModule) {
      content = (
        <ModuleAlert
          moduleName={remoteModule.name}
          reason={moduleState.reason}
          onRetry={remoteModule.retry}
        />
      );
    } else if (moduleState.app !== 'mounted') {
      content = <p role="status">Loading {moduleLabel}…</p>;
    }
  } else if (consolePage) {
    title = consolePage.label;
    currentRoute = consolePage.route;
    const { Page } = consolePage;
    content = session.hasPermission(consolePage.permission) ? (
      <Page session={session} location={location} formatDateTime={formatDateTime} />
    ) : (
      <ForbiddenPage title={consolePage.label} />
    );
  } else if (
    [BENCH_FLOOR_ROUTE, BENCH_RICH_FLOOR_ROUTE].some((route) => samePath(route, location.pathname))
  ) {
    // The benchmark's floors mount into the outlet by themselves; the console adds nothing to them.
    title = 'Benchmark floor';
  } else if (samePath(HOME_ROUTE, location.pathname)) {
    title = 'Home';
    currentRoute = HOME_ROUTE;
    content = <HomePage />;
  } else if (moduleState?.phase === 'loading-manifest') {
    title = 'Loading';
    content = <p role="status">Loading…</p>;
  } else if (moduleState?.phase === 'manifest-failed') {
    title = 'Page unavailable';
    content = <UnavailablePage />;
  } else {
    title = 'Page not found';
    content = <NotFoundPage />;
  }

  useEffect(() => {
    document.title = `${title} · ${BRAND}`;
  }, [title]);

  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="shell-header">
        <p className="shell-brand">{BRAND}</p>
        <div className="shell-header__controls">
          <IdentitySwitch
            identity={session.identity}
            tenants={props.tenants}
            onChange={props.onIdentityChange}
          />
          <LanguageSwitch language={language} onChange={props.onLanguageChange} />
        </div>
      </header>
      <div className="shell-body">
        <MainNav entries={entries} currentRoute={currentRoute} />
        <main id="main-content" className="shell-main" tabIndex={-1}>
          {props.configProblem ? (
            <div role="alert" className="shell-alert">
              <p className="shell-alert__title">The console configuration could not be loaded.</p>
              <p className="shell-alert__detail">Reason: {props.configProblem}</p>
            </div>
          ) : null}
          {moduleState?.phase === 'manifest-failed' && remoteModule ? (
            <ModuleAlert
              moduleName={remoteModule.name}
              reason={moduleState.reason}
              onRetry={remoteModule.retry}
            />
          ) : null}
          {/* Keyed by session: a new user or tenant gets fresh pages, never the previous one's rows. */}
          <div className="shell-page" key={session.serial}>
            {content}
          </div>
          <div id={MODULE_OUTLET_ID} className="module-outlet" />
        </main>
      </div>
    </>
  );
}

const samePath = (route: string, pathname: string) =>
  route === pathname || (route !== '/' && `${route}/` === pathname);
