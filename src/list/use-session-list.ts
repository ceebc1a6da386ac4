// The list of one query, read by React: the loader's requests and timers end with the component.
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SessionsApi } from '../dispatcher/api';
import { useWhileMounted } from '../store/use-while-mounted';
import { type ChangeFeed, type ListSnapshot, SessionListLoader } from './list-loader';
import type { ListQuery } from './query';

/** The list of one query on the host's client; requests and timers end with the component. */
export function useSessionList(
  api: SessionsApi,
  query: ListQuery,
  pageIndex: number,
  preloaded?: SessionListLoader,
  subscribe?: ChangeFeed,
): [ListSnapshot, SessionListLoader] {
  // The first load the mount lifecycle started for this page (the handoff's) is taken over.
  const [loader] = useState(() => preloaded ?? new SessionListLoader(api));
  useWhileMounted(
    loader,
    () => loader.start(),
    () => loader.stop(),
  );
  // The host's feed, once per page: a host that renders again hands a new function for the same feed.
  const feed = useRef(subscribe);
  useEffect(() => (feed.current ? loader.attachFeed(feed.current) : undefined), [loader]);
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
