import { useEffect, useState, useSyncExternalStore } from 'react';
import { mountRootParcel } from 'single-spa';
import Parcel from 'single-spa-react/parcel';

/** Every page, file and link of the console lies under this path. */
export const BASE = '/console';

// The console's router: the browser's location, read by React, changed by `navigate`.
const NAVIGATED = 'console:navigated';
const subscribe = (onChange) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
};
const currentPath = () => window.location.pathname;

// #region navigate
/**
 * Client-side navigation. Its pages and modules give it full paths, the base path included
 * (`/console/communications/handoff-inbox`, `/console/communications/sessions/active?view=all`):
 * it adds nothing to them.
 */
function navigate(path) {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}
// #endregion navigate

/** The console's route for a pathname under the base path; null outside it. */
const routeOf = (pathname) =>
  pathname === `${BASE}/` ? '/' : pathname.startsWith(`${BASE}/`) ? pathname.slice(BASE.length) : null;

export function Console({ page, user, dispatcherClient, loadPage }) {
  // The console's clock: the whole console renders again every second, as consoles that show the
  // time or poll their own state do.
  const [ticks, setTicks] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTicks((n) => n + 1), 1_000);
    return () => clearInterval(timer);
  }, []);
  const route = routeOf(useSyncExternalStore(subscribe, currentPath));
  const menu = user.permissions.includes(page.requiredPermission)
    ? [{ label: page.menu.label, href: `${BASE}${page.route}` }]
    : [];
  // #region parcel
  const activeSessions = (
    <Parcel
      config={loadPage}
      mountParcel={mountRootParcel}
      dispatcherClient={dispatcherClient}
      hasPermission={(permission) => user.permissions.includes(permission)}
      navigate={(path) => navigate(path)}
      basePath={BASE}
    />
  );
  // #endregion parcel
  const follow = (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href'));
  };
  return (
    <>
      <header>
        <nav aria-label="Main">
          <ul>
            {[{ label: 'Home', href: `${BASE}/` }, ...menu].map(({ label, href }) => (
              <li key={href}>
                <a href={href} onClick={follow}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          Console clock: <output data-testid="console-ticks">{ticks}</output>
        </p>
      </header>
      <main id="module-area">
        {route === page.route ? activeSessions : <h1>{route === '/' ? 'Home' : 'Page not found'}</h1>}
      </main>
    </>
  );
}
