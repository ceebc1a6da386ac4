// React bindings of the page's stores. Each hook owns what it starts and stops it on unmount.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SessionsApi } from '../dispatcher/api';
import { type Clock, createClock } from '../table/clock';
import { type ListSnapshot, SessionListLoader } from './list-loader';
import {
  COLUMN_IDS,
  type ColumnId,
  DEFAULT_COLUMNS,
  type ListQuery,
  searchWithView,
  type View,
  viewFromSearch,
} from './view';

/**
 * Runs `start` when the component mounts (or `subject` changes) and `stop` when it really goes.
 * React may clean an effect up and run it again at once (StrictMode, effect replay): the stop waits a
 * microtask and is dropped if the effect ran again, so a replay neither cancels nor repeats what is
 * under way. A real unmount stops it before single-spa's unmount resolves.
 */
export function useWhileMounted(subject: unknown, start: () => void, stop: () => void): void {
  const runs = useRef(0);
  const latest = useRef({ start, stop });
  latest.current = { start, stop };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new subject is a new lifetime; the callbacks are read as they are
  useEffect(() => {
    const run = ++runs.current;
    latest.current.start();
    return () => queueMicrotask(() => run === runs.current && latest.current.stop());
  }, [subject]);
}

/** The list of one query on the host's client; requests and timers end with the component. */
export function useSessionList(
  api: SessionsApi,
  query: ListQuery,
  pageIndex: number,
  preloaded?: SessionListLoader,
): [ListSnapshot, SessionListLoader] {
  // A load the mount lifecycle started on this same client is taken over; any other starts afresh.
  const [loader] = useState(() => (preloaded?.api === api ? preloaded : new SessionListLoader(api)));
  useWhileMounted(
    loader,
    () => loader.start(),
    () => loader.stop(),
  );
  const queryKey = JSON.stringify(query);
  // A layout effect, so the first request leaves in the commit that mounts the page, not a frame later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the query's content
  useLayoutEffect(() => loader.setQuery(query, pageIndex), [loader, queryKey, pageIndex]);
  // A hidden tab loads nothing on its own; shown again, it catches up if its rows are old.
  useEffect(() => {
    const onVisibility = () => loader.setVisible(document.visibilityState !== 'hidden');
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [loader]);
  const snapshot = useSyncExternalStore(loader.subscribe, loader.getSnapshot);
  return [snapshot, loader];
}

/** The page's single clock. */
export function useClockStore(): Clock {
  const [clock] = useState(() => createClock());
  useEffect(() => () => clock.stop(), [clock]);
  return clock;
}

const urlWith = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/**
 * The view lives in the URL, so a link or a reload shows the same list. Each change the user makes is
 * a new history entry, made through the host's `navigate` so that its router knows of it; Back and
 * Forward bring an earlier view back while the page stays mounted. `correct` fixes the URL in place
 * (no new entry) when the page cannot show what it asked for.
 */
export function useViewHistory(
  navigate: (path: string) => void,
): [View, (next: View) => void, (next: View) => void] {
  // A page opens on the first page of its view: no cursor of a later page survives a reload or a link
  // (the list's first answer may or may not be in by the first render, and the page must not depend
  // on which).
  const [view, setView] = useState(() => ({ ...viewFromSearch(window.location.search), page: 0 }));
  useEffect(() => {
    // Also fired by single-spa after any pushState, ours included: the same view keeps its object.
    const onPopState = () => {
      const next = viewFromSearch(window.location.search);
      setView((current) => (sameView(current, next) ? current : next));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const change = useCallback(
    (next: View) => {
      setView(next);
      const search = searchWithView(window.location.search, next);
      if (search !== window.location.search) navigate(urlWith(search));
    },
    [navigate],
  );
  const correct = useCallback((next: View) => {
    setView(next);
    const search = searchWithView(window.location.search, next);
    // The host's entry stays the host's: its state object is kept as it is.
    if (search !== window.location.search)
      window.history.replaceState(window.history.state, '', urlWith(search));
  }, []);
  // The URL says so too, without a new history entry.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the view the page opened on
  useLayoutEffect(() => correct(view), []);
  return [view, change, correct];
}

const sameView = (a: View, b: View) => searchWithView('', a) === searchWithView('', b);

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
