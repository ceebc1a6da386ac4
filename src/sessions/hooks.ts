// React bindings of the page's stores. Each hook owns what it starts and stops it on unmount.
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SessionListQuery } from '../contract/dispatcher-api';
import type { SessionsApi } from './api';
import { type Clock, createClock } from './clock';
import { type ListSnapshot, SessionListLoader } from './list-loader';
import {
  COLUMN_IDS,
  type ColumnId,
  DEFAULT_COLUMNS,
  searchWithView,
  type View,
  viewFromSearch,
} from './view';

/** The list of one query on the host's client; requests and timers end with the component. */
export function useSessionList(
  api: SessionsApi,
  query: SessionListQuery,
  preloaded?: SessionListLoader,
): [ListSnapshot, SessionListLoader] {
  // A load the mount lifecycle started on this same client is taken over; any other starts afresh.
  const [loader] = useState(() => (preloaded?.api === api ? preloaded : new SessionListLoader(api)));
  // React may clean an effect up and run it again at once (StrictMode, effect replay): the stop waits
  // a microtask and is dropped if the effect ran again, so a replay neither cancels nor repeats the
  // request in flight. A real unmount stops it before single-spa's unmount resolves.
  const runs = useRef(0);
  useEffect(() => {
    const run = ++runs.current;
    loader.start();
    return () => queueMicrotask(() => run === runs.current && loader.stop());
  }, [loader]);
  const queryKey = JSON.stringify(query);
  // A layout effect, so the first request leaves in the commit that mounts the page, not a frame later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the query's content
  useLayoutEffect(() => loader.setQuery(query), [loader, queryKey]);
  const snapshot = useSyncExternalStore(loader.subscribe, loader.getSnapshot);
  return [snapshot, loader];
}

/** The page's single clock. */
export function useClockStore(): Clock {
  const [clock] = useState(() => createClock());
  useEffect(() => () => clock.stop(), [clock]);
  return clock;
}

/** The view, read from the URL once and written back (replaceState) whenever it changes. */
export function useViewInUrl(): [View, (next: View) => void] {
  const [view, setView] = useState(() => viewFromSearch(window.location.search));
  useEffect(() => {
    const search = searchWithView(window.location.search, view);
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  }, [view]);
  return [view, setView];
}

const COLUMNS_KEY = 'active-sessions:columns:v1';

function readColumns(): ColumnId[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(COLUMNS_KEY) ?? 'null');
    if (Array.isArray(stored)) {
      const columns = COLUMN_IDS.filter((id) => stored.includes(id));
      if (columns.length > 0) return columns;
    }
  } catch {
    // Storage may be blocked or hold something else: the defaults are the answer then.
  }
  return [...DEFAULT_COLUMNS];
}

/** The visible columns, remembered in this browser. */
export function useVisibleColumns(): [ColumnId[], (next: ColumnId[]) => void] {
  const [columns, setColumns] = useState(readColumns);
  const update = (next: ColumnId[]) => {
    const ordered = COLUMN_IDS.filter((id) => next.includes(id));
    setColumns(ordered);
    try {
      window.localStorage.setItem(COLUMNS_KEY, JSON.stringify(ordered));
    } catch {
      // Not remembered, but still applied for this visit.
    }
  };
  return [columns, update];
}

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
