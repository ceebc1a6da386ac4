// The list the page shows: the view in the URL, its query and the loader that fetches it.
import { useLayoutEffect, useMemo } from 'react';
import type { SessionsApi } from '../dispatcher/api';
import type { ChangeFeed, SessionListLoader } from '../list/list-loader';
import { toListQuery } from '../list/query';
import { useSessionList } from '../list/use-session-list';
import { useViewHistory } from '../list/use-view-history';

export function usePageList(
  api: SessionsApi,
  navigate: (path: string) => void,
  stuckAfterMinutes: number,
  preloaded: SessionListLoader | undefined,
  subscribe: ChangeFeed | undefined,
) {
  const [view, setView, correctView] = useViewHistory(navigate);
  const query = useMemo(() => toListQuery(view, null, stuckAfterMinutes), [view, stuckAfterMinutes]);
  const [list, loader] = useSessionList(api, query, view.page, preloaded, subscribe);
  // A page the list cannot show (a reloaded link to a later page, whose cursor is gone) is shown as
  // the first page: the URL says so too, without a new history entry.
  // Read from the loader itself, just after the list hook's layout effect asked it for this page.
  useLayoutEffect(() => {
    const shown = loader.getSnapshot().pageIndex;
    if (shown !== view.page) correctView({ ...view, page: shown });
  }, [loader, view, correctView]);
  return { view, setView, query, list, loader };
}
