import { flushSync } from 'react-dom';
import { createStore, type Store } from '../store';

/** The parts of the URL the console's own pages route on. */
export interface ConsoleLocation {
  pathname: string;
  search: string;
}

const read = (): ConsoleLocation => ({ pathname: window.location.pathname, search: window.location.search });

/**
 * The current URL as a store. It changes on single-spa's `before-mount-routing-event`: by then the
 * leaving application has unmounted and the arriving one has not mounted yet, and the synchronous
 * render removes the console's own page in that gap, so the outlet never shows two pages at once.
 */
export function createLocationStore(): Store<ConsoleLocation> {
  const store = createStore(read());
  const sync = () => {
    const next = read();
    const current = store.get();
    if (next.pathname === current.pathname && next.search === current.search) return;
    flushSync(() => store.set(next));
  };
  window.addEventListener('single-spa:before-mount-routing-event', sync);
  // Routing events follow every URL change once single-spa has started; popstate covers the moment before.
  window.addEventListener('popstate', sync);
  return store;
}
